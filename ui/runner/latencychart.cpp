// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "runner/latencychart.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace tether::ui {

LatencyChart::LatencyChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"latencyChart"_s);
    setMinimumHeight(140);
}

void LatencyChart::setRuns(const QList<run::RunSummary> &runs, const QStringList &labels)
{
    m_runs = runs;
    m_labels = labels;
    update();
}

void LatencyChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics metrics = fontMetrics();
    if (m_runs.isEmpty() || m_runs.first().requests.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("Latency per request appears here after a run."));
        return;
    }
    static const QColor runColors[] = {QColor(0x2f, 0x81, 0xf7), QColor(0xf0, 0x88, 0x3e)};
    double maxMs = 0.001;
    for (const run::RunSummary &summary : m_runs)
        for (const run::RequestStats &stats : summary.requests)
            maxMs = qMax(maxMs, stats.percentile(99));
    const int labelWidth = qMin(width() / 3, 200);
    const int rowHeight = metrics.height() * int(m_runs.size()) + 10;
    const double scale = (width() - labelWidth - 90) / maxMs;
    int y = 4;
    // Legend: shade = percentile, colour = run.
    int x = labelWidth;
    for (int i = 0; i < m_runs.size(); ++i) {
        painter.fillRect(QRect(x, y + 3, 10, 10), runColors[i % 2]);
        const QString label = m_labels.value(i);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(x + 14, y + metrics.ascent(), label);
        x += 24 + metrics.horizontalAdvance(label);
    }
    painter.drawText(x, y + metrics.ascent(),
                     tr("bar: p50 | p90 | p99 (lighter; a tick marks each end)"));
    y += metrics.height() + 6;
    const auto &requests = m_runs.first().requests;
    for (int r = 0; r < requests.size() && y < height(); ++r) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(4, y, labelWidth - 8, rowHeight), Qt::AlignVCenter,
                         metrics.elidedText(requests[r].path, Qt::ElideMiddle, labelWidth - 8));
        for (int i = 0; i < m_runs.size(); ++i) {
            if (r >= m_runs[i].requests.size())
                continue;
            const run::RequestStats &stats = m_runs[i].requests[r];
            const int barY = y + 4 + i * metrics.height();
            const int barHeight = metrics.height() - 4;
            QColor color = runColors[i % 2];
            for (const auto &[p, alpha] :
                 {std::pair{99.0, 70}, std::pair{90.0, 140}, std::pair{50.0, 255}}) {
                color.setAlpha(alpha);
                painter.fillRect(QRectF(labelWidth, barY, stats.percentile(p) * scale, barHeight),
                                 color);
            }
            // The lighter p90 and p99 shades fade into a dark base: their ends are marked in
            // the run's full colour, visible on either theme.
            color.setAlpha(255);
            painter.save();
            painter.setPen(QPen(color, 2));
            for (const double p : {90.0, 99.0}) {
                const double end = labelWidth + stats.percentile(p) * scale;
                painter.drawLine(QPointF(end, barY), QPointF(end, barY + barHeight));
            }
            painter.restore();
            painter.drawText(
                    QPointF(labelWidth + stats.percentile(99) * scale + 4, barY + barHeight - 2),
                    u"%1 / %2 ms"_s.arg(stats.percentile(50), 0, 'f', 1)
                            .arg(stats.percentile(99), 0, 'f', 1));
        }
        y += rowHeight;
    }
}

} // namespace tether::ui
