// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QFileInfoList>
#include <QSet>
#include <QString>

namespace tether::store {

// Lists the folders of one collection for a reader (Tether's own loader, the Bruno walker), one
// instance per walk: hidden entries included; a folder that cannot be read is an error naming
// it; a folder reached a second time (a symbolic link loop, or two links to one folder, which
// could multiply without end) is an error too. Never a silent skip.
class FolderListing
{
public:
    Result<QFileInfoList> enter(const QString &dir);
    // For an entry the reader is about to read: an error when it is a link to nothing, or
    // neither a regular file nor a folder (a FIFO would block the reader, a device never end).
    static Result<void> checkEntry(const QFileInfo &entry);

private:
    QSet<QString> m_visited; // canonical paths
};

} // namespace tether::store
