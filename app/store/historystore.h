// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "core/result.h"
#include "net/exchange.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QSqlRecord;

class QSqlDatabase;

namespace tether::store {

// One row of history: what was sent (secrets masked, {{references}} kept for replay), the
// response head, the body up to a cap, phases and connection facts.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime startedAt;
    QString method;
    QString url; // as sent, secrets masked
    QString origin;
    int status = 0;
    QString reason;
    QString protocol;
    bool tls = false;
    QString verdict;
    net::Phases phases;
    core::Request request; // the template: replay resolves it again
    QString collectionDir; // where the request came from, if saved ("" otherwise)
    QString environment;
    net::HeaderList requestHeaders; // masked
    net::HeaderList responseHeaders;
    QByteArray body;
    qint64 bodySize = 0;
    bool bodyTruncated = false;
    QString error;
    QString connectionId; // imported from a HAR: the browser's connection id
    QString source; // who sent it: HistoryStore::sources(); "" in older databases
    QString runId; // one run of a collection (Runner or `run`); "" otherwise
    // A run shown as one row (HistoryQuery::groupRuns): how many exchanges it holds and how
    // many failed; the rest of the row is its latest exchange. 0 for a single exchange.
    int runExchanges = 0;
    int runFailures = 0;

    bool isRunRow() const { return runExchanges > 0; }
};

struct HistoryQuery
{
    QString text; // matched against URL and method
    QString method;
    int status = 0; // exact; or statusClass
    int statusClass = 0; // 2 for 2xx ...
    QString origin;
    QString source; // one of HistoryStore::sources(); "" for all
    QString runId; // only this run's exchanges
    bool groupRuns = false; // each run as one row (HistoryEntry::isRunRow)
    int limit = 200;
};

// SQLite (Qt Sql) in the user's data folder, WAL mode so a crash mid-write loses nothing
// committed. Inserts are queued and written in one transaction per batch, never per exchange on
// the hot path. A database that does not open or fails its integrity check is moved aside.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 defaultBodyCap = 1024 * 1024;
    // The whole database's share of the disk (QSettings "history/totalCapBytes"; 0: no cap).
    // Past it the oldest bodies go first, then the oldest exchanges.
    static constexpr qint64 defaultTotalCap = 200'000'000;

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    static QString defaultPath();
    // Opens (creating) the database; a message in `notice` says if a corrupt one was moved.
    enum class Access { ReadWrite, ReadOnly };
    // ReadOnly (the history command's listing) never creates, migrates or moves the file.
    Result<void> open(const QString &path = defaultPath(), Access access = Access::ReadWrite);
    QString notice() const { return m_notice; }
    QString path() const { return m_path; }

    void setBodyCap(qint64 bytes) { m_bodyCap = bytes; }
    void setTotalCap(qint64 bytes) { m_totalCap = bytes; }
    // Bytes the database's pages hold (free pages, reused before the file grows, not counted).
    Result<qint64> usedBytes() const;
    // Prunes oldest bodies, then oldest exchanges, until the database is within 90 % of the cap.
    Result<void> enforceTotalCap();
    // Who sent an exchange, as history keeps it: the window's editor, the Runner, tether-run,
    // or an import (a HAR's entries).
    static constexpr QLatin1StringView editorSource{"editor"};
    static constexpr QLatin1StringView runnerSource{"runner"};
    static constexpr QLatin1StringView commandLineSource{"cli"};
    static constexpr QLatin1StringView importSource{"import"};
    static QStringList sources();

    // Queues the exchange; written within a moment, or at flush(). The run it belongs to is
    // its context's runId.
    void record(const net::Exchange &exchange, const QString &collectionDir = {},
                const QString &environment = {}, const QString &source = {});
    Result<void> flush();

    Result<QList<HistoryEntry>> query(const HistoryQuery &query) const;
    Result<HistoryEntry> entry(qint64 id) const;
    Result<int> pruneOlderThan(const QDateTime &cutoff);
    Result<int> pruneToCount(int keep);
    // An entry in the shape the response view shows.
    static net::Exchange toExchange(const HistoryEntry &entry);
    // One row as read back (columns by name); whatever the file holds, never more than an
    // entry with empty or zero fields (fuzzed: tests/fuzz/fuzz_history.cpp).
    static HistoryEntry fromRecord(const QSqlRecord &row);

Q_SIGNALS:
    void recorded(int count);
    // A flush on the timer failed; the exchanges stay queued and the next flush retries.
    void flushFailed(const QString &message);

private:
    Result<void> createSchema(QSqlDatabase &db);
    static HistoryEntry toEntry(const net::Exchange &exchange, qint64 bodyCap);

    QString m_connectionName;
    QString m_path;
    QString m_notice;
    qint64 m_bodyCap = defaultBodyCap;
    qint64 m_totalCap = defaultTotalCap;
    QList<HistoryEntry> m_pending;
    QTimer m_flushTimer;
};

} // namespace tether::store
