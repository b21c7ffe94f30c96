// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/historystore.h"
#include "store/requestcodec.h"

#include "net/exchangejson.h"
#include "net/requestfactory.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QThread>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tether::store {

static QByteArray headersToJson(const net::HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

static net::HeaderList headersFromJson(const QByteArray &json)
{
    net::HeaderList headers;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QJsonArray pair = value.toArray();
        headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent), m_connectionName(u"history-"_s + QUuid::createUuid().toString())
{
    // The cap is a user setting (QSettings "history/bodyCapBytes", shared by tether and
    // tether-run); 0 keeps no bodies at all.
    m_bodyCap = qMax<qint64>(
            0, QSettings().value(u"history/bodyCapBytes"_s, defaultBodyCap).toLongLong());
    m_totalCap = qMax<qint64>(
            0, QSettings().value(u"history/totalCapBytes"_s, defaultTotalCap).toLongLong());
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(250);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        // What could not be written stays queued for the next flush.
        if (auto flushed = flush(); !flushed)
            Q_EMIT flushFailed(flushed.error().message);
    });
}

HistoryStore::~HistoryStore()
{
    if (auto flushed = flush(); !flushed)
        qWarning("History not written: %s", qPrintable(flushed.error().message));
    if (QSqlDatabase::contains(m_connectionName)) {
        // false: closing must not try to open it (Qt warns on stderr when that fails).
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"history.sqlite"_s);
}

static Error sqlError(const QString &what, const QSqlError &error)
{
    return {u"history"_s, QObject::tr("History database: %1 failed: %2").arg(what, error.text())};
}

// SQLite's primary result code (extended codes keep it in the low byte), or -1.
static int primaryResultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

// The codes that mean the file itself is damaged; anything else (busy, locked, permission
// denied, read-only, I/O) is a reason to report, never to move the file.
static bool isCorruption(const QSqlError &error)
{
    const int code = primaryResultCode(error);
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

static bool isBusy(const QSqlError &error)
{
    const int code = primaryResultCode(error);
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

Result<void> HistoryStore::createSchema(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // WAL first: journal_mode cannot change inside a transaction. Two first-time processes
    // switching at once both hold a shared lock and want an exclusive one; SQLite answers one
    // of them SQLITE_BUSY at once, without its busy handler (deadlock avoidance), so retry.
    QDeadlineTimer deadline(30000);
    while (!query.exec(u"PRAGMA journal_mode=WAL"_s)) {
        if (!isBusy(query.lastError()) || deadline.hasExpired())
            return sqlError(u"PRAGMA journal_mode=WAL"_s, query.lastError());
        query.finish();
        QThread::msleep(5 + QRandomGenerator::global()->bounded(20));
    }
    query.finish();
    if (!query.exec(u"PRAGMA synchronous=NORMAL"_s))
        return sqlError(u"PRAGMA synchronous=NORMAL"_s, query.lastError());
    // One exclusive transaction, so many first-time processes at once create and migrate the
    // schema one after another (they raced to "duplicate column name: connection_id").
    if (!query.exec(u"BEGIN EXCLUSIVE"_s))
        return sqlError(u"BEGIN EXCLUSIVE"_s, query.lastError());
    const QStringList statements = {
            u"CREATE TABLE IF NOT EXISTS exchanges ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, "
            "method TEXT, url TEXT, origin TEXT, status INTEGER, reason TEXT, "
            "protocol TEXT, tls INTEGER, verdict TEXT, phases TEXT, request TEXT, "
            "collection TEXT, environment TEXT, request_headers TEXT, "
            "response_headers TEXT, body BLOB, body_size INTEGER, "
            "body_truncated INTEGER, error TEXT)"_s,
            u"CREATE INDEX IF NOT EXISTS exchanges_started ON exchanges(started_at)"_s,
            u"CREATE INDEX IF NOT EXISTS exchanges_origin ON exchanges(origin)"_s,
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            query.exec(u"ROLLBACK"_s);
            return sqlError(statement.left(40), error);
        }
    }
    // Added after the first release: the connection id a HAR import carries, who sent an
    // exchange and the run it was part of.
    QStringList columns;
    if (query.exec(u"PRAGMA table_info(exchanges)"_s))
        while (query.next())
            columns.append(query.value(1).toString());
    QStringList migrations;
    for (const QString &added : {u"connection_id"_s, u"source"_s, u"run_id"_s}) {
        if (!columns.contains(added))
            migrations.append(u"ALTER TABLE exchanges ADD COLUMN "_s + added + u" TEXT"_s);
    }
    migrations.append(u"CREATE INDEX IF NOT EXISTS exchanges_run ON exchanges(run_id)"_s);
    for (const QString &statement : std::as_const(migrations)) {
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            query.exec(u"ROLLBACK"_s);
            return sqlError(statement.left(40), error);
        }
    }
    if (!query.exec(u"COMMIT"_s))
        return sqlError(u"COMMIT"_s, query.lastError());
    return {};
}

Result<void> HistoryStore::open(const QString &path, Access access)
{
    m_path = path;
    m_notice.clear();
    const bool readOnly = access == Access::ReadOnly;
    if (!readOnly)
        QDir().mkpath(QFileInfo(path).absolutePath());
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlError failure;
        bool corrupt = false;
        {
            QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                    ? QSqlDatabase::database(m_connectionName, false)
                    : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
            db.setDatabaseName(path);
            // Another process writing is waited for (30 s), never a reason to drop an exchange.
            db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY"_s
                                          : u"QSQLITE_BUSY_TIMEOUT=30000"_s);
            if (readOnly && !QFileInfo::exists(path))
                return Error{u"history-missing"_s,
                             tr("No history has been recorded yet (%1 does not exist).")
                                     .arg(QDir::toNativeSeparators(path))};
            if (!db.open()) {
                failure = db.lastError();
            } else {
                QSqlQuery check(db);
                if (!check.exec(u"PRAGMA quick_check"_s) || !check.next())
                    failure = check.lastError();
                else if (check.value(0).toString() != u"ok")
                    corrupt = true; // quick_check found damage and described it
                // An unfinished statement keeps its read lock, which would stop this
                // connection from ever taking the write lock the schema needs.
                check.finish();
            }
            if (!corrupt && !failure.isValid()) {
                if (readOnly)
                    return {};
                auto created = createSchema(db);
                if (created || !isCorruption(db.lastError()))
                    return created;
                corrupt = true;
            }
            corrupt = corrupt || isCorruption(failure);
            if (corrupt && attempt == 0 && !readOnly) {
                // Damaged: keep it whole for the user (with its -wal and -shm, which may hold
                // committed rows), start a fresh one, and say so. Moved while still open:
                // SQLite deletes a -wal and -shm it cannot use when the connection closes.
                const QString aside = path + u".corrupt-"_s
                        + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
                for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
                    if (QFileInfo::exists(path + suffix))
                        QFile::rename(path + suffix, aside + suffix);
                if (!QFile::rename(path, aside)) {
                    db.close();
                    QSqlDatabase::removeDatabase(m_connectionName);
                    return Error{u"history"_s,
                                 tr("The history database %1 is damaged and could not be moved "
                                    "aside.")
                                         .arg(QDir::toNativeSeparators(path))};
                }
                m_notice = tr("The history database was damaged; it was moved to %1 and a new "
                              "one was started.")
                                   .arg(QDir::toNativeSeparators(aside));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        if (!corrupt)
            return Error{u"history"_s,
                         tr("Cannot open the history database %1: %2")
                                 .arg(QDir::toNativeSeparators(path), failure.text())};
        if (attempt == 1 || readOnly)
            break;
    }
    return Error{u"history"_s,
                 tr("Cannot open the history database %1.").arg(QDir::toNativeSeparators(path))};
}

HistoryEntry HistoryStore::toEntry(const net::Exchange &exchange, qint64 bodyCap)
{
    // Credentials sent are masked even when no session added them (a HAR's exchanges).
    core::SecretMask secrets = exchange.secrets;
    for (const QString &credential : net::RequestFactory::credentialValues(
                 exchange.requestHeaders, net::RequestFactory::credentialHeaderNames(),
                 exchange.url, {}))
        secrets.add(credential);
    HistoryEntry entry;
    entry.startedAt = exchange.startedAt.toLocalTime(); // history keeps local times
    entry.method = QString::fromUtf8(exchange.method);
    entry.url = secrets.apply(exchange.url.toString(QUrl::FullyEncoded));
    entry.origin = exchange.originName();
    entry.status = exchange.status;
    entry.reason = QString::fromLatin1(exchange.reason);
    entry.protocol = exchange.protocol;
    entry.tls = exchange.tls;
    entry.verdict = net::verdictName(exchange.verdict);
    entry.phases = exchange.phases;
    // The request as typed, for replay: {{secret}} references stay references, a credential
    // typed in (-u, a header, a URL password) is masked like the rest (replay then asks for it).
    entry.request = exchange.request;
    if (!secrets.isEmpty()) {
        core::Request &request = entry.request;
        request.url = secrets.apply(request.url);
        for (core::KeyValue &header : request.headers)
            header.value = secrets.apply(header.value);
        for (QString *field : {&request.auth.password, &request.auth.token, &request.auth.keyValue})
            *field = secrets.apply(*field);
    }
    for (const auto &[name, value] : exchange.requestHeaders)
        entry.requestHeaders.append({name, secrets.apply(QString::fromUtf8(value)).toUtf8()});
    entry.bodySize = exchange.bodySize();
    entry.body = exchange.body ? exchange.body->read(bodyCap) : QByteArray();
    // A server may echo a secret back; it never reaches the disk through history either.
    for (const auto &[name, value] : exchange.responseHeaders)
        entry.responseHeaders.append(
                {name,
                 secrets.isEmpty() ? value : secrets.apply(QString::fromUtf8(value)).toUtf8()});
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString bodyText = secrets.isEmpty() ? QString() : decoder.decode(entry.body);
    if (!secrets.isEmpty() && !decoder.hasError())
        entry.body = secrets.apply(bodyText).toUtf8();
    // A body that is not UTF-8 text (binary, or cut inside a character) still loses the raw,
    // Base64 and percent-encoded forms.
    const QByteArray mask = core::SecretMask::maskText().toUtf8();
    for (const QString &secret : secrets.values()) {
        const QByteArray utf8 = secret.toUtf8();
        entry.body.replace(utf8, mask);
        entry.body.replace(utf8.toBase64(), mask);
        entry.body.replace(QUrl::toPercentEncoding(secret), mask);
    }
    entry.bodyTruncated = entry.bodySize > entry.body.size();
    entry.error = exchange.error;
    // A HAR's browser connection id, or the session's own: "C3 #4" (request 4 on C3).
    entry.connectionId = !exchange.connectionId.isEmpty() || exchange.connection <= 0
            ? exchange.connectionId
            : u"C%1 #%2"_s.arg(exchange.connection).arg(exchange.requestOnConnection);
    return entry;
}

QStringList HistoryStore::sources()
{
    return {editorSource, runnerSource, commandLineSource, importSource};
}

void HistoryStore::record(const net::Exchange &exchange, const QString &collectionDir,
                          const QString &environment, const QString &source)
{
    HistoryEntry entry = toEntry(exchange, m_bodyCap);
    entry.collectionDir = collectionDir;
    entry.environment = environment;
    entry.source = source;
    entry.runId = exchange.context.runId;
    m_pending.append(entry);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

Result<void> HistoryStore::flush()
{
    if (m_pending.isEmpty())
        return {};
    if (!QSqlDatabase::contains(m_connectionName))
        return Error{u"history"_s, tr("History is not open.")};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO exchanges (started_at, method, url, origin, status, reason, "
                   "protocol, tls, verdict, phases, request, collection, environment, "
                   "request_headers, response_headers, body, body_size, body_truncated, error, "
                   "connection_id, source, run_id) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    for (const HistoryEntry &entry : std::as_const(m_pending)) {
        const QVariantList values = {
                entry.startedAt.toString(Qt::ISODateWithMs),
                entry.method,
                entry.url,
                entry.origin,
                entry.status,
                entry.reason,
                entry.protocol,
                entry.tls ? 1 : 0,
                entry.verdict,
                QString::fromUtf8(QJsonDocument(net::ExchangeJson::phases(entry.phases))
                                          .toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(RequestCodec::encode(entry.request))
                                          .toJson(QJsonDocument::Compact)),
                entry.collectionDir,
                entry.environment,
                QString::fromUtf8(headersToJson(entry.requestHeaders)),
                QString::fromUtf8(headersToJson(entry.responseHeaders)),
                entry.body,
                entry.bodySize,
                entry.bodyTruncated ? 1 : 0,
                entry.error,
                entry.connectionId,
                entry.source,
                entry.runId,
        };
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec()) {
            db.rollback();
            return sqlError(tr("saving an exchange"), insert.lastError());
        }
    }
    if (!db.commit())
        return sqlError(tr("commit"), db.lastError());
    const int count = int(m_pending.size());
    m_pending.clear();
    Q_EMIT recorded(count);
    return enforceTotalCap();
}

Result<qint64> HistoryStore::usedBytes() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    qint64 values[3] = {};
    const char16_t *pragmas[]
            = {u"PRAGMA page_count", u"PRAGMA freelist_count", u"PRAGMA page_size"};
    for (int i = 0; i < 3; ++i) {
        if (!query.exec(QString::fromUtf16(pragmas[i])) || !query.next())
            return sqlError(QString::fromUtf16(pragmas[i]), query.lastError());
        values[i] = query.value(0).toLongLong();
    }
    return (values[0] - values[1]) * values[2];
}

Result<void> HistoryStore::enforceTotalCap()
{
    if (m_totalCap <= 0)
        return {};
    auto used = usedBytes();
    if (!used)
        return used.error();
    if (used.value() <= m_totalCap)
        return {};
    // Down to 90 %, so that a database at its cap is not pruned again at every flush.
    const qint64 target = m_totalCap / 10 * 9;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    while (used.value() > target) {
        if (!query.exec(u"UPDATE exchanges SET body = NULL, body_truncated = 1 WHERE id IN "
                        "(SELECT id FROM exchanges WHERE body IS NOT NULL AND length(body) > 0 "
                        "ORDER BY id LIMIT 64)"_s))
            return sqlError(tr("pruning bodies"), query.lastError());
        if (query.numRowsAffected() == 0) {
            if (!query.exec(u"DELETE FROM exchanges WHERE id IN "
                            "(SELECT id FROM exchanges ORDER BY id LIMIT 64)"_s))
                return sqlError(tr("pruning"), query.lastError());
            if (query.numRowsAffected() == 0)
                break; // nothing left to prune: the schema alone
        }
        used = usedBytes();
        if (!used)
            return used.error();
    }
    return {};
}

HistoryEntry HistoryStore::fromRecord(const QSqlRecord &row)
{
    HistoryEntry entry;
    entry.id = row.value(u"id"_s).toLongLong();
    entry.startedAt
            = QDateTime::fromString(row.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    entry.method = row.value(u"method"_s).toString();
    entry.url = row.value(u"url"_s).toString();
    entry.origin = row.value(u"origin"_s).toString();
    entry.status = row.value(u"status"_s).toInt();
    entry.reason = row.value(u"reason"_s).toString();
    entry.protocol = row.value(u"protocol"_s).toString();
    entry.tls = row.value(u"tls"_s).toInt() != 0;
    entry.verdict = row.value(u"verdict"_s).toString();
    const QJsonObject phases
            = QJsonDocument::fromJson(row.value(u"phases"_s).toString().toUtf8()).object();
    entry.phases.queuedMs = phases.value(u"queued"_s).toDouble();
    entry.phases.connectMs = phases.value(u"connect"_s).toDouble();
    entry.phases.uploadMs = phases.value(u"upload"_s).toDouble();
    entry.phases.waitMs = phases.value(u"wait"_s).toDouble();
    entry.phases.downloadMs = phases.value(u"download"_s).toDouble();
    entry.phases.totalMs = phases.value(u"total"_s).toDouble();
    entry.request = RequestCodec::decode(
            QJsonDocument::fromJson(row.value(u"request"_s).toString().toUtf8()).object());
    entry.collectionDir = row.value(u"collection"_s).toString();
    entry.environment = row.value(u"environment"_s).toString();
    entry.requestHeaders = headersFromJson(row.value(u"request_headers"_s).toString().toUtf8());
    entry.responseHeaders = headersFromJson(row.value(u"response_headers"_s).toString().toUtf8());
    entry.body = row.value(u"body"_s).toByteArray();
    entry.bodySize = row.value(u"body_size"_s).toLongLong();
    entry.bodyTruncated = row.value(u"body_truncated"_s).toInt() != 0;
    entry.error = row.value(u"error"_s).toString();
    entry.connectionId = row.value(u"connection_id"_s).toString();
    entry.source = row.value(u"source"_s).toString();
    entry.runId = row.value(u"run_id"_s).toString();
    return entry;
}

Result<QList<HistoryEntry>> HistoryStore::query(const HistoryQuery &filter) const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return Error{u"history"_s, tr("History is not open.")};
    QStringList where;
    QVariantList values;
    if (!filter.text.isEmpty()) {
        where.append(u"(url LIKE ? ESCAPE '\\' OR method LIKE ? ESCAPE '\\')"_s);
        QString pattern = filter.text;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        const QString like = u'%' + pattern + u'%';
        values << like << like;
    }
    if (!filter.method.isEmpty()) {
        where.append(u"method = ?"_s);
        values << filter.method;
    }
    if (filter.status > 0) {
        where.append(u"status = ?"_s);
        values << filter.status;
    } else if (filter.statusClass > 0) {
        where.append(u"status BETWEEN ? AND ?"_s);
        values << filter.statusClass * 100 << filter.statusClass * 100 + 99;
    }
    if (!filter.origin.isEmpty()) {
        where.append(u"origin = ?"_s);
        values << filter.origin;
    }
    if (!filter.source.isEmpty()) {
        where.append(u"source = ?"_s);
        values << filter.source;
    }
    if (!filter.runId.isEmpty()) {
        where.append(u"run_id = ?"_s);
        values << filter.runId;
    }
    const QString matching = where.isEmpty() ? u"1"_s : where.join(u" AND "_s);
    QString sql;
    if (filter.groupRuns) {
        // A single exchange is its own row; a run is one row, its latest matching exchange,
        // with how many of its exchanges match and how many of those failed.
        sql = u"SELECT e.*, g.run_exchanges, g.run_failures FROM exchanges e LEFT JOIN "
              "(SELECT run_id AS gid, MAX(id) AS last_id, COUNT(*) AS run_exchanges, "
              "SUM(status = 0 OR (error IS NOT NULL AND error != '')) AS run_failures "
              "FROM exchanges WHERE run_id IS NOT NULL AND run_id != '' AND ("_s
                + matching + u") GROUP BY run_id) g ON e.id = g.last_id WHERE ("_s + matching
                + u") AND (e.run_id IS NULL OR e.run_id = '' OR g.last_id IS NOT NULL)"_s;
        values = values + values;
    } else {
        sql = u"SELECT * FROM exchanges WHERE "_s + matching;
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values << qMax(1, filter.limit);
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return sqlError(tr("searching"), query.lastError());
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry entry = fromRecord(query.record());
        if (filter.groupRuns && !entry.runId.isEmpty()) {
            entry.runExchanges = query.value(u"run_exchanges"_s).toInt();
            entry.runFailures = query.value(u"run_failures"_s).toInt();
        }
        entries.append(entry);
    }
    return entries;
}

Result<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT * FROM exchanges WHERE id = ?"_s);
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(tr("reading entry %1").arg(id), query.lastError());
    if (!query.next())
        return Error{u"not-found"_s, tr("History has no entry %1.").arg(id)};
    return fromRecord(query.record());
}

net::Exchange HistoryStore::toExchange(const HistoryEntry &entry)
{
    net::Exchange exchange;
    exchange.id = 0;
    exchange.startedAt = entry.startedAt;
    exchange.request = entry.request;
    exchange.method = entry.method.toUtf8();
    exchange.url = QUrl(entry.url);
    exchange.finalUrl = exchange.url;
    exchange.requestHeaders = entry.requestHeaders;
    exchange.status = entry.status;
    exchange.reason = entry.reason.toLatin1();
    exchange.responseHeaders = entry.responseHeaders;
    exchange.body = std::make_shared<net::ResponseBody>(entry.body.size() + 1);
    // In memory (its cap is above its size), so appending cannot fail.
    const bool appended = exchange.body->append(entry.body);
    Q_ASSERT(appended);
    Q_UNUSED(appended);
    exchange.protocol = entry.protocol;
    exchange.tls = entry.tls;
    exchange.phases = entry.phases;
    const QStringList names
            = {u"new"_s, u"reused"_s, u"multiplexed"_s, u"retried"_s, u"ambiguous"_s};
    const net::ConnectionVerdict verdicts[]
            = {net::ConnectionVerdict::New, net::ConnectionVerdict::Reused,
               net::ConnectionVerdict::Multiplexed, net::ConnectionVerdict::Retried,
               net::ConnectionVerdict::Ambiguous};
    const qsizetype at = names.indexOf(entry.verdict);
    exchange.verdict = at >= 0 ? verdicts[at] : net::ConnectionVerdict::None;
    exchange.error = entry.error;
    // "C3 #4" is the recording session's own numbering, not an id to export; a HAR's is.
    static const QRegularExpression own(u"^C(\\d+) #(\\d+)$"_s);
    const QRegularExpressionMatch match = own.match(entry.connectionId);
    if (match.hasMatch()) {
        exchange.connection = match.captured(1).toInt();
        exchange.requestOnConnection = match.captured(2).toInt();
    } else {
        exchange.connectionId = entry.connectionId;
    }
    return exchange;
}

Result<int> HistoryStore::pruneOlderThan(const QDateTime &cutoff)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"DELETE FROM exchanges WHERE started_at < ?"_s);
    query.bindValue(0, cutoff.toLocalTime().toString(Qt::ISODateWithMs)); // as stored
    if (!query.exec())
        return sqlError(tr("pruning"), query.lastError());
    return query.numRowsAffected();
}

Result<int> HistoryStore::pruneToCount(int keep)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"DELETE FROM exchanges WHERE id NOT IN "
                  "(SELECT id FROM exchanges ORDER BY id DESC LIMIT ?)"_s);
    query.bindValue(0, qMax(0, keep));
    if (!query.exec())
        return sqlError(tr("pruning"), query.lastError());
    return query.numRowsAffected();
}

} // namespace tether::store
