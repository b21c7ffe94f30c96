// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "body/bodylinesmodel.h"

#include <QByteArrayMatcher>

using namespace Qt::StringLiterals;

namespace tether::body {

BodyLinesModel::BodyLinesModel(QObject *parent) : QAbstractListModel(parent) { }

void BodyLinesModel::setBody(FormattedBody body)
{
    beginResetModel();
    m_body = std::move(body);
    m_file.reset();
    endResetModel();
}

void BodyLinesModel::setFileLines(std::shared_ptr<const FileLines> lines, FormattedBody::Kind kind)
{
    beginResetModel();
    m_body = {};
    m_file = std::move(lines);
    m_fileKind = kind;
    endResetModel();
}

int BodyLinesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_file ? m_file->rowCount() : m_body.lineCount();
}

QVariant BodyLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == KindRole)
        return int(m_file ? m_fileKind : m_body.kind);
    if (role != Qt::DisplayRole)
        return {};
    const QByteArray line = m_file ? m_file->row(index.row()) : m_body.line(index.row());
    if (line.size() > maxLineChars)
        return QString(QString::fromUtf8(line.left(maxLineChars)) + u" …"_s);
    return QString::fromUtf8(line);
}

int BodyLinesModel::find(const QString &needle, int from, Qt::CaseSensitivity sensitivity) const
{
    if (m_file)
        return m_file->find(needle.toUtf8(), from, sensitivity);
    if (needle.isEmpty() || m_body.lineStarts.isEmpty())
        return -1;
    const int lines = m_body.lineCount();
    from = qBound(0, from, lines - 1);
    qsizetype position = -1;
    const QByteArray pattern = needle.toUtf8();
    const qsizetype start = m_body.lineStarts.at(from);
    if (sensitivity == Qt::CaseSensitive) {
        const QByteArrayMatcher matcher(pattern);
        position = matcher.indexIn(m_body.text, start);
        if (position < 0)
            position = matcher.indexIn(m_body.text, 0);
    } else {
        // Lower-case both once; fine for the sizes a person searches interactively.
        const QByteArray haystack = m_body.text.toLower();
        const QByteArrayMatcher matcher(pattern.toLower());
        position = matcher.indexIn(haystack, start);
        if (position < 0)
            position = matcher.indexIn(haystack, 0);
    }
    if (position < 0)
        return -1;
    const auto it
            = std::upper_bound(m_body.lineStarts.cbegin(), m_body.lineStarts.cend(), position);
    return int(std::distance(m_body.lineStarts.cbegin(), it)) - 1;
}

} // namespace tether::body
