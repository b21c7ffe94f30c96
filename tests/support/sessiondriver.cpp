// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "sessiondriver.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tether::testsupport {

QList<net::Exchange> sendAll(net::Session &session, const QList<core::Request> &requests,
                             int concurrency, int timeoutMs)
{
    QHash<quint64, int> indexById;
    QList<net::Exchange> results(requests.size());
    int next = 0;
    int done = 0;
    int inFlight = 0;
    auto startNext = [&] {
        while (next < requests.size()) {
            const int index = next++;
            auto id = session.send(requests.at(index));
            if (id) {
                indexById.insert(id.value(), index);
                ++inFlight;
                return;
            }
            results[index].error = id.error().message;
            results[index].errorCode = id.error().code;
            ++done;
        }
    };
    auto connection = QObject::connect(&session, &net::Session::exchangeFinished,
                                       [&](const net::Exchange &exchange) {
                                           const int index = indexById.value(exchange.id, -1);
                                           if (index < 0)
                                               return;
                                           results[index] = exchange;
                                           ++done;
                                           --inFlight;
                                           startNext();
                                       });
    for (int i = 0; i < concurrency; ++i)
        startNext();
    const QDeadlineTimer deadline(timeoutMs);
    while (done < requests.size() && !deadline.hasExpired())
        QTest::qWait(5);
    QObject::disconnect(connection);
    return results;
}

QList<net::Exchange> sendUrls(net::Session &session, const QStringList &urls, int concurrency)
{
    QList<core::Request> requests;
    for (const QString &url : urls) {
        core::Request request;
        request.url = url;
        requests.append(request);
    }
    return sendAll(session, requests, concurrency);
}

net::Exchange sendOne(net::Session &session, const core::Request &request)
{
    return sendAll(session, {request}).value(0);
}

net::Exchange getOne(net::Session &session, const QString &url)
{
    return sendUrls(session, {url}).value(0);
}

QStringList uniqueUrls(const QString &base, int count)
{
    static int serial = 0;
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(base + u"/r?n="_s + QString::number(++serial));
    return list;
}

QString uriOf(const net::Exchange &exchange)
{
    return exchange.url.path() + u'?' + exchange.url.query();
}

} // namespace tether::testsupport
