// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QElapsedTimer>

namespace tether::core {

// The monotonic time a session measures on: exchange phases, hops and connection lifetimes all
// read one clock, so their figures line up. A seam for tests, which drive a manual clock
// (tests/support/manualclock.h) to check timing rules to the nanosecond.
class Clock
{
public:
    virtual ~Clock() = default;
    // Nanoseconds since the clock began.
    virtual qint64 nsecsElapsed() const = 0;
    double msecsElapsed() const { return double(nsecsElapsed()) / 1e6; }
};

// The real one: QElapsedTimer (CLOCK_MONOTONIC), started when made.
class SteadyClock final : public Clock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 nsecsElapsed() const override { return m_timer.nsecsElapsed(); }

private:
    QElapsedTimer m_timer;
};

} // namespace tether::core
