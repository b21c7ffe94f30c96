// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/historymodel.h"
#include "core/counted.h"

using namespace Qt::StringLiterals;

namespace tether::store {

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &HistoryStore::recorded, this, &HistoryModel::refresh);
}

void HistoryModel::setQuery(const HistoryQuery &query)
{
    m_query = query;
    refresh();
}

void HistoryModel::refresh()
{
    auto entries = m_store ? m_store->query(m_query)
                           : Result<QList<HistoryEntry>>(QList<HistoryEntry>{});
    beginResetModel();
    if (entries) {
        m_entries = entries.value();
        m_lastError.clear();
    } else {
        m_entries.clear();
        m_lastError = entries.error().message;
    }
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == RunIdRole)
        return entry.isRunRow() ? entry.runId : QString();
    if (entry.isRunRow())
        return runData(entry, index.column(), role);
    if (role == Qt::ToolTipRole)
        return entry.error.isEmpty() ? entry.url : entry.url + u"\n"_s + entry.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return entry.startedAt.toString(u"HH:mm:ss"_s);
    case MethodColumn:
        return entry.method;
    case StatusColumn:
        if (!entry.status)
            return tr("error");
        // A head arrived but the body did not, whole: kept, and marked so.
        return entry.error.isEmpty() ? QVariant(entry.status)
                                     : QVariant(tr("%1 incomplete").arg(entry.status));
    case ConnectionColumn:
        // Tether's own ("reused C3 #4") or an imported HAR's browser connection ("reused #12").
        if (entry.connectionId.isEmpty())
            return entry.verdict;
        return entry.connectionId.startsWith(u'C')
                ? u"%1 %2"_s.arg(entry.verdict, entry.connectionId)
                : u"%1 #%2"_s.arg(entry.verdict, entry.connectionId);
    case TotalColumn:
        return QString::number(entry.phases.totalMs, 'f', 1);
    case UrlColumn:
        return entry.url;
    }
    return {};
}

QString HistoryModel::sourceName(const QString &source)
{
    if (source == HistoryStore::editorSource)
        return tr("editor");
    if (source == HistoryStore::runnerSource)
        return tr("Runner");
    if (source == HistoryStore::commandLineSource)
        return tr("tether-run");
    if (source == HistoryStore::importSource)
        return tr("import");
    return source;
}

QVariant HistoryModel::runData(const HistoryEntry &run, int column, int role) const
{
    const QString collection = run.collectionDir.isEmpty()
            ? tr("a collection")
            : run.collectionDir.section(u'/', -1, -1, QString::SectionSkipEmpty);
    const QString summary
            = tr("Run of %1 · %2, %3 failed")
                      .arg(collection,
                           core::counted(run.runExchanges, tr("exchange"), tr("exchanges")))
                      .arg(run.runFailures);
    if (role == Qt::ToolTipRole)
        return QString(
                summary
                + (run.source.isEmpty() ? QString() : tr(", from %1").arg(sourceName(run.source)))
                + tr("\nDouble-click (or Enter) to list its exchanges."));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TimeColumn:
        return run.startedAt.toString(u"HH:mm:ss"_s);
    case MethodColumn:
        return tr("RUN");
    case StatusColumn:
        return run.runFailures ? tr("%1 failed").arg(run.runFailures) : tr("passed");
    case ConnectionColumn:
        return core::counted(run.runExchanges, tr("exchange"), tr("exchanges"));
    case TotalColumn:
        return QString();
    case UrlColumn:
        return summary;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case ConnectionColumn:
        return tr("Conn");
    case TotalColumn:
        return tr("ms");
    case UrlColumn:
        return tr("URL");
    }
    return {};
}

} // namespace tether::store
