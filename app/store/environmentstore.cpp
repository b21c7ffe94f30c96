// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/environmentstore.h"
#include "store/collectionstore.h"
#include "store/jsonfile.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tether::store {

QString EnvironmentStore::environmentFile(const QString &collectionDir, const QString &name)
{
    return QDir(collectionDir)
            .filePath(u"environments/"_s + CollectionStore::safeFileName(name) + u".json"_s);
}

QString EnvironmentStore::globalsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .filePath(u"globals.json"_s);
}

Result<core::Environment> EnvironmentStore::loadFile(const QString &path, const QString &name)
{
    auto object = JsonFile::read(path);
    if (!object)
        return object.error();
    core::Environment environment;
    environment.raw = object.value();
    environment.name = environment.raw.value(u"name"_s).toString(name);
    environment.variables = CollectionStore::decodeVariables(environment.raw);
    return environment;
}

Result<void> EnvironmentStore::saveFile(const QString &path, const core::Environment &environment)
{
    QJsonObject object = environment.raw;
    object.insert(u"format"_s, u"tether-environment"_s);
    object.insert(u"version"_s, CollectionStore::formatVersion);
    object.insert(u"name"_s, environment.name);
    object.insert(u"variables"_s,
                  CollectionStore::encodeVariables(environment.variables).value(u"variables"_s));
    return JsonFile::write(path, object);
}

Result<core::Environment> EnvironmentStore::load(const QString &collectionDir, const QString &name)
{
    const QString path = environmentFile(collectionDir, name);
    if (!QFileInfo::exists(path))
        return Error{u"no-environment"_s,
                     QObject::tr("The collection has no environment \"%1\" (%2).")
                             .arg(name, QDir::toNativeSeparators(path))};
    return loadFile(path, name);
}

Result<void> EnvironmentStore::save(const QString &collectionDir,
                                    const core::Environment &environment)
{
    const QString path = environmentFile(collectionDir, environment.name);
    if (auto inside = CollectionStore::checkWriteInside(collectionDir, path); !inside)
        return inside;
    return saveFile(path, environment);
}

Result<core::Environment> EnvironmentStore::loadGlobals()
{
    if (!QFileInfo::exists(globalsFile()))
        return core::Environment{u"globals"_s, {}, {}};
    return loadFile(globalsFile(), u"globals"_s);
}

Result<void> EnvironmentStore::saveGlobals(const core::Environment &globals)
{
    return saveFile(globalsFile(), globals);
}

} // namespace tether::store
