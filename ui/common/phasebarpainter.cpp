// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "common/phasebarpainter.h"

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

QColor PhaseBarPainter::connectionColor(int id)
{
    static const QColor palette[]
            = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
               QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x17, 0xbe, 0xcf),
               QColor(0xe3, 0x77, 0xc2), QColor(0x8c, 0x56, 0x4b), QColor(0xbc, 0xbd, 0x22),
               QColor(0x7f, 0x7f, 0x7f)};
    return palette[qMax(0, id - 1) % std::size(palette)];
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
