// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "workbench/importservice.h"

#include "core/counted.h"
#include "formats/importer.h"
#include "formats/importwriter.h"
#include "store/collectiontreemodel.h"
#include "store/historystore.h"
#include "store/workspace.h"

#include <QDir>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::workbench {

Result<ImportOutcome> ImportService::write(const formats::ImportResult &result, const QString &dir,
                                           bool addToHistory) const
{
    const bool wasOpen = m_workspace->collections()->collectionDirs().contains(dir);
    auto written = formats::ImportWriter::write(result, dir, *m_workspace->secretStore());
    if (!written)
        return written.error();
    if (addToHistory) {
        for (const net::Exchange &exchange : result.exchanges)
            m_workspace->history()->record(exchange, dir, {}, store::HistoryStore::importSource);
        auto flushed = m_workspace->history()->flush();
        if (!flushed)
            return flushed.error();
    }
    if (wasOpen) {
        auto reloaded = m_workspace->reload(dir);
        if (!reloaded)
            return reloaded.error();
    } else {
        auto opened = m_workspace->openCollection(dir);
        if (!opened)
            return opened.error();
    }
    const formats::ImportSummary &summary = written.value();
    ImportOutcome outcome;
    // The writer appends its keychain warnings after the importer's own.
    outcome.keychainWarnings = summary.warnings.mid(result.warnings.size());
    const auto requests = summary.requests.size();
    QStringList parts;
    if (requests > 0 || summary.environments.isEmpty())
        parts.append(core::counted(requests, QObject::tr("request"), QObject::tr("requests")));
    if (!summary.environments.isEmpty())
        parts.append((summary.environments.size() == 1 ? QObject::tr("environment %1")
                                                       : QObject::tr("environments %1"))
                             .arg(summary.environments.join(u", "_s)));
    // An environment alone is not an import of nothing: it was added to the collection.
    const QString what = requests == 0 && !summary.environments.isEmpty()
            ? QObject::tr("Added %1 to %2")
            : QObject::tr("Imported %1 into %2");
    outcome.summary = what.arg(parts.join(QObject::tr(" and ")),
                               QDir::toNativeSeparators(QDir(dir).filePath(summary.folder)))
            + (summary.warnings.isEmpty()
                       ? QString()
                       : QObject::tr(" — %1 not mapped (listed in the import summary)")
                                 .arg(summary.warnings.size()));
    return outcome;
}

} // namespace tether::workbench
