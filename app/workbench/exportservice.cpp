// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "workbench/exportservice.h"
#include "workbench/dispatcher.h"

#include "formats/curlexporter.h"
#include "formats/exporter.h"
#include "formats/harexporter.h"
#include "formats/snippetexporter.h"
#include "store/historystore.h"
#include "store/outputfile.h"
#include "store/workspace.h"

#include <QDir>
#include <QJsonDocument>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::workbench {

Result<QList<net::Exchange>> ExportService::collectionHistory(store::HistoryStore &history,
                                                              const QString &collectionDir,
                                                              int limit)
{
    store::HistoryQuery query;
    query.limit = 100000;
    auto entries = history.query(query); // newest first
    if (!entries)
        return entries.error();
    const QString dir = QDir::cleanPath(collectionDir);
    QList<net::Exchange> exchanges;
    for (const store::HistoryEntry &entry : std::as_const(entries.value())) {
        if (QDir::cleanPath(entry.collectionDir) != dir)
            continue;
        if (limit > 0 && exchanges.size() == limit)
            break;
        exchanges.prepend(store::HistoryStore::toExchange(entry));
    }
    return exchanges;
}

Result<QString> ExportService::writeHar(const QList<net::Exchange> &exchanges, const QString &file)
{
    const QByteArray bytes = QJsonDocument(formats::HarExporter::exportExchanges(exchanges))
                                     .toJson(QJsonDocument::Indented);
    auto written = store::OutputFile::write(file, bytes);
    if (!written)
        return written.error();
    return QObject::tr("%1 exchanges exported to %2")
            .arg(exchanges.size())
            .arg(QDir::toNativeSeparators(file));
}

Result<QString> ExportService::writeCollection(const core::Collection &collection,
                                               const QString &format,
                                               formats::ExportOptions options, const QString &file,
                                               store::HistoryStore &history)
{
    if (format == u"har") {
        auto exchanges = collectionHistory(history, collection.dir);
        if (!exchanges)
            return exchanges.error();
        options.exchanges = exchanges.value();
    }
    auto text = formats::Exporter::exportText(collection, format, options);
    if (!text)
        return text.error();
    auto written = store::OutputFile::write(file, text.value().toUtf8());
    if (!written)
        return written.error();
    return QObject::tr("Exported to %1").arg(QDir::toNativeSeparators(file));
}

QString ExportService::requestAs(Dispatcher &dispatcher, store::Outgoing outgoing,
                                 const QString &format)
{
    outgoing.allowOutsideFiles = true; // nothing is sent: the command names the file
    auto prepared = dispatcher.prepare(outgoing);
    const core::Request ready = prepared ? formats::Exporter::resolvedForCopy(
                                        prepared.value().request, prepared.value().variables)
                                         : outgoing.request;
    return format == u"curl" ? formats::CurlExporter::toCommand(ready)
                             : formats::SnippetExporter::snippet(format, ready);
}

} // namespace tether::workbench
