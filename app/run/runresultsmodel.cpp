// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "run/runresultsmodel.h"

using namespace Qt::StringLiterals;

namespace tether::run {

RunResultsModel::RunResultsModel(QObject *parent) : QAbstractTableModel(parent) { }

void RunResultsModel::clear()
{
    beginResetModel();
    m_results.clear();
    m_failures = 0;
    endResetModel();
}

void RunResultsModel::append(const RequestResult &result)
{
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results.append(result);
    m_failures += result.passed() ? 0 : 1;
    endInsertRows();
}

int RunResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int RunResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestResult &result = m_results.at(index.row());
    if (role == PassedRole)
        return result.passed();
    if (role == Qt::ToolTipRole) {
        QStringList lines{result.method + u' ' + result.url};
        if (!result.error.isEmpty())
            lines.append(result.error);
        if (index.column() == ConnectionColumn)
            lines.append(net::verdictExplanation(result.verdict));
        for (const CheckResult &check : result.checks)
            lines.append((check.passed ? u"✓ "_s : u"✗ "_s) + check.description
                         + (check.passed ? QString() : u": "_s + check.message));
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RequestColumn:
        return result.path;
    case IterationColumn:
        return result.iteration + 1;
    case StatusColumn:
        return result.status ? QVariant(result.status) : QVariant(tr("error"));
    case TimeColumn:
        return QString::number(result.timeMs, 'f', 1);
    case ConnectionColumn:
        // "reused C2 #4": the badge, the connection and which request on it this was.
        return result.connection > 0 ? u"%1 C%2 #%3"_s.arg(net::verdictName(result.verdict))
                                               .arg(result.connection)
                                               .arg(result.requestOnConnection)
                                     : net::verdictName(result.verdict);
    case ChecksColumn: {
        const auto passed = std::count_if(result.checks.cbegin(), result.checks.cend(),
                                          [](const CheckResult &c) { return c.passed; });
        const QString mark = result.passed() ? u"✓ "_s : u"✗ "_s;
        if (!result.error.isEmpty())
            return QString(mark + result.error);
        if (result.checks.isEmpty())
            return QString(mark + tr("no checks"));
        return QString(mark + tr("%1/%2 passed").arg(passed).arg(result.checks.size()));
    }
    }
    return {};
}

QVariant RunResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case IterationColumn:
        return tr("Iter.");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("ms");
    case ConnectionColumn:
        return tr("Conn");
    case ChecksColumn:
        return tr("Checks");
    }
    return {};
}

} // namespace tether::run
