// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/originstats.h"
#include "run/runresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace tether::run {

// Reports of a run: JSON (what `tether-run run --json` prints), JUnit XML for CI systems, and a
// self-contained HTML page with the figures and a latency chart.
class RunReport
{
public:
    static QJsonObject json(const RunSummary &summary);
    static QByteArray junit(const RunSummary &summary);
    static QByteArray html(const RunSummary &summary);
    // One origin's reuse in a line, as the Runner and `run` print it: "http://h:80: 1 connection
    // opened, 9 reused (90 %), 0.2 ms saved by reuse".
    static QString originLine(const net::OriginStats &origin);
    // The keep-alive comparison: both runs and what reuse bought.
    static QJsonObject comparison(const RunSummary &keepAlive, const RunSummary &noKeepAlive);
};

} // namespace tether::run
