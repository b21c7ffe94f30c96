// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tether::store {

static Error cannotWrite(const QString &path, const QString &why)
{
    return Error{u"write-failed"_s,
                 QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
}

bool OutputFile::writesInPlace(const QString &path)
{
    if (path == u"-")
        return true;
    // Judged on the path as given: QSaveFile follows /dev/stdout to whatever the shell opened
    // and would replace that file under the shell's descriptor.
    const QFileInfo info(path);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    if (absolute.startsWith(u"/dev/"_s) || absolute.startsWith(u"/proc/"_s))
        return true;
    return info.exists() && !info.isFile() && !info.isDir();
}

Result<bool> OutputFile::write(const QString &path, const Writer &writer)
{
    QString why;
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return cannotWrite(QObject::tr("standard output"), out.errorString());
        if (!writer(&out, &why) || !out.flush())
            return cannotWrite(QObject::tr("standard output"),
                               why.isEmpty() ? out.errorString() : why);
        return true;
    }
    if (QFileInfo(path).isDir())
        return cannotWrite(path, QObject::tr("it is a folder"));
    if (writesInPlace(path)) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return cannotWrite(path, out.errorString());
        if (!writer(&out, &why))
            return cannotWrite(path, why.isEmpty() ? out.errorString() : why);
        return true;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    if (!writer(&out, &why)) {
        out.cancelWriting();
        return cannotWrite(path, why.isEmpty() ? out.errorString() : why);
    }
    if (!out.commit())
        return cannotWrite(path, out.errorString());
    return true;
}

Result<bool> OutputFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice *device, QString *why) {
        if (device->write(bytes) == bytes.size())
            return true;
        *why = device->errorString();
        return false;
    });
}

} // namespace tether::store
