// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "core/secretmask.h"
#include "net/connectionverdict.h"
#include "net/exchangecontext.h"
#include "net/responsebody.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace tether::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Milliseconds from public reply signals (delivery times on the session's thread), clamped so
// phases never overlap. A reused exchange has connectMs == 0: that is the point.
struct Phases
{
    double queuedMs = 0; // send → first signal of the final hop (includes DNS)
    double connectMs = 0; // TCP connect + TLS handshake
    double uploadMs = 0; // → request fully written
    double waitMs = 0; // request written → response head (TTFB)
    double downloadMs = 0; // response head → finished
    double totalMs = 0;
};

// One redirect hop Qt followed inside the reply.
struct Hop
{
    QUrl url;
    QString origin;
    int status = 0;
    ConnectionVerdict verdict = ConnectionVerdict::None;
    double startMs = 0; // on the session's clock, like ConnectionLifetime's times
    double endMs = 0;
    bool serverSaidClose = false; // the response head said "Connection: close"
    int connection = 0; // ConnectionLifetime::id of the connection it rode; 0: not known
};

// The result of one send, consumed alike by the response view, the panel, history and runner.
struct Exchange
{
    quint64 id = 0;
    ExchangeContext context; // as the sender gave it
    QDateTime startedAt; // UTC from a session; local from history
    // As composed, {{references}} intact: what history keeps and replays. What went on the
    // wire is method, url, requestHeaders and requestBodySize below.
    core::Request request;
    core::SecretMask secrets; // the secret values it resolved with and the credentials it sent
    QByteArray method;
    QUrl url; // first URL (after params were applied)
    QUrl finalUrl; // after redirects
    HeaderList requestHeaders; // as handed to Qt (Qt may add User-Agent, Accept-Encoding, ...)
    qint64 requestBodySize = 0;

    int status = 0; // 0: no response
    QByteArray reason;
    HeaderList responseHeaders;
    std::shared_ptr<ResponseBody> body;
    qint64 declaredLength = -1; // Content-Length as the server sent it; -1 when it sent none
    qint64 receivedBytes = 0; // body bytes as they came (compressed, if the server compressed)
    QString protocol; // "HTTP/1.1" or "HTTP/2"
    bool tls = false;

    Phases phases;
    ConnectionVerdict verdict = ConnectionVerdict::None;
    QList<Hop> hops; // every hop including the final one
    int requestSentCount = 0; // final hop; > 1 means a silent resend
    QString connectionId; // imported from a HAR: the browser's connection id
    int lane = 0; // which of the session's managers (lanes) carried it
    int connection = 0; // final hop's ConnectionLifetime::id (C1, C2, ...); 0: not known
    int requestOnConnection = 0; // 1: it opened that connection

    QString error; // empty on success; says what did arrive
    QString errorCode; // stable: ExchangeFailure::codes(), or a code from before sending
    QStringList tlsErrors; // certificate problems, human readable
    QByteArray peerCertificateSha256; // for "trust this host for this session"

    bool succeeded() const { return status > 0 && error.isEmpty(); }
    bool gotResponse() const { return status > 0; }
    qint64 bodySize() const { return body ? body->size() : 0; }
    QByteArray responseHeader(const QByteArray &name) const;
    QString originName() const;
};

} // namespace tether::net
