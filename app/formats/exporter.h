// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/environment.h"
#include "core/result.h"
#include "core/variableset.h"
#include "net/exchange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tether::formats {

struct ExportOptions
{
    QString folder; // only the requests in this folder
    QString requestPath; // only this request
    const core::Environment *environment = nullptr; // k6 defaults; values for resolve
    bool resolve = false; // curl and code: non-secret variable values for {{references}}
    QList<net::Exchange> exchanges; // har: what to write (the caller reads the history)
};

// One entry point for every export format, shared by tether-run export and the GUI.
class Exporter
{
public:
    // postman, http, curl, har, k6, python, javascript, qt
    static QStringList formats();
    static QString fileSuffix(const QString &format);
    static Result<QString> exportText(const core::Collection &collection, const QString &format,
                                      const ExportOptions &options = {});
    // The request ready to export: inheritance applied, and with resolve the non-secret values
    // of the collection (and environment) substituted. Secrets are never written out.
    static core::Request prepared(const core::Collection &collection,
                                  const core::SavedRequest &request, const ExportOptions &options);
    static core::Request resolvedForCopy(const core::Request &request,
                                         const core::VariableSet &variables);
};

} // namespace tether::formats
