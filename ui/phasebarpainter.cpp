#include "phasebarpainter.h"

#include <QPainter>

namespace tether::ui {

QList<PhaseBarPainter::Segment> PhaseBarPainter::segments(const net::Phases &phases)
{
    return {
            {QObject::tr("Queued"), phases.queuedMs, QColor(0x9a, 0xa0, 0xa6)},
            {QObject::tr("Connect + TLS"), phases.connectMs, QColor(0xf0, 0x88, 0x3e)},
            {QObject::tr("Upload"), phases.uploadMs, QColor(0xa3, 0x71, 0xf7)},
            {QObject::tr("Wait (TTFB)"), phases.waitMs, QColor(0x2f, 0x81, 0xf7)},
            {QObject::tr("Download"), phases.downloadMs, QColor(0x3f, 0xb9, 0x50)},
    };
}

QColor PhaseBarPainter::verdictColor(net::ConnectionVerdict verdict)
{
    switch (verdict) {
    case net::ConnectionVerdict::New:
        return QColor(0xf0, 0x88, 0x3e);
    case net::ConnectionVerdict::Reused:
    case net::ConnectionVerdict::Multiplexed:
        return QColor(0x2d, 0xa4, 0x4e);
    case net::ConnectionVerdict::Retried:
        return QColor(0xcf, 0x22, 0x2e);
    case net::ConnectionVerdict::Ambiguous:
        return QColor(0x9a, 0xa0, 0xa6);
    case net::ConnectionVerdict::None:
        break;
    }
    return QColor(0x6e, 0x76, 0x81);
}

void PhaseBarPainter::paint(QPainter *painter, const QRectF &rect, const net::Phases &phases,
                            double pixelsPerMs)
{
    double x = rect.left();
    for (const Segment &segment : segments(phases)) {
        if (segment.ms <= 0)
            continue;
        const double width = qMax(1.0, segment.ms * pixelsPerMs);
        const QRectF bar(x, rect.top(), qMin(width, rect.right() - x), rect.height());
        if (bar.width() <= 0)
            break;
        painter->fillRect(bar, segment.color);
        x += width;
    }
}

} // namespace tether::ui
