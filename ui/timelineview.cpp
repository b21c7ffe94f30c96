#include "timelineview.h"
#include "phasebarpainter.h"

#include "net/recentexchangesmodel.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace tether::ui {

TimelineView::TimelineView(net::RecentExchangesModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(u"timeline"_s);
    auto repaint = [this] { update(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = qMax(14, metrics.height() + 2);
    const int legendHeight = rowHeight + 6;

    // Legend.
    int x = 6;
    painter.setRenderHint(QPainter::Antialiasing);
    const auto legend = [&](const QColor &color, const QString &text, bool dot) {
        painter.setBrush(color);
        painter.setPen(Qt::NoPen);
        const QRectF swatch(x, 6 + rowHeight / 2.0 - 4, 8, 8);
        dot ? painter.drawEllipse(swatch) : painter.drawRect(swatch);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(x + 11, 4 + metrics.ascent(), text);
        x += 11 + metrics.horizontalAdvance(text) + 10;
    };
    legend(PhaseBarPainter::verdictColor(net::ConnectionVerdict::New), tr("new"), true);
    legend(PhaseBarPainter::verdictColor(net::ConnectionVerdict::Reused), tr("reused"), true);
    legend(PhaseBarPainter::verdictColor(net::ConnectionVerdict::Retried), tr("retried"), true);
    for (const auto &segment : PhaseBarPainter::segments({})) {
        if (segment.name != tr("Queued") && segment.name != tr("Upload"))
            legend(segment.color, segment.name, false);
    }

    if (!m_model || m_model->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(0, legendHeight, 0, 0), Qt::AlignCenter,
                         tr("Exchanges appear here as they finish."));
        return;
    }
    const int capacity = qMax(1, (height() - legendHeight - 4) / rowHeight);
    const int rows = m_model->rowCount();
    const int first = qMax(0, rows - capacity);
    double maxMs = 0.001;
    for (int row = first; row < rows; ++row)
        maxMs = qMax(maxMs, m_model->entry(row).phases.totalMs);
    const int labelWidth = qMin(width() / 3, 150);
    const double barLeft = 18 + labelWidth;
    const double pixelsPerMs = qMax(1.0, width() - barLeft - 52) / maxMs;

    int y = legendHeight;
    for (int row = first; row < rows; ++row, y += rowHeight) {
        const auto &entry = m_model->entry(row);
        painter.setPen(Qt::NoPen);
        painter.setBrush(PhaseBarPainter::verdictColor(entry.verdict));
        painter.drawEllipse(QRectF(5, y + rowHeight / 2.0 - 4, 8, 8));
        painter.setPen(entry.error.isEmpty() ? palette().color(QPalette::Text)
                                             : QColor(0xcf, 0x22, 0x2e));
        painter.drawText(QRect(18, y, labelWidth - 4, rowHeight), Qt::AlignVCenter,
                         metrics.elidedText(entry.label, Qt::ElideMiddle, labelWidth - 4));
        const QRectF barRect(barLeft, y + 3, width() - barLeft - 52, rowHeight - 6);
        PhaseBarPainter::paint(&painter, barRect, entry.phases, pixelsPerMs);
        painter.setPen(palette().color(QPalette::Text));
        const double endX = barLeft + entry.phases.totalMs * pixelsPerMs;
        painter.drawText(
                QRectF(endX + 3, y, 60, rowHeight), Qt::AlignVCenter,
                QString::number(entry.phases.totalMs, 'f', entry.phases.totalMs < 10 ? 1 : 0)
                        + u" ms"_s);
    }
}

} // namespace tether::ui
