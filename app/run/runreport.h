// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

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
    // The keep-alive comparison: both runs and what reuse bought.
    static QJsonObject comparison(const RunSummary &keepAlive, const RunSummary &noKeepAlive);
};

} // namespace tether::run
