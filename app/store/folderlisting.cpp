// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/folderlisting.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::store {

Result<QFileInfoList> FolderListing::enter(const QString &dir)
{
    const QFileInfo info(dir);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isDir())
        return Error{u"unreadable"_s, QObject::tr("%1 is not a folder.").arg(name)};
    const QString canonical = info.canonicalFilePath();
    if (m_visited.contains(canonical))
        return Error{u"link-loop"_s,
                     QObject::tr("%1 leads to %2, a folder this collection already holds (a "
                                 "symbolic link loop, or a second link to one folder).")
                             .arg(name, QDir::toNativeSeparators(canonical))};
    m_visited.insert(canonical);
    // Without read permission the listing is empty; without execute its entries cannot be
    // opened: either way the folder's requests would vanish without a word.
    if (!info.isReadable() || !info.isExecutable())
        return Error{u"unreadable"_s,
                     QObject::tr("Cannot read the folder %1: permission denied.").arg(name)};
    return QDir(dir).entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

Result<void> FolderListing::checkEntry(const QFileInfo &entry)
{
    const QString name = QDir::toNativeSeparators(entry.absoluteFilePath());
    if (entry.isSymLink() && !entry.exists())
        return Error{u"unreadable"_s,
                     QObject::tr("%1 is a symbolic link to %2, which does not exist.")
                             .arg(name, entry.symLinkTarget())};
    if (!entry.isDir() && !entry.isFile())
        return Error{u"unreadable"_s,
                     QObject::tr("%1 is not a regular file or a folder (a FIFO, device or "
                                 "socket).")
                             .arg(name)};
    return {};
}

} // namespace tether::store
