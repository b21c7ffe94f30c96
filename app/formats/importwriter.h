// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "formats/importresult.h"

#include <QString>
#include <QStringList>

namespace tether::secrets {
class SecretStore;
}

namespace tether::formats {

struct ImportSummary
{
    QString collectionDir;
    QString folder; // where the requests went ("" = the collection's top level)
    QStringList requests; // "GET https://… → folder/name"
    QStringList environments;
    QStringList warnings; // what could not be mapped, and secrets that did not reach the keychain
};

// Writes an import into a collection folder: a new collection when the folder holds none (the
// import at its top level), else a new folder named after the import. Typed secrets (auth
// passwords, tokens, secret environment values) go to the keychain; the files get references.
// If no keychain answers, the reference is written and the summary says which secret to set.
class ImportWriter
{
public:
    static Result<ImportSummary> write(ImportResult import, const QString &collectionDir,
                                       secrets::SecretStore &secretStore);
};

} // namespace tether::formats
