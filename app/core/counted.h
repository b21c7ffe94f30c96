// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QString>

namespace tether::core {

// "1 line", "3 lines": Qt's "%n line(s)" prints the "(s)" unless a translation is loaded, and
// Tether ships none.
inline QString counted(qint64 count, const QString &one, const QString &many)
{
    return QString::number(count) + u' ' + (count == 1 ? one : many);
}

} // namespace tether::core
