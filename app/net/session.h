#pragma once

#include "../core/request.h"
#include "../core/result.h"
#include "../core/variableset.h"
#include "connectiontracker.h"
#include "exchange.h"
#include "sessionsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include <memory>

class QNetworkAccessManager;
class QNetworkCookieJar;
class QSslConfiguration;

namespace tether::net {

class ExchangeRecorder;
struct PreparedRequest;

// One QNetworkAccessManager (so one connection pool and one cookie jar) per session. Sends
// requests, classifies their connections through its tracker and reports each Exchange.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    const SessionSettings &settings() const { return m_settings; }
    // Applies new settings. A changed TLS profile moves to a fresh manager, so a connection
    // verified under the old settings never carries a request made under the new ones.
    std::optional<Error> setSettings(const SessionSettings &settings);

    // Resolves variables, validates and starts the request; the id names it in exchangeFinished.
    Result<quint64> send(const core::Request &request, const core::VariableSet &variables = {});
    void cancel(quint64 id);
    void cancelAll();
    int inFlightCount() const { return int(m_recorders.size() + m_queuedCount); }

    // Opens a connection to the URL's origin ahead of the first request.
    Result<QString> preconnect(const QString &url);
    // Closes idle pooled connections; the next request opens a new one.
    void resetPool();
    // Accept this certificate for this origin until the session ends.
    void trustCertificate(const QString &origin, const QByteArray &sha256);

    ConnectionTracker *tracker() const { return m_tracker; }
    QNetworkCookieJar *cookieJar() const { return m_cookieJar; }

Q_SIGNALS:
    void exchangeStarted(quint64 id, const QUrl &url);
    void exchangeFinished(const tether::net::Exchange &exchange);
    void warningRaised(quint64 id, const QString &message);
    // A large download in flight: at most a few times a second per exchange.
    void downloadProgress(quint64 id, qint64 received, qint64 total);
    void poolReset();

private:
    struct Pending
    {
        quint64 id = 0;
        Exchange seed;
        std::shared_ptr<PreparedRequest> prepared;
        qint64 queuedAtNs = 0;
        QString origin;
    };

    QNetworkAccessManager *createManager();
    // Checks the extra CA files of a TLS profile (the configuration itself is built lazily).
    static std::optional<Error> checkCaFiles(const SessionSettings &settings);
    // A profile's TLS configuration: verification on or off, and the extra CA files.
    static QSslConfiguration tlsConfigurationFor(const SessionSettings &settings);
    const QSslConfiguration &tlsConfiguration();
    void dispatch(Pending pending);
    void onRecorderFinished(ExchangeRecorder *recorder, const Exchange &exchange);
    void retireManagerIfIdle(QNetworkAccessManager *manager);

    SessionSettings m_settings;
    std::unique_ptr<QSslConfiguration> m_tlsConfiguration; // keeps QtNetwork out of this header
    QNetworkAccessManager *m_manager = nullptr;
    QSet<QNetworkAccessManager *> m_retiredManagers;
    QNetworkCookieJar *m_cookieJar = nullptr;
    ConnectionTracker *m_tracker = nullptr;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    QHash<quint64, ExchangeRecorder *> m_recorders;
    QHash<QString, QQueue<Pending>> m_waiting; // one-at-a-time per origin
    QSet<QString> m_busyOrigins;
    int m_queuedCount = 0;
    QHash<QString, QSet<QByteArray>> m_trusted;
};

} // namespace tether::net
