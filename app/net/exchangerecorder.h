// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/clock.h"
#include "net/connectiontracker.h"
#include "net/contentdecoder.h"
#include "net/exchange.h"
#include "net/redirectstep.h"
#include "net/sessionsettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace tether::net {

// Listens to one QNetworkReply, timestamps its phases per hop, streams its body, reports
// connection events to the tracker as they happen and emits one Exchange when it ends.
class ExchangeRecorder : public QObject
{
    Q_OBJECT
public:
    using TrustCheck = std::function<bool(const QString &origin, const QByteArray &sha256)>;
    static constexpr qint64 readBufferBytes = 1 << 20; // what Qt may hold of a body at once
    static constexpr qint64 readChunkBytes = 256 * 1024; // what one read() takes from Qt

    ExchangeRecorder(Exchange seed, std::shared_ptr<const core::Clock> clock, qint64 queuedAtNs,
                     ConnectionTracker *tracker, const SessionSettings &settings,
                     TrustCheck isTrusted, QObject *parent);
    ~ExchangeRecorder() override;

    // What to send and how to follow redirects: Tether follows them itself, hop by hop, on
    // the manager that sent the first; with followRedirects false a 3xx is the answer.
    struct Plan
    {
        QPointer<QNetworkAccessManager> manager;
        RedirectStep::Hop first;
        QByteArray data; // the body, or one of device and multipart (the recorder owns them)
        QIODevice *device = nullptr;
        QHttpMultiPart *multipart = nullptr;
        bool followRedirects = false;
        RedirectStep::Policy policy;
    };

    // Sends the first hop. origin: its origin, as the session computed it for dispatch.
    // decodeBody: Tether asked for gzip/deflate itself, so it inflates what comes
    // (ContentDecoder). pool: which of the session's managers sends it
    // (ConnectionTracker::hopStarted).
    void start(Plan plan, const QString &origin, bool decodeBody = false, int pool = 0);
    void cancel();
    quint64 id() const { return m_exchange.id; }
    QNetworkReply *reply() const { return m_reply; }

Q_SIGNALS:
    void finished(const tether::net::Exchange &exchange);
    // Bytes of the response body so far, and its length if the server said (else -1).
    void downloadProgress(qint64 received, qint64 total);
    // The first hop's response head: its origin's protocol is known from here on.
    void firstHeadArrived(bool http2);

private:
    struct HopState
    {
        QUrl url;
        QString origin;
        quint64 key = 0;
        qint64 startNs = 0;
        qint64 firstSignalNs = -1;
        qint64 connectingNs = -1;
        qint64 encryptedNs = -1;
        qint64 requestSentNs = -1;
        qint64 metaDataNs = -1;
        int requestSentCount = 0;
        bool throughAuthProxy = false; // plain http through a proxy given credentials
        bool framingWatched = false; // a chunked HTTP/1.1 head: its connection is checked
        QSet<quint16> establishedAtHead; // local ports established to the peer then
    };

    qint64 now() const { return m_clock->nsecsElapsed(); }
    void touch(HopState &hop);
    void startHop(const QUrl &url, const QString &origin, qint64 atNs);
    ConnectionTracker::HopFacts factsFor(const HopState &hop, bool gotResponse, qint64 endNs,
                                         bool connectFailed) const;
    void endHop(bool gotResponse, int status, bool connectFailed, qint64 endNs);
    // The Cookie header a reply's request carries: masked, and kept in requestHeaders for the
    // first hop.
    void recordCookieSent(const QByteArray &cookie);
    void connectReply(QNetworkReply *reply);
    // A 3xx to follow has ended: the next hop is sent (nothing returned), or why the exchange
    // ends here (too many redirects, a refused or unusable target, a body that cannot be resent).
    Result<void> followRedirect(int status, qint64 endNs);
    QNetworkReply *send(const RedirectStep::Hop &hop);
    void onSslErrors(const QList<QSslError> &errors);
    bool trustedBySystemStore() const;
    // A chunked HTTP/1.1 response on a kept connection, direct: Qt's quiet end of a broken
    // body shows as its connection gone (chunkedBodyEndedByQt).
    bool framingCheckApplies(const QUrl &url) const;
    static QSet<quint16> establishedToPeer(const QUrl &url);
    bool chunkedBodyEndedByQt(const HopState &hop) const;
    // The proxy this URL went through, for error messages; empty when it went direct.
    QString proxyName(const QUrl &url) const;
    // Qt answers such a proxy's 407 by sending the request again, with no other signal.
    bool throughAuthProxy(const QUrl &url) const;
    void onReadyRead();
    void onFinished();

    Exchange m_exchange;
    std::shared_ptr<const core::Clock> m_clock;
    qint64 m_queuedAtNs;
    QPointer<ConnectionTracker> m_tracker;
    SessionSettings m_settings;
    TrustCheck m_isTrusted;
    QPointer<QNetworkReply> m_reply;
    QList<HopState> m_hops;
    Plan m_plan;
    RedirectStep::Hop m_currentHop;
    bool m_redirecting = false; // this reply's head is a 3xx that will be followed
    QTimer m_deadline;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_decodeBody = false;
    int m_pool = 0;
    bool m_decoderChosen = false;
    std::unique_ptr<ContentDecoder> m_decoder;
    bool m_reserved = false; // the body's memory reserved from Content-Length
    QString m_decodeError;
    qint64 m_wireBytes = 0; // body bytes as they came, before decoding
};

} // namespace tether::net
