// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tether::net {

// What an exchange that ended badly is called, and what the user is told: a stable code (JSON,
// history, exit status) and a sentence that says what did arrive. Pure, so the mapping from
// what Qt reported to what Tether says is tested without a network.
struct ExchangeFailure
{
    // What was observed when the reply ended.
    struct Facts
    {
        int qtError = 0; // QNetworkReply::NetworkError
        QString qtMessage; // QNetworkReply::errorString()
        int status = 0; // 0: no response head arrived
        qint64 bodyBytes = 0; // as they came, before any decoding
        qint64 contentLength = -1; // as the server declared it; -1 when it did not
        bool chunked = false;
        int requestsSent = 0; // requestSent() in the final hop
        bool timedOut = false;
        int timeoutMs = 0;
        bool cancelled = false;
        QString bodyStorageError; // the temp file could not be written
        QStringList tlsErrors;
        QString host;
        QString proxy; // the proxy the request went through, empty when direct
        bool proxyIsSystem = false; // the desktop's proxy may well be none at all
        bool framingBroken = false; // Qt dropped the connection after a chunked body
        bool bodyExpected = true; // false for HEAD, 1xx, 204 and 304
        QString decodeError; // a gzip/deflate body Tether could not inflate
    };

    QString code;
    QString message;

    // Empty when the exchange succeeded (HTTP error statuses are responses, not failures).
    static std::optional<ExchangeFailure> classify(const Facts &facts);
    // "1,024 of 4,096 bytes", "5 bytes of a chunked body", "1,024 bytes": what arrived.
    static QString received(const Facts &facts);
    // Every code classify() can give, for documentation and tests.
    static QStringList codes();
};

} // namespace tether::net
