// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "connections/phasebarsview.h"
#include "common/phasebarpainter.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace tether::ui {

PhaseBarsView::PhaseBarsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"phaseBars"_s);
}

void PhaseBarsView::setExchange(const net::Phases &phases, net::ConnectionVerdict verdict)
{
    m_phases = phases;
    m_verdict = verdict;
    m_hasExchange = true;
    update();
}

void PhaseBarsView::clear()
{
    m_hasExchange = false;
    update();
}

void PhaseBarsView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    if (!m_hasExchange) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Send a request to see its phases."));
        return;
    }
    const int labelWidth = metrics.horizontalAdvance(tr("Connect + TLS")) + 16;
    const int valueWidth = metrics.horizontalAdvance(u"00000.0 ms"_s) + 8;
    const int rowHeight = metrics.height() + 10;
    const double barArea = qMax(40, width() - labelWidth - valueWidth - 24);
    const double total = qMax(0.001, m_phases.totalMs);
    const double pixelsPerMs = barArea / total;
    double offset = 0;
    int y = 8;
    for (const auto &segment : PhaseBarPainter::segments(m_phases)) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(8, y, labelWidth, rowHeight), Qt::AlignVCenter, segment.name);
        const QRectF bar(8 + labelWidth + offset * pixelsPerMs, y + 4,
                         qMax(segment.ms > 0 ? 2.0 : 0.0, segment.ms * pixelsPerMs), rowHeight - 8);
        painter.fillRect(bar, segment.color);
        painter.drawText(QRect(width() - valueWidth - 8, y, valueWidth, rowHeight),
                         Qt::AlignVCenter | Qt::AlignRight,
                         QString::number(segment.ms, 'f', 1) + u" ms"_s);
        offset += segment.ms;
        y += rowHeight;
    }
    painter.drawLine(8, y + 2, width() - 8, y + 2);
    painter.drawText(
            QRect(8, y + 4, width() - 16, rowHeight), Qt::AlignVCenter,
            tr("Total %1 ms · %2")
                    .arg(QString::number(m_phases.totalMs, 'f', 1), net::verdictLabel(m_verdict)));
    if (m_verdict != net::ConnectionVerdict::New && m_verdict != net::ConnectionVerdict::Retried
        && m_verdict != net::ConnectionVerdict::None) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(8, y + 4 + rowHeight, width() - 16, rowHeight), Qt::AlignVCenter,
                         tr("No connect phase: this exchange rode on a pooled connection."));
    }
}

} // namespace tether::ui
