// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "formats/importresult.h"

#include <QString>
#include <QStringList>

namespace tether::formats {

// Reads any supported file or folder: the format is detected from the content (a Postman
// collection or environment, an Insomnia export, HAR, a Bruno folder or .bru file, .http, curl)
// unless one is forced. Parsing never touches the GUI thread's state, so it can run on a worker.
class Importer
{
public:
    static QStringList formats(); // "postman", "insomnia", "bruno", "har", "http", "curl"
    static Result<ImportResult> importPath(const QString &path, const QString &format = {});
    // Pasted or dropped text (no file): curl, .http, or any JSON/YAML format.
    static Result<ImportResult> importText(const QString &text, const QString &nameForMessages,
                                           const QString &format = {}, const QString &baseDir = {});
    static QString detect(const QString &text, const QString &fileName);
};

} // namespace tether::formats
