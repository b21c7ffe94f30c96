#include "recentexchangesmodel.h"

using namespace Qt::StringLiterals;

namespace tether::net {

RecentExchangesModel::RecentExchangesModel(int capacity, QObject *parent)
    : QAbstractListModel(parent), m_capacity(qMax(1, capacity))
{ }

void RecentExchangesModel::append(const Exchange &exchange)
{
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    Entry entry;
    entry.id = exchange.id;
    const QUrl shown = exchange.finalUrl.isValid() ? exchange.finalUrl : exchange.url;
    entry.label = QString::fromUtf8(exchange.method) + u' ' + shown.path(QUrl::FullyEncoded)
            + (shown.hasQuery() ? u"?"_s + shown.query() : QString());
    entry.origin = exchange.originName();
    entry.status = exchange.status;
    entry.verdict = exchange.verdict;
    entry.phases = exchange.phases;
    entry.protocol = exchange.protocol;
    entry.error = exchange.error;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void RecentExchangesModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int RecentExchangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentExchangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1  %2  %3"_s.arg(entry.label,
                                   entry.status ? QString::number(entry.status) : entry.error,
                                   verdictLabel(entry.verdict));
    case Qt::ToolTipRole:
        return u"%1\n%2 · %3 ms"_s.arg(entry.label, verdictLabel(entry.verdict),
                                       QString::number(entry.phases.totalMs, 'f', 1));
    case VerdictRole:
        return int(entry.verdict);
    case VerdictNameRole:
        return verdictName(entry.verdict);
    case StatusRole:
        return entry.status;
    case QueuedMsRole:
        return entry.phases.queuedMs;
    case ConnectMsRole:
        return entry.phases.connectMs;
    case UploadMsRole:
        return entry.phases.uploadMs;
    case WaitMsRole:
        return entry.phases.waitMs;
    case DownloadMsRole:
        return entry.phases.downloadMs;
    case TotalMsRole:
        return entry.phases.totalMs;
    case OriginRole:
        return entry.origin;
    }
    return {};
}

QHash<int, QByteArray> RecentExchangesModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(VerdictNameRole, "verdict");
    names.insert(StatusRole, "status");
    names.insert(TotalMsRole, "totalMs");
    return names;
}

} // namespace tether::net
