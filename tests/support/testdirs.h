// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

namespace tether::testsupport {

// A file of ../shared/corpus (SOURCES.md there says where each came from).
inline QString corpus(const QString &relative)
{
    return QDir(qEnvironmentVariable("TETHER_SOURCE_DIR"))
            .filePath(QStringLiteral("../shared/corpus/") + relative);
}

// History, drafts and settings of this test process only, in a directory of its own (ctest's
// per-test HOME is kept across runs; this one starts empty).
inline void useOwnUserDirs(const QTemporaryDir &home)
{
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
}

} // namespace tether::testsupport
