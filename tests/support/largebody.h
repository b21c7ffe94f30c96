// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QtGlobal>

namespace tether::testsupport::largebody {

// The case: a 300 MB body, and every way of receiving it under 64 MiB peak RSS.
constexpr qint64 bodyBytes = 300'000'000;
constexpr qint64 peakRssLimitKiB = 64 * 1024;
#ifdef TETHER_SANITIZED
constexpr bool measuresMemory = false; // ASan's shadow memory and quarantine would dominate
#else
constexpr bool measuresMemory = true;
#endif

} // namespace tether::testsupport::largebody
