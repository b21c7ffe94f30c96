// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/request.h"

using namespace Qt::StringLiterals;

namespace tether::core {

QString Request::headerValue(const QString &name) const
{
    QString found;
    for (const KeyValue &header : headers) {
        if (header.enabled && header.name.compare(name, Qt::CaseInsensitive) == 0)
            found = header.value;
    }
    return found;
}

bool Request::hasHeader(const QString &name) const
{
    for (const KeyValue &header : headers) {
        if (header.enabled && header.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace tether::core
