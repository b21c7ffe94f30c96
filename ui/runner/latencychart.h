// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "run/runresult.h"

#include <QWidget>

namespace tether::ui {

// Per-request latency bars (p50, p90, p99) of one run, or of two runs side by side (the
// keep-alive comparison), painted with QPainter.
class LatencyChart : public QWidget
{
    Q_OBJECT
public:
    explicit LatencyChart(QWidget *parent = nullptr);
    void setRuns(const QList<run::RunSummary> &runs, const QStringList &labels);
    QSize sizeHint() const override { return {520, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<run::RunSummary> m_runs;
    QStringList m_labels;
};

} // namespace tether::ui
