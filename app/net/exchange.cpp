// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/exchange.h"
#include "net/origin.h"

namespace tether::net {

QByteArray Exchange::responseHeader(const QByteArray &name) const
{
    for (const auto &[headerName, value] : responseHeaders) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString Exchange::originName() const
{
    return originOf(finalUrl.isValid() ? finalUrl : url);
}

} // namespace tether::net
