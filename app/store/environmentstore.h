#pragma once

#include "core/result.h"
#include "environment.h"

namespace tether::store {

class EnvironmentStore
{
public:
    static QString environmentFile(const QString &collectionDir, const QString &name);
    static Result<Environment> load(const QString &collectionDir, const QString &name);
    static Result<bool> save(const QString &collectionDir, const Environment &environment);

    // Globals: QStandardPaths::AppConfigLocation/globals.json (an empty set if missing).
    static QString globalsFile();
    static Result<Environment> loadGlobals();
    static Result<bool> saveGlobals(const Environment &globals);

private:
    static Result<Environment> loadFile(const QString &path, const QString &name);
    static Result<bool> saveFile(const QString &path, const Environment &environment);
};

} // namespace tether::store
