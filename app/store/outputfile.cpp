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

Result<void> OutputFile::write(const QString &path, const Writer &writer)
{
    // The writer's own reason when it gave one, else the device's.
    const auto failed = [](const QString &where, const Error &error, const QIODevice &device) {
        return cannotWrite(where, error.message.isEmpty() ? device.errorString() : error.message);
    };
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return cannotWrite(QObject::tr("standard output"), out.errorString());
        if (auto written = writer(&out); !written)
            return failed(QObject::tr("standard output"), written.error(), out);
        if (!out.flush())
            return cannotWrite(QObject::tr("standard output"), out.errorString());
        return {};
    }
    if (QFileInfo(path).isDir())
        return cannotWrite(path, QObject::tr("it is a folder"));
    if (writesInPlace(path)) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return cannotWrite(path, out.errorString());
        if (auto written = writer(&out); !written)
            return failed(path, written.error(), out);
        return {};
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    if (auto written = writer(&out); !written) {
        out.cancelWriting();
        return failed(path, written.error(), out);
    }
    if (!out.commit())
        return cannotWrite(path, out.errorString());
    return {};
}

Result<void> OutputFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice *device) -> Result<void> {
        if (device->write(bytes) == bytes.size())
            return {};
        return Error{u"write-failed"_s, device->errorString()};
    });
}

} // namespace tether::store
