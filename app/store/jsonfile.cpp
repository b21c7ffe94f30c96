// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/jsonfile.h"

#include "body/jsonreindenter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tether::store {

Result<QJsonObject> JsonFile::parse(const QByteArray &bytes, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error{u"parse-error"_s,
                     QObject::tr("%1:%2:%3: %4 — the file was not changed.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(line)
                             .arg(column)
                             .arg(error.errorString())};
    }
    if (!document.isObject())
        return Error{u"parse-error"_s,
                     QObject::tr("%1:1:1: expected a JSON object at the top level.")
                             .arg(QDir::toNativeSeparators(path))};
    return document.object();
}

Result<QJsonObject> JsonFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) // a FIFO would block, a device never end
        return Error{u"unreadable"_s,
                     QObject::tr("Cannot read %1: not a regular file.")
                             .arg(QDir::toNativeSeparators(path))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"unreadable"_s,
                     QObject::tr("Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    return parse(file.readAll(), path);
}

QByteArray JsonFile::format(const QJsonObject &object)
{
    // QJsonObject keeps keys sorted; the re-indenter gives the 2-space layout.
    return body::JsonReindenter::reindent(QJsonDocument(object).toJson(QJsonDocument::Compact), 2);
}

Result<void> JsonFile::writeTo(QIODevice &device, const QString &path, const QJsonObject &object)
{
    const QByteArray bytes = format(object);
    if (device.write(bytes) != bytes.size())
        return Error{u"write-failed"_s,
                     QObject::tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), device.errorString())};
    return {};
}

Result<void> JsonFile::write(const QString &path, const QJsonObject &object)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{
                u"write-failed"_s,
                QObject::tr("Cannot create the folder for %1").arg(QDir::toNativeSeparators(path))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"write-failed"_s,
                     QObject::tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    auto written = writeTo(file, path, object);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{u"write-failed"_s,
                     QObject::tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace tether::store
