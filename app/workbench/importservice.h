// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QStringList>

namespace tether::formats {
struct ImportResult;
}
namespace tether::store {
class Workspace;
}

namespace tether::workbench {

// What an import did, for the user: one summary line, and the secrets that did not reach the
// keychain (they need attention now, not in a status line).
struct ImportOutcome
{
    QString summary;
    QStringList keychainWarnings;
};

// Writes what an importer read into a collection folder (a new one or an open collection),
// records its exchanges in history when asked, and opens or reloads the collection.
class ImportService
{
public:
    explicit ImportService(store::Workspace *workspace) : m_workspace(workspace) { }

    Result<ImportOutcome> write(const formats::ImportResult &result, const QString &dir,
                                bool addToHistory) const;

private:
    store::Workspace *m_workspace;
};

} // namespace tether::workbench
