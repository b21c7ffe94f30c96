// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/clock.h"

namespace tether::testsupport {

// A clock that stands still until the test moves it.
class ManualClock final : public core::Clock
{
public:
    qint64 nsecsElapsed() const override { return m_ns; }
    void advanceMs(double ms) { m_ns += qint64(ms * 1e6); }
    void setMs(double ms) { m_ns = qint64(ms * 1e6); }

private:
    qint64 m_ns = 0;
};

} // namespace tether::testsupport
