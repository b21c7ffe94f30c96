// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QDateTime>
#include <QString>

namespace tether::core {

// ISO 8601 with milliseconds and always a zone designator ("Z", "+02:00"): a local time (what
// history keeps) is otherwise written without one, and a reader cannot tell the instant.
inline QString isoTimestamp(const QDateTime &time)
{
    const QDateTime zoned
            = time.timeSpec() == Qt::LocalTime ? time.toOffsetFromUtc(time.offsetFromUtc()) : time;
    return zoned.toString(Qt::ISODateWithMs);
}

} // namespace tether::core
