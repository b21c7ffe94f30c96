// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/exchange.h"
#include "net/session.h"

#include <QList>

namespace tether::testsupport {

// Sends requests through a Session keeping `concurrency` in flight and waits for all of them.
// Returns exchanges in the order they were queued (not the order they finished).
QList<net::Exchange> sendAll(net::Session &session, const QList<core::Request> &requests,
                             int concurrency = 1, int timeoutMs = 20000);
QList<net::Exchange> sendUrls(net::Session &session, const QStringList &urls, int concurrency = 1);
net::Exchange sendOne(net::Session &session, const core::Request &request);
net::Exchange getOne(net::Session &session, const QString &url);

// count URLs under base that no other request in this process uses (/r?n=1, /r?n=2, …), so each
// exchange maps to exactly one line of nginx's log; uriOf gives that line's request URI.
QStringList uniqueUrls(const QString &base, int count);
QString uriOf(const net::Exchange &exchange);

} // namespace tether::testsupport
