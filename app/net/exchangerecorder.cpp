// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/exchangerecorder.h"
#include "net/exchangefailure.h"
#include "net/origin.h"
#include "net/requestfactory.h"
#include "net/sockettable.h"

#include <QCryptographicHash>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSet>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace tether::net {

static double toMs(qint64 ns)
{
    return ns / 1e6;
}

ExchangeRecorder::ExchangeRecorder(Exchange seed, std::shared_ptr<const core::Clock> clock,
                                   qint64 queuedAtNs, ConnectionTracker *tracker,
                                   const SessionSettings &settings, TrustCheck isTrusted,
                                   QObject *parent)
    : QObject(parent),
      m_exchange(std::move(seed)),
      m_clock(std::move(clock)),
      m_queuedAtNs(queuedAtNs),
      m_tracker(tracker),
      m_settings(settings),
      m_isTrusted(std::move(isTrusted))
{
    m_exchange.body = std::make_shared<ResponseBody>(settings.bodyMemoryCap);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

ExchangeRecorder::~ExchangeRecorder()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ExchangeRecorder::start(Plan plan, const QString &origin, bool decodeBody, int pool)
{
    m_plan = std::move(plan);
    // The body lives as long as the exchange, not one reply: 307 and 308 send it again.
    if (m_plan.device)
        m_plan.device->setParent(this);
    if (m_plan.multipart)
        m_plan.multipart->setParent(this);
    m_currentHop = m_plan.first;
    m_pool = pool;
    m_exchange.lane = pool;
    m_decodeBody = decodeBody;
    m_exchange.tls = m_exchange.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    startHop(m_exchange.url, origin, m_queuedAtNs);
    connectReply(send(m_currentHop));
    if (m_settings.timeoutMs > 0)
        m_deadline.start(m_settings.timeoutMs);
}

void ExchangeRecorder::connectReply(QNetworkReply *reply)
{
    m_reply = reply;
    m_redirecting = false;
    recordCookieSent(reply->request().rawHeader("Cookie"));
    // Qt's own buffer is unbounded by default: its HTTP thread would read a large body into
    // memory faster than this thread moves it to the spill file. Bounded, Qt stops reading
    // the socket until readyRead has drained it.
    reply->setReadBufferSize(readBufferBytes);

    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        HopState &hop = m_hops.last();
        touch(hop);
        if (hop.connectingNs < 0)
            hop.connectingNs = now();
        if (m_tracker)
            m_tracker->socketConnecting(hop.origin);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        HopState &hop = m_hops.last();
        touch(hop);
        if (hop.encryptedNs < 0)
            hop.encryptedNs = now();
        if (m_tracker)
            m_tracker->tlsHandshakeCompleted(hop.origin);
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        HopState &hop = m_hops.last();
        touch(hop);
        hop.requestSentNs = now();
        // A second requestSent in one hop is Qt's silent reconnect + resend, unless it answers
        // a proxy's request for credentials (counted by no one: see HopFacts::proxyAuthResend).
        if (++hop.requestSentCount >= 2 && m_tracker && !hop.throughAuthProxy)
            m_tracker->resent(hop.origin);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        HopState &hop = m_hops.last();
        touch(hop);
        if (hop.metaDataNs < 0) {
            hop.metaDataNs = now();
            if (m_hops.size() == 1)
                Q_EMIT firstHeadArrived(
                        m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
            const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_redirecting = m_plan.followRedirects && RedirectStep::follows(status)
                    && m_reply->hasRawHeader("Location");
        }
        if (!hop.framingWatched && !m_redirecting && framingCheckApplies(hop.url)) {
            // One snapshot per chunked HTTP/1.1 head; the connection carrying it is among these
            // unless Qt has dropped it already.
            hop.framingWatched = true;
            hop.establishedAtHead = establishedToPeer(hop.url);
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, &ExchangeRecorder::onSslErrors);
    connect(reply, &QIODevice::readyRead, this, &ExchangeRecorder::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (!m_redirecting)
            Q_EMIT downloadProgress(received, total);
    });
    connect(reply, &QNetworkReply::finished, this, &ExchangeRecorder::onFinished);
}

void ExchangeRecorder::recordCookieSent(const QByteArray &cookie)
{
    // Qt adds the jar's cookies in QNetworkAccessManager::createRequest, after RequestFactory
    // built the request: the reply's request holds the Cookie header that goes out.
    if (cookie.isEmpty())
        return;
    // A session cookie is a credential like a typed one: masked wherever it is shown or kept,
    // whichever hop carried it.
    for (const QString &credential : RequestFactory::credentialValues(
                 {{"Cookie"_ba, cookie}}, {"Cookie"_ba}, m_exchange.url, {}))
        m_exchange.secrets.add(credential);
    // requestHeaders are the first hop's, like method and url: a later hop's cookies (another
    // origin's, after a redirect) are not written over them.
    if (m_hops.size() > 1)
        return;
    bool replaced = false;
    for (auto &[name, value] : m_exchange.requestHeaders) {
        if (name.compare("Cookie", Qt::CaseInsensitive) == 0) {
            value = cookie;
            replaced = true;
        }
    }
    if (!replaced)
        m_exchange.requestHeaders.append({"Cookie"_ba, cookie});
}

// Qt replaces a typed Cookie header by the jar's cookies for the URL (createRequest sets
// CookieHeader), so the typed ones were dropped. Both go out, as curl sends both (curl -b jar
// -H 'Cookie: typed=1' sends two Cookie lines), here in one header as RFC 6265 §5.4 asks: the
// typed cookies, then the jar's whose names were not typed (a typed name is the user's value;
// curl would send the jar's too, first).
static QNetworkRequest withJarCookies(QNetworkRequest request, QNetworkCookieJar *jar)
{
    const QByteArray typed = request.rawHeader("Cookie");
    if (typed.isEmpty() || !jar)
        return request;
    QSet<QByteArray> typedNames;
    for (const auto &cookie : RequestFactory::cookiePairs(typed))
        typedNames.insert(cookie.first);
    QByteArray merged = typed;
    for (const QNetworkCookie &cookie : jar->cookiesForUrl(request.url())) {
        if (!typedNames.contains(cookie.name()))
            merged += "; " + cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    }
    request.setRawHeader("Cookie", merged);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    return request;
}

QNetworkReply *ExchangeRecorder::send(const RedirectStep::Hop &hop)
{
    QNetworkAccessManager *manager = m_plan.manager;
    const QNetworkRequest request = withJarCookies(hop.request, manager->cookieJar());
    if (!hop.sendsBody) {
        if (hop.verb == "GET")
            return manager->get(request);
        if (hop.verb == "HEAD")
            return manager->head(request);
        return manager->sendCustomRequest(request, hop.verb);
    }
    if (m_plan.multipart)
        return manager->sendCustomRequest(request, hop.verb, m_plan.multipart);
    if (m_plan.device)
        return manager->sendCustomRequest(request, hop.verb, m_plan.device);
    return manager->sendCustomRequest(request, hop.verb, m_plan.data);
}

Result<void> ExchangeRecorder::followRedirect(int status, qint64 endNs)
{
    const int maximum = m_plan.first.request.maximumRedirectsAllowed();
    if (m_hops.size() > maximum)
        return Error{u"redirect-loop"_s,
                     tr("Too many redirects (more than %1); the last went to %2.")
                             .arg(maximum)
                             .arg(QString::fromLatin1(m_reply->rawHeader("Location")))};
    auto next = RedirectStep::next(m_plan.first.request, m_currentHop, status,
                                   m_reply->rawHeader("Location"), m_plan.policy);
    if (!next)
        return next.error();
    if (next.value().sendsBody) {
        // The same bytes again: a file rewinds; a pipe cannot, nor can a QHttpMultiPart (its
        // device is private, and Qt would start reading it where the last send ended).
        const bool rewound = m_plan.multipart == nullptr
                && (!m_plan.device || (!m_plan.device->isSequential() && m_plan.device->seek(0)));
        if (!rewound)
            return Error{u"bad-redirect"_s,
                         tr("The server answered %1, which asks for the same body again; a %2 "
                            "body cannot be sent twice.")
                                 .arg(status)
                                 .arg(m_plan.multipart ? tr("multipart") : tr("streamed"))};
    }
    if (!m_plan.manager)
        return Error{u"cancelled"_s, tr("Cancelled while following a redirect.")};
    endHop(true, status, false, endNs);
    m_currentHop = std::move(next.value());
    m_wireBytes = 0;
    m_decoderChosen = false;
    m_decoder.reset();
    QNetworkReply *previous = m_reply;
    previous->disconnect(this);
    previous->deleteLater();
    const QUrl url = m_currentHop.request.url();
    startHop(url, originOf(url), endNs);
    connectReply(send(m_currentHop));
    return {};
}

void ExchangeRecorder::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void ExchangeRecorder::touch(HopState &hop)
{
    if (hop.firstSignalNs < 0)
        hop.firstSignalNs = now();
}

void ExchangeRecorder::startHop(const QUrl &url, const QString &origin, qint64 atNs)
{
    HopState hop;
    hop.url = url;
    hop.origin = origin;
    hop.throughAuthProxy = throughAuthProxy(url);
    hop.key = (m_exchange.id << 6) | quint64(m_hops.size() & 63);
    hop.startNs = atNs;
    m_hops.append(hop);
    if (m_tracker)
        m_tracker->hopStarted(hop.key, hop.origin, m_pool);
}

ConnectionTracker::HopFacts ExchangeRecorder::factsFor(const HopState &hop, bool gotResponse,
                                                       qint64 endNs, bool connectFailed) const
{
    ConnectionTracker::HopFacts facts;
    facts.tls = hop.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    facts.http2 = m_reply && m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    facts.gotResponse = gotResponse;
    facts.requestSentCount = hop.requestSentCount;
    facts.proxyAuthResend = hop.throughAuthProxy && hop.requestSentCount >= 2;
    facts.connectFailed = connectFailed;
    const qint64 responseAt = hop.metaDataNs >= 0 ? hop.metaDataNs : endNs;
    const qint64 connectedAt = facts.tls ? hop.encryptedNs : hop.connectingNs;
    facts.connectedBeforeResponse = connectedAt >= 0 && connectedAt <= responseAt;
    if (hop.requestSentNs >= 0 && hop.metaDataNs >= 0)
        facts.waitMs = toMs(qMax<qint64>(0, hop.metaDataNs - hop.requestSentNs));
    return facts;
}

void ExchangeRecorder::endHop(bool gotResponse, int status, bool connectFailed, qint64 endNs)
{
    HopState &hop = m_hops.last();
    ConnectionTracker::HopFacts facts = factsFor(hop, gotResponse, endNs, connectFailed);

    // Phases, clamped to one increasing sequence (signals can be delivered out of order).
    Phases phases;
    qint64 cursor = hop.startNs;
    auto advance = [&cursor](qint64 at) {
        const qint64 clamped = qMax(cursor, at);
        const qint64 span = clamped - cursor;
        cursor = clamped;
        return toMs(span);
    };
    const qint64 firstSignal = hop.firstSignalNs >= 0 ? hop.firstSignalNs : endNs;
    const bool opened = openedConnection(facts);
    if (opened && hop.connectingNs >= 0) {
        phases.queuedMs = advance(qMin(firstSignal, hop.connectingNs));
        const qint64 connectedAt = facts.tls && hop.encryptedNs >= 0
                ? hop.encryptedNs
                : (hop.requestSentNs >= 0 ? hop.requestSentNs : endNs);
        advance(hop.connectingNs);
        phases.connectMs = advance(connectedAt);
    } else if (opened && facts.tls && hop.encryptedNs >= 0) {
        // The connect signal went to another reply (concurrency): TLS done is all we know.
        phases.queuedMs = advance(firstSignal);
        phases.connectMs = advance(hop.encryptedNs);
    } else if (hop.connectingNs >= 0 && hop.requestSentNs < 0) {
        // A connection was being opened and never carried the request (the TLS handshake or
        // the TCP connect failed): from its start on, the time is the connect phase's.
        phases.queuedMs = advance(qMin(firstSignal, hop.connectingNs));
        advance(hop.connectingNs);
        phases.connectMs = advance(endNs);
    } else {
        phases.queuedMs = advance(firstSignal);
    }
    if (hop.requestSentNs >= 0)
        phases.uploadMs = advance(hop.requestSentNs);
    if (hop.metaDataNs >= 0)
        phases.waitMs = advance(hop.metaDataNs);
    // What is left belongs to the phase that was going on when the exchange ended: the body
    // after a response head, else the wait for one, else the connection that never got ready.
    if (hop.metaDataNs >= 0)
        phases.downloadMs = advance(endNs);
    else if (hop.requestSentNs >= 0)
        phases.waitMs += advance(endNs);
    else
        phases.connectMs += advance(endNs);
    phases.totalMs = toMs(endNs - m_queuedAtNs);
    facts.connectMs = phases.connectMs;
    facts.waitMs = phases.waitMs;

    const ConnectionVerdict verdict
            = m_tracker ? m_tracker->hopEnded(hop.key, hop.origin, facts) : ConnectionVerdict::None;
    Hop done{hop.url, hop.origin, status, verdict};
    done.startMs = toMs(hop.startNs);
    done.endMs = toMs(endNs);
    if (gotResponse && m_reply) {
        // Tokens, case-insensitive (RFC 9110 §7.6.1): "close" ends the connection after this.
        const QList<QByteArray> tokens = m_reply->rawHeader("Connection").split(',');
        done.serverSaidClose = std::any_of(tokens.cbegin(), tokens.cend(), [](const auto &t) {
            return t.trimmed().compare("close", Qt::CaseInsensitive) == 0;
        });
    }
    m_exchange.hops.append(done);
    m_exchange.phases = phases;
    m_exchange.verdict = verdict;
    m_exchange.requestSentCount = hop.requestSentCount;
}

void ExchangeRecorder::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate certificate = m_reply->sslConfiguration().peerCertificate();
    const QByteArray digest
            = certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
    if (!m_settings.verifyTls || (m_isTrusted && m_isTrusted(m_hops.last().origin, digest))
        || trustedBySystemStore()) {
        m_reply->ignoreSslErrors(errors);
        return;
    }
    m_exchange.peerCertificateSha256 = digest;
    for (const QSslError &error : errors)
        m_exchange.tlsErrors.append(error.errorString());
}

QString ExchangeRecorder::proxyName(const QUrl &url) const
{
    switch (m_settings.proxyMode) {
    case ProxyMode::Manual:
        return u"%1:%2 (Preferences › Proxy)"_s.arg(m_settings.proxyHost).arg(m_settings.proxyPort);
    case ProxyMode::System:
        return tr("of the system (Preferences › Proxy)");
    case ProxyMode::Rules: {
        const QUrl proxy = m_settings.proxyRules.proxyFor(url);
        return proxy.isEmpty() ? QString() : proxy.toString(QUrl::RemoveUserInfo);
    }
    case ProxyMode::None:
        break;
    }
    return {};
}

bool ExchangeRecorder::throughAuthProxy(const QUrl &url) const
{
    // https goes through a CONNECT tunnel, whose 407 Qt handles before the request is sent.
    if (url.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0)
        return false;
    switch (m_settings.proxyMode) {
    case ProxyMode::Manual:
        return !m_settings.proxyUser.isEmpty();
    case ProxyMode::Rules: {
        const QUrl proxy = m_settings.proxyRules.proxyFor(url);
        return proxy.scheme() == u"http" && !proxy.userName().isEmpty();
    }
    case ProxyMode::System: // credentials, if any, are the desktop's: not known here
    case ProxyMode::None:
        break;
    }
    return false;
}

bool ExchangeRecorder::framingCheckApplies(const QUrl &url) const
{
    return SocketTable::isSupported() && m_settings.keepAlive && m_settings.idleExpirySeconds != 0
            && proxyName(url).isEmpty()
            && !m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
            && m_reply->rawHeader("Transfer-Encoding").toLower().contains("chunked")
            && !m_reply->rawHeader("Connection").toLower().contains("close");
}

QSet<quint16> ExchangeRecorder::establishedToPeer(const QUrl &url)
{
    const bool tls = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    const int port = url.port(tls ? 443 : 80);
    QHostAddress literal;
    const bool isLiteral = literal.setAddress(url.host());
    QSet<quint16> localPorts;
    for (const SocketTable::Socket &socket : SocketTable::snapshot()) {
        // A socket in CLOSE_WAIT was closed by the peer: it carries nothing more.
        if (socket.remotePort != port || socket.state != SocketTable::State::Established)
            continue;
        if (!isLiteral || socket.remoteAddress.isEqual(literal, QHostAddress::TolerantConversion))
            localPorts.insert(socket.localPort);
    }
    return localPorts;
}

bool ExchangeRecorder::chunkedBodyEndedByQt(const HopState &hop) const
{
    // Qt 6.4 reads an invalid chunk size as the last chunk and, finding no CRLF after it, ends
    // the body with no error and closes the connection (qhttpnetworkreply.cpp; a trailer
    // section takes the same path); a reset before the last chunk can also end "all done"
    // (qhttpprotocolhandler.cpp), with Qt already connecting anew. The closing has happened by
    // the time finished() reaches this thread. So: if none of the connections established to
    // the peer when the head arrived is established still, the body did not end cleanly.
    // Exact while this was the peer's only connection (sequential use); with others kept open
    // a broken chunk goes unseen, never falsely reported.
    if (!hop.framingWatched) // decided when the head arrived: chunked, HTTP/1.1, kept, direct
        return false;
    return !establishedToPeer(hop.url).intersects(hop.establishedAtHead);
}

bool ExchangeRecorder::trustedBySystemStore() const
{
    // With extra CA files the handshake trusts only them (adding a CA turns Qt's on-demand
    // lookup of the system store off), so a chain they reject is checked here against the
    // system store, hostname included: the files add trust, they never take the system's away.
    if (m_settings.extraCaFiles.isEmpty())
        return false;
    const QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
    return !chain.isEmpty() && QSslCertificate::verify(chain, m_hops.last().url.host()).isEmpty();
}

void ExchangeRecorder::onReadyRead()
{
    if (!m_reply->isOpen())
        return; // aborted
    if (m_redirecting) {
        // A redirect's own body is read and dropped, as curl -L drops it.
        char sink[16384];
        while (m_reply->read(sink, sizeof sink) > 0) { }
        return;
    }
    if (m_decodeBody && !m_decoderChosen) {
        m_decoderChosen = true;
        m_decoder = ContentDecoder::forEncoding(m_reply->rawHeader("Content-Encoding"));
    }
    if (!m_decoder) {
        if (!m_reserved) {
            // One allocation for the whole body when its length is known (and under the cap).
            m_reserved = true;
            m_exchange.body->reserve(
                    m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
        }
        // Identity: straight from Qt's buffer into the body, as long as it stays in memory.
        for (;;) {
            const qint64 available = qMin(m_reply->bytesAvailable(), readChunkBytes);
            if (available <= 0)
                return;
            const qint64 got
                    = m_exchange.body->appendInPlace(available, [this, available](char *to) {
                          return m_reply->read(to, available);
                      });
            if (got < 0)
                break; // to a file from here: the loop below
            m_wireBytes += got;
            if (got == 0)
                return;
        }
    }
    const ContentDecoder::Sink store
            = [this](QByteArrayView decoded) { return m_exchange.body->append(decoded); };
    // In bounded chunks, not readAll(): Qt's read buffer is freed as it is read.
    QByteArray chunk(readChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 got = m_reply->read(chunk.data(), readChunkBytes);
        if (got <= 0)
            return;
        m_wireBytes += got;
        const QByteArrayView piece(chunk.constData(), got);
        const bool kept = m_decoder ? m_decoder->feed(piece, store) : store(piece);
        if (!kept) {
            // The disk is full or the body is corrupt: stop rather than lose bytes silently.
            if (m_decoder && m_exchange.body->error().isEmpty())
                m_decodeError = m_decoder->error();
            m_reply->abort();
            return;
        }
    }
}

void ExchangeRecorder::onFinished()
{
    if (m_done)
        return;
    const qint64 endNs = now();
    onReadyRead();

    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    const bool gotResponse = status > 0;
    std::optional<Error> redirectFailure;
    if (m_redirecting && code == QNetworkReply::NoError && !m_timedOut && !m_cancelled) {
        auto followed = followRedirect(status, endNs);
        if (followed)
            return; // the next hop is on its way; the deadline keeps running across hops
        redirectFailure = followed.error();
    }
    m_done = true;
    m_deadline.stop();
    m_exchange.status = status;
    m_exchange.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_exchange.responseHeaders = reply->rawHeaderPairs();
    m_exchange.finalUrl = reply->url();
    m_exchange.tls = m_exchange.finalUrl.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    if (gotResponse)
        m_exchange.protocol = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
                ? u"HTTP/2"_s
                : u"HTTP/1.1"_s;

    const HopState &hop = m_hops.last();
    const bool connectFailed = !gotResponse && hop.requestSentCount == 0
            && (code == QNetworkReply::ConnectionRefusedError
                || code == QNetworkReply::HostNotFoundError
                || code == QNetworkReply::SslHandshakeFailedError || m_timedOut || m_cancelled);

    ExchangeFailure::Facts facts;
    facts.qtError = code;
    facts.qtMessage = reply->errorString();
    facts.status = status;
    facts.bodyBytes = m_wireBytes; // as Content-Length counts them
    if (m_decoder && m_decodeError.isEmpty() && code == QNetworkReply::NoError && m_wireBytes > 0
        && !m_decoder->finishedCleanly())
        m_decodeError = tr("the compressed stream ended before its end");
    facts.decodeError = m_decodeError;
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    facts.contentLength = declared.isValid() ? declared.toLongLong() : -1;
    facts.chunked = reply->rawHeader("Transfer-Encoding").toLower().contains("chunked");
    // Each hop is a reply of its own (Tether follows redirects itself), so the declared length
    // is the final response's.
    facts.bodyExpected
            = m_currentHop.verb != "HEAD" && status >= 200 && status != 204 && status != 304;
    facts.requestsSent = hop.requestSentCount;
    facts.timedOut = m_timedOut;
    facts.timeoutMs = m_settings.timeoutMs;
    facts.cancelled = m_cancelled;
    facts.bodyStorageError = m_exchange.body->error();
    facts.tlsErrors = m_exchange.tlsErrors;
    facts.host = hop.url.port() > 0 ? u"%1:%2"_s.arg(hop.url.host()).arg(hop.url.port())
                                    : hop.url.host();
    facts.proxy = proxyName(hop.url);
    facts.proxyIsSystem = m_settings.proxyMode == ProxyMode::System;
    facts.framingBroken = code == QNetworkReply::NoError && facts.chunked && gotResponse
            && chunkedBodyEndedByQt(hop);
    m_exchange.declaredLength = facts.contentLength;
    m_exchange.receivedBytes = m_wireBytes;
    if (redirectFailure) {
        m_exchange.errorCode = redirectFailure->code;
        m_exchange.error = redirectFailure->message;
    } else if (const auto failure = ExchangeFailure::classify(facts)) {
        m_exchange.errorCode = failure->code;
        m_exchange.error = failure->message;
    }
    endHop(gotResponse, status, connectFailed, endNs);
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT finished(m_exchange);
}

} // namespace tether::net
