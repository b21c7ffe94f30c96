// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/environment.h"
#include "core/result.h"

namespace tether::store {

class EnvironmentStore
{
public:
    static QString environmentFile(const QString &collectionDir, const QString &name);
    static Result<core::Environment> load(const QString &collectionDir, const QString &name);
    static Result<void> save(const QString &collectionDir, const core::Environment &environment);

    // Globals: QStandardPaths::AppConfigLocation/globals.json (an empty set if missing).
    static QString globalsFile();
    static Result<core::Environment> loadGlobals();
    static Result<void> saveGlobals(const core::Environment &globals);

private:
    static Result<core::Environment> loadFile(const QString &path, const QString &name);
    static Result<void> saveFile(const QString &path, const core::Environment &environment);
};

} // namespace tether::store
