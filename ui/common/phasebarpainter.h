// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/connectionverdict.h"
#include "net/exchange.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace tether::ui {

// One colour vocabulary for phases and verdicts, shared by the timeline and the Timing tab.
class PhaseBarPainter
{
public:
    struct Segment
    {
        QString name;
        double ms = 0;
        QColor color;
    };
    static QList<Segment> segments(const net::Phases &phases);
    static QColor verdictColor(net::ConnectionVerdict verdict);
    // C1, C2, ...: one colour per connection id, the same in every view.
    static QColor connectionColor(int id);
    // Paints the phases left to right inside rect, msPerPixel wide per millisecond.
    static void paint(QPainter *painter, const QRectF &rect, const net::Phases &phases,
                      double pixelsPerMs);
};

} // namespace tether::ui
