// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/historycommand.h"
#include "core/counted.h"

#include "core/timestamp.h"
#include "net/exchangejson.h"
#include "store/historystore.h"
#include "store/requestcodec.h"

#include "cli/subcommandparser.h"
#include "workbench/commandcontext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString HistoryCommand::name() const
{
    return u"history"_s;
}

QString HistoryCommand::synopsis() const
{
    return uR"(  history [--json] [--limit N] [--origin ORIGIN]
                          list recorded exchanges
)"_s;
}

QString HistoryCommand::usage() const
{
    return uR"(Usage: tether-run history [--json] [--limit N] [--origin ORIGIN] [--method M] [--status N] [TEXT]
       tether-run history --prune-older-than DAYS | --keep N

Lists recorded exchanges, newest first: id, time, method, status, connection, total ms, URL.
Secrets are masked; 'tether-run replay ID' sends one again.
)"_s;
}

int HistoryCommand::run(const QStringList &arguments, workbench::CommandContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"json"_s);
    const QCommandLineOption limit(u"limit"_s, u"limit"_s, u"N"_s, u"50"_s);
    const QCommandLineOption origin(u"origin"_s, u"origin"_s, u"ORIGIN"_s);
    const QCommandLineOption method(u"method"_s, u"method"_s, u"M"_s);
    const QCommandLineOption status(u"status"_s, u"status"_s, u"N"_s);
    const QCommandLineOption pruneDays(u"prune-older-than"_s, u"prune"_s, u"DAYS"_s);
    const QCommandLineOption keep(u"keep"_s, u"keep"_s, u"N"_s);
    parser.addOptions({json, limit, origin, method, status, pruneDays, keep});
    if (auto exitCode = SubcommandParser::parse(parser, u"history"_s, arguments, usage()))
        return *exitCode;
    store::HistoryQuery query;
    bool ok = true;
    query.limit = parser.value(limit).toInt(&ok);
    if (!ok || query.limit < 1) {
        err << QObject::tr("--limit takes a whole number of at least 1.") << Qt::endl;
        return 2;
    }
    query.origin = parser.value(origin);
    query.method = parser.value(method).toUpper();
    query.status = parser.value(status).toInt();
    query.text = parser.positionalArguments().join(u' ');

    const bool pruning = parser.isSet(pruneDays) || parser.isSet(keep);
    // Listing only reads: it never creates, migrates or moves the database.
    auto opened = context.history(pruning ? store::HistoryStore::Access::ReadWrite
                                          : store::HistoryStore::Access::ReadOnly);
    if (!opened && opened.error().code == u"history-missing") {
        if (parser.isSet(json))
            out << "[]\n";
        else
            err << opened.error().message << Qt::endl;
        return 0;
    }
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return 1;
    }
    store::HistoryStore &history = *opened.value();
    if (!history.notice().isEmpty())
        err << u"warning: "_s << history.notice() << Qt::endl;
    if (parser.isSet(pruneDays) || parser.isSet(keep)) {
        int removed = 0;
        if (parser.isSet(pruneDays)) {
            const int days = parser.value(pruneDays).toInt(&ok);
            if (!ok || days < 0) {
                err << QObject::tr("--prune-older-than takes a number of days.") << Qt::endl;
                return 2;
            }
            auto pruned = history.pruneOlderThan(QDateTime::currentDateTime().addDays(-days));
            if (!pruned) {
                err << pruned.error().message << Qt::endl;
                return 1;
            }
            removed += pruned.value();
        }
        if (parser.isSet(keep)) {
            const int count = parser.value(keep).toInt(&ok);
            if (!ok || count < 0) {
                err << QObject::tr("--keep takes a whole number.") << Qt::endl;
                return 2;
            }
            auto pruned = history.pruneToCount(count);
            if (!pruned) {
                err << pruned.error().message << Qt::endl;
                return 1;
            }
            removed += pruned.value();
        }
        err << QObject::tr("removed %1 from history")
                        .arg(core::counted(removed, QObject::tr("exchange"),
                                           QObject::tr("exchanges")))
            << Qt::endl;
        return 0;
    }
    auto entries = history.query(query);
    if (!entries) {
        err << entries.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const store::HistoryEntry &entry : entries.value()) {
            QJsonObject headers;
            for (const auto &[name, value] : entry.responseHeaders)
                headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
            QJsonObject object{
                    {u"id"_s, entry.id},
                    {u"startedAt"_s, core::isoTimestamp(entry.startedAt)},
                    {u"method"_s, entry.method},
                    {u"url"_s, entry.url},
                    {u"origin"_s, entry.origin},
                    {u"status"_s, entry.status},
                    {u"protocol"_s, entry.protocol},
                    {u"connection"_s, entry.verdict},
                    {u"phases"_s, net::ExchangeJson::phases(entry.phases)},
                    {u"request"_s, store::RequestCodec::encode(entry.request)},
                    {u"headers"_s, headers},
                    {u"bodySize"_s, entry.bodySize},
                    {u"bodyTruncated"_s, entry.bodyTruncated},
                    {u"collection"_s, entry.collectionDir},
                    {u"environment"_s, entry.environment},
                    {u"error"_s, entry.error},
            };
            if (!entry.connectionId.isEmpty())
                object.insert(u"connectionId"_s, entry.connectionId);
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const store::HistoryEntry &entry : entries.value()) {
        out << u"%1  %2  %3 %4  %5  %6 ms  %7"_s.arg(entry.id, 5)
                        .arg(entry.startedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s), entry.method)
                        .arg(entry.status ? QString::number(entry.status) : u"---"_s)
                        .arg(entry.verdict, -8)
                        .arg(entry.phases.totalMs, 0, 'f', 1)
                        .arg(entry.url)
            << Qt::endl;
    }
    return 0;
}

} // namespace tether::cli
