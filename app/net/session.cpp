// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/session.h"

#include "net/connectionledger.h"
#include "net/exchangerecorder.h"
#include "net/origin.h"
#include "net/preparedrequest.h"
#include "net/requestfactory.h"
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace tether::net {

namespace {

// The desktop's or the environment's proxy for each request (per manager, not process-wide).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

// curl's rules (tether-run): a proxy per scheme, and hosts that go direct.
class RulesProxyFactory : public QNetworkProxyFactory
{
public:
    explicit RulesProxyFactory(ProxyRules rules) : m_rules(std::move(rules)) { }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QUrl proxy = m_rules.proxyFor(query.url());
        if (proxy.isEmpty())
            return {QNetworkProxy::NoProxy};
        const bool socks = proxy.scheme().startsWith(u"socks5"_s);
        QNetworkProxy result(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                             proxy.host(), quint16(proxy.port()), proxy.userName(),
                             proxy.password());
        if (proxy.scheme() == u"socks5") // curl's socks5 resolves names locally, socks5h remotely
            result.setCapabilities(result.capabilities()
                                   & ~QNetworkProxy::HostNameLookupCapability);
        return {result};
    }

private:
    ProxyRules m_rules;
};

} // namespace

Session::Session(QObject *parent) : Session(std::make_shared<core::SteadyClock>(), parent) { }

Session::Session(std::shared_ptr<const core::Clock> clock, QObject *parent)
    : QObject(parent),
      m_cookieJar(new QNetworkCookieJar(this)),
      m_tracker(new ConnectionTracker(this)),
      m_clock(std::move(clock)),
      m_ledger(new ConnectionLedger(m_clock, this))
{
    rebuildLanes();
}

Session::~Session()
{
    // Recorders abort their replies before the managers go.
    for (const Dispatched &dispatched : std::as_const(m_dispatched))
        delete dispatched.recorder;
    m_dispatched.clear();
}

QNetworkAccessManager *Session::createManager()
{
    auto *manager = new QNetworkAccessManager(this);
    switch (m_settings.proxyMode) {
    case ProxyMode::None:
        manager->setProxy(QNetworkProxy::NoProxy);
        break;
    case ProxyMode::System:
        manager->setProxyFactory(new SystemProxyFactory);
        break;
    case ProxyMode::Manual:
        manager->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, m_settings.proxyHost,
                                        quint16(m_settings.proxyPort), m_settings.proxyUser,
                                        m_settings.proxyPassword));
        break;
    case ProxyMode::Rules:
        manager->setProxyFactory(new RulesProxyFactory(m_settings.proxyRules));
        break;
    }
    manager->setCookieJar(m_cookieJar);
    m_cookieJar->setParent(this); // shared by every manager of this session
    manager->setAutoDeleteReplies(false);
    return manager;
}

Result<void> Session::checkCaFiles(const SessionSettings &settings)
{
    for (const QString &path : settings.extraCaFiles) {
        if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
            return Error{u"ca-unreadable"_s,
                         tr("No PEM certificate could be read from \"%1\".").arg(path)};
    }
    return {};
}

QSslConfiguration Session::tlsConfigurationFor(const SessionSettings &settings)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Adding a CA turns off Qt's on-demand lookup of the system store for this configuration;
    // ExchangeRecorder::onSslErrors then checks a rejected chain against the system store, so
    // extra files add trust and never take the system's away. Loading the whole system store
    // here instead would put its 300 certificates into every new pool's OpenSSL store.
    for (const QString &path : settings.extraCaFiles)
        configuration.addCaCertificates(QSslCertificate::fromPath(path, QSsl::Pem));
    if (!settings.verifyTls)
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

const QSslConfiguration &Session::tlsConfiguration()
{
    // Built once per profile, on the first https request: the system CA store is never
    // reloaded per connection, and a plain-HTTP session never loads the TLS backend.
    if (!m_tlsConfiguration)
        m_tlsConfiguration = std::make_unique<QSslConfiguration>(tlsConfigurationFor(m_settings));
    return *m_tlsConfiguration;
}

Result<void> Session::setSettings(const SessionSettings &settings)
{
    if (settings.proxyMode == ProxyMode::Manual
        && (settings.proxyHost.trimmed().isEmpty() || settings.proxyPort <= 0
            || settings.proxyPort > 65535))
        return Error{u"bad-proxy"_s, tr("A manual proxy needs a host and a port (1–65535).")};
    const bool newPool = !settings.sameTlsProfile(m_settings) || !settings.sameProxy(m_settings);
    if (!settings.sameTlsProfile(m_settings)) {
        if (auto result = checkCaFiles(settings); !result)
            return result;
        m_tlsConfiguration.reset();
    }
    // Keep-alive off counts from the next request: the pooled connections go now, or the next
    // request would still ride one (with "Connection: close") and the switch seem to do nothing.
    const bool keepAliveTurnedOff = m_settings.keepAlive && !settings.keepAlive;
    const bool newLanes = newPool || keepAliveTurnedOff || settings.lanes != m_settings.lanes;
    m_settings = settings;
    m_ledger->setIdleExpirySeconds(settings.idleExpirySeconds);
    m_ledger->setKeepAlive(settings.keepAlive);
    if (newLanes)
        rebuildLanes();
    return {};
}

void Session::rebuildLanes()
{
    // Managers built from the new settings (TLS profile, proxy); the old ones go when their
    // last reply has.
    const QList<Lane> old = m_lanes;
    if (!old.isEmpty())
        m_ledger->poolReset(); // their idle connections close with their managers
    m_lanes.clear();
    m_lanes.resize(qMax(1, m_settings.lanes)); // managers are made when a lane is first used
    m_protocol.clear();
    m_http2Lane.clear();
    m_probing.clear(); // a probe in flight rides an old lane: what it learns is not for these
    for (const Lane &lane : old) {
        if (!lane.manager)
            continue;
        m_retiredManagers.insert(lane.manager);
        retireManagerIfIdle(lane.manager);
    }
    for (Dispatched &dispatched : m_dispatched) {
        dispatched.holdsLane = false; // their lanes are gone
        dispatched.lane = -1;
    }
}

void Session::retireManagerIfIdle(QNetworkAccessManager *manager)
{
    if (!m_retiredManagers.contains(manager))
        return;
    for (const Dispatched &dispatched : std::as_const(m_dispatched)) {
        if (dispatched.recorder->reply() && dispatched.recorder->reply()->manager() == manager)
            return;
    }
    m_retiredManagers.remove(manager);
    manager->deleteLater();
}

Result<quint64> Session::send(const core::Request &request, const core::VariableSet &variables,
                              const ExchangeContext &context)
{
    auto resolved = variables.resolve(request);
    if (!resolved)
        return resolved.error();
    auto prepared = RequestFactory::build(
            resolved.value(), m_settings,
            [this]() -> const QSslConfiguration & { return tlsConfiguration(); });
    if (!prepared)
        return prepared.error();

    Pending pending;
    pending.id = m_nextId++;
    pending.queuedAtNs = m_clock->nsecsElapsed();
    pending.prepared = std::make_shared<PreparedRequest>(std::move(prepared).value());
    Exchange &seed = pending.seed;
    seed.id = pending.id;
    seed.context = context;
    // UTC: the local time zone is looked up (a stat of /etc/localtime) only where shown or stored.
    seed.startedAt = QDateTime::currentDateTimeUtc();
    seed.request = request;
    seed.secrets = variables.secretMask();
    for (const QString &credential : std::as_const(pending.prepared->credentialValues))
        seed.secrets.add(credential);
    seed.method = pending.prepared->verb;
    seed.url = pending.prepared->request.url();
    seed.requestHeaders = pending.prepared->headers;
    seed.requestBodySize = pending.prepared->bodySize;
    pending.origin = originOf(seed.url);

    for (const QString &warning : std::as_const(pending.prepared->warnings))
        Q_EMIT warningRaised(pending.id, warning);
    Q_EMIT exchangeStarted(pending.id, seed.url);

    pending.mayUseHttp2 = m_settings.http2Allowed && m_settings.keepAlive
            && seed.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    const quint64 id = pending.id;
    m_queue.append(std::move(pending));
    pump();
    return id;
}

QNetworkAccessManager *Session::managerOf(int lane)
{
    Lane &chosen = m_lanes[lane];
    if (!chosen.manager)
        chosen.manager = createManager();
    return chosen.manager;
}

int Session::freeLane(const QString &origin) const
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (!m_lanes.at(i).busyOrigins.contains(origin))
            return i;
    }
    return -1;
}

bool Session::placeFor(const Pending &pending, Dispatched *placement) const
{
    placement->origin = pending.origin;
    if (m_settings.oneAtATimePerOrigin && m_inFlightByOrigin.value(pending.origin) > 0)
        return false;
    if (pending.mayUseHttp2) {
        // Like Qt itself: one connection first, and what ALPN chose decides the rest.
        const Protocol protocol = m_protocol.value(pending.origin, Protocol::Unknown);
        if (protocol == Protocol::Http2) {
            placement->lane = m_http2Lane.value(pending.origin); // multiplexed
            return true;
        }
        if (protocol == Protocol::Unknown) {
            if (m_probing.contains(pending.origin))
                return false;
            placement->probe = true;
        }
    }
    placement->lane = freeLane(pending.origin);
    placement->holdsLane = true;
    return placement->lane >= 0;
}

void Session::pump()
{
    for (qsizetype i = 0; i < m_queue.size();) {
        Dispatched placement;
        if (!placeFor(m_queue.at(i), &placement)) {
            ++i;
            continue;
        }
        Pending pending = m_queue.takeAt(i);
        dispatch(std::move(pending), placement);
    }
}

void Session::dispatch(Pending pending, Dispatched placement)
{
    PreparedRequest &prepared = *pending.prepared;
    QNetworkAccessManager *manager = managerOf(placement.lane);
    if (!m_settings.keepAlive && m_settings.http2Allowed
        && prepared.request.url().scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0) {
        // "Connection: close" does nothing on HTTP/2, and an idle expiry of 0 s loses the race
        // against a request sent from the previous one's finished handler (measured against
        // nginx): only a pool of its own guarantees this exchange a new connection.
        manager = createManager();
        m_retiredManagers.insert(manager);
    }
    if (placement.holdsLane)
        m_lanes[placement.lane].busyOrigins.insert(pending.origin);
    if (placement.probe)
        m_probing.insert(pending.origin);
    ++m_inFlightByOrigin[pending.origin];
    m_ledger->dispatched(placement.lane, pending.origin);
    const auto isTrusted = [this](const QString &origin, const QByteArray &sha256) {
        return m_trusted.value(origin).contains(sha256);
    };
    auto *recorder = new ExchangeRecorder(std::move(pending.seed), m_clock, pending.queuedAtNs,
                                          m_tracker, m_settings, isTrusted, this);
    placement.recorder = recorder;
    ExchangeRecorder::Plan plan;
    plan.manager = manager;
    plan.first = {prepared.request, prepared.verb, prepared.hasBody()};
    plan.data = prepared.data;
    plan.device = prepared.device.release(); // the recorder's from here: 307 and 308 resend it
    plan.multipart = prepared.multipart.release();
    plan.followRedirects = m_settings.followRedirects;
    plan.policy = {prepared.credentialHeaders, m_settings.redirectCredentialsTrusted};
    m_dispatched.insert(pending.id, placement);
    if (placement.probe)
        connect(recorder, &ExchangeRecorder::firstHeadArrived, this,
                [this, origin = pending.origin, lane = placement.lane](bool http2) {
                    onFirstHead(origin, lane, http2);
                });
    connect(recorder, &ExchangeRecorder::finished, this,
            [this, recorder](const Exchange &exchange) { onRecorderFinished(recorder, exchange); });
    const quint64 id = pending.id;
    connect(recorder, &ExchangeRecorder::downloadProgress, this,
            [this, id, last = qint64(0)](qint64 received, qint64 total) mutable {
                const qint64 nowMs = m_clock->nsecsElapsed() / 1000000;
                if (nowMs - last < 200 && received != total)
                    return;
                last = nowMs;
                Q_EMIT downloadProgress(id, received, total);
            });
    recorder->start(std::move(plan), pending.origin, prepared.decodeBody, placement.lane);
}

void Session::onFirstHead(const QString &origin, int lane, bool http2)
{
    if (!m_probing.remove(origin))
        return;
    m_protocol.insert(origin, http2 ? Protocol::Http2 : Protocol::Http1);
    if (http2)
        m_http2Lane.insert(origin, lane);
    pump();
}

void Session::onRecorderFinished(ExchangeRecorder *recorder, const Exchange &exchange)
{
    const Dispatched dispatched = m_dispatched.take(exchange.id);
    recorder->deleteLater();
    if (dispatched.holdsLane && dispatched.lane >= 0 && dispatched.lane < m_lanes.size())
        m_lanes[dispatched.lane].busyOrigins.remove(dispatched.origin);
    if (dispatched.probe && m_probing.remove(dispatched.origin) && !exchange.gotResponse())
        m_protocol.remove(dispatched.origin); // no head, nothing learnt: the next one probes
    if (--m_inFlightByOrigin[dispatched.origin] <= 0)
        m_inFlightByOrigin.remove(dispatched.origin);
    for (QNetworkAccessManager *manager : QSet<QNetworkAccessManager *>(m_retiredManagers))
        retireManagerIfIdle(manager);
    // The queue moves before anyone hears of this end, so a request sent from that handler
    // waits behind the ones already queued (one at a time per origin stays one at a time).
    pump();
    Exchange recorded = exchange;
    m_ledger->record(recorded);
    Q_EMIT exchangeFinished(recorded);
}

void Session::cancel(quint64 id)
{
    const auto dispatched = m_dispatched.constFind(id);
    if (dispatched != m_dispatched.constEnd()) {
        dispatched->recorder->cancel();
        return;
    }
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).id != id)
            continue;
        Exchange exchange = m_queue.takeAt(i).seed;
        exchange.errorCode = u"cancelled"_s;
        exchange.error = tr("Cancelled before it was sent.");
        Q_EMIT exchangeFinished(exchange);
        return;
    }
}

void Session::cancelAll()
{
    QList<quint64> ids;
    for (const Pending &pending : std::as_const(m_queue))
        ids.append(pending.id);
    for (quint64 id : ids)
        cancel(id);
    for (quint64 id : m_dispatched.keys())
        cancel(id);
}

Result<QString> Session::preconnect(const QString &urlText)
{
    auto parsed = RequestFactory::parseUrl(urlText);
    if (!parsed)
        return parsed.error();
    const QUrl url = parsed.value();
    const bool tls = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    const QString origin = originOf(url);
    if (tls) {
        // Qt only hands this socket to HTTP/2-allowed requests when ALPN lists h2.
        QSslConfiguration configuration = tlsConfiguration();
        configuration.setAllowedNextProtocols(
                m_settings.http2Allowed
                        ? QList<QByteArray>{QSslConfiguration::ALPNProtocolHTTP2,
                                            QSslConfiguration::NextProtocolHttp1_1}
                        : QList<QByteArray>{QSslConfiguration::NextProtocolHttp1_1});
        // Lane 0 is the one the next request to this origin takes when none is in flight.
        managerOf(0)->connectToHostEncrypted(url.host(), quint16(url.port(443)), configuration);
    } else {
        managerOf(0)->connectToHost(url.host(), quint16(url.port(80)));
    }
    m_tracker->preconnected(origin);
    return origin;
}

void Session::resetPool()
{
    for (const Lane &lane : std::as_const(m_lanes)) {
        if (lane.manager)
            lane.manager->clearConnectionCache();
    }
    m_ledger->poolReset();
    Q_EMIT poolReset();
}

void Session::trustCertificate(const QString &origin, const QByteArray &sha256)
{
    m_trusted[origin].insert(sha256);
}

} // namespace tether::net
