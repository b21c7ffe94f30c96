// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "run/datafile.h"
#include "run/jsonpath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::run {

Result<QList<DataRow>> DataFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"unreadable"_s,
                     QObject::tr("Cannot read the data file %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive) || bytes.trimmed().startsWith('['))
        return parseJson(bytes, path);
    return parseCsv(QString::fromUtf8(bytes), path);
}

Result<QList<DataRow>> DataFile::parseJson(const QByteArray &bytes, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Error{u"parse-error"_s,
                     QObject::tr("%1: expected a JSON array of objects (%2 at offset %3).")
                             .arg(path,
                                  error.error == QJsonParseError::NoError
                                          ? QObject::tr("not an array")
                                          : error.errorString())
                             .arg(error.offset)};
    QList<DataRow> rows;
    for (const QJsonValue &value : document.array()) {
        if (!value.isObject())
            return Error{
                    u"parse-error"_s,
                    QObject::tr("%1: row %2 is not an object.").arg(path).arg(rows.size() + 1)};
        DataRow row;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            row.insert(it.key(), JsonPath::toText(it.value()));
        rows.append(row);
    }
    return rows;
}

Result<QList<DataRow>> DataFile::parseCsv(const QString &text, const QString &path)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record.append(field);
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{u"parse-error"_s,
                     QObject::tr("%1:%2: a quoted field is not closed.").arg(path).arg(line)};
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    if (records.isEmpty())
        return Error{u"parse-error"_s, QObject::tr("%1: no header row.").arg(path)};
    const QStringList header = records.takeFirst();
    QList<DataRow> rows;
    for (qsizetype r = 0; r < records.size(); ++r) {
        if (records[r].size() != header.size())
            return Error{u"parse-error"_s,
                         QObject::tr("%1: row %2 has %3 fields, the header has %4.")
                                 .arg(path)
                                 .arg(r + 2)
                                 .arg(records[r].size())
                                 .arg(header.size())};
        DataRow row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header[c].trimmed(), records[r][c]);
        rows.append(row);
    }
    return rows;
}

} // namespace tether::run
