// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QString>
#include <QUrl>

namespace tether::net {

// "scheme://host:port" with the port always written, so http://a and http://a:80 are one origin,
// matching how Qt keys its connection pools.
QString originOf(const QUrl &url);

} // namespace tether::net
