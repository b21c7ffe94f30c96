// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/importwriter.h"

#include "secrets/secretstore.h"
#include "store/authsecrets.h"
#include "store/collectionstore.h"
#include "store/environmentstore.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

struct Writer
{
    core::Collection &collection;
    QString writeDir; // where the files go first (see ImportWriter::write)
    secrets::SecretStore &secretStore;
    ImportSummary &summary;

    // Typed secrets to the keychain; without one, the reference is written and the user told;
    // failing that too, cleared: never written in plain text. extract(keepForSession).
    template<typename Value, typename Extract, typename Clear>
    Value secure(const Value &value, const QString &where, const QString &what, Extract extract,
                 Clear clear)
    {
        auto extracted = extract(false);
        if (extracted)
            return extracted.value();
        auto referenced = extract(true);
        summary.warnings.append(
                QObject::tr("%1: %2 was not stored (%3); the file refers to a secret variable: "
                            "set it with 'tether-run secret set --collection DIR NAME' or in "
                            "Variables…")
                        .arg(where, what, extracted.error().message));
        if (referenced)
            return referenced.value();
        Value cleared = value;
        clear(cleared);
        return cleared;
    }

    core::Auth secureAuth(const core::Auth &auth, const QString &stem, const QString &where)
    {
        return secure(
                auth, where, QObject::tr("the auth secret"),
                [&](bool keep) {
                    return store::AuthSecrets::extractAuth(collection, auth, stem, secretStore,
                                                           keep);
                },
                [](core::Auth &cleared) {
                    cleared.password.clear();
                    cleared.token.clear();
                    cleared.keyValue.clear();
                });
    }

    // Authorization, Cookie, … typed in a HAR or a collection: the same, header by header.
    core::KeyValueList secureHeaders(const core::KeyValueList &headers, const QString &path)
    {
        return secure(
                headers, path, QObject::tr("a credential header"),
                [&](bool keep) {
                    return store::AuthSecrets::extractHeaders(collection, headers, path,
                                                              secretStore, keep);
                },
                [](core::KeyValueList &cleared) {
                    for (core::KeyValue &header : cleared)
                        if (store::AuthSecrets::isCredentialHeader(header.name))
                            header.value.clear();
                });
    }

    Result<void> writeFolder(core::CollectionFolder &folder)
    {
        if (!folder.path.isEmpty()) {
            folder.auth = secureAuth(folder.auth, folder.path, folder.path);
            auto saved = store::CollectionStore::saveFolder(writeDir, folder);
            if (!saved)
                return saved;
        }
        for (core::SavedRequest &request : folder.requests) {
            request.request.auth = secureAuth(request.request.auth, request.path, request.path);
            request.request.headers = secureHeaders(request.request.headers, request.path);
            auto written = store::CollectionStore::saveRequest(writeDir, request);
            if (!written)
                return written.error();
            summary.requests.append(
                    u"%1 %2 → %3"_s.arg(request.request.method, request.request.url, request.path));
        }
        for (core::CollectionFolder &child : folder.folders) {
            auto written = writeFolder(child);
            if (!written)
                return written;
        }
        return {};
    }

    void mergeVariables(QList<core::Variable> &into, const QList<core::Variable> &imported,
                        const QString &where)
    {
        for (core::Variable variable : imported) {
            auto existing = std::find_if(into.begin(), into.end(), [&](const core::Variable &v) {
                return v.name == variable.name;
            });
            if (variable.secret && !variable.value.isEmpty()) {
                auto written = secretStore.write(collection.id, variable.name, variable.value);
                if (!written)
                    summary.warnings.append(
                            QObject::tr("%1: secret variable %2 was not stored "
                                        "(%3); set it in Variables…")
                                    .arg(where, variable.name, written.error().message));
                variable.value.clear();
            }
            if (existing == into.end()) {
                into.append(variable);
            } else if (existing->value != variable.value || existing->secret != variable.secret) {
                summary.warnings.append(QObject::tr("%1: variable %2 already exists; kept its "
                                                    "value")
                                                .arg(where, variable.name));
            }
        }
    }
};

QString freeName(const core::CollectionFolder &root, const QString &wanted)
{
    QSet<QString> taken{u"environments"_s};
    for (const core::CollectionFolder &folder : root.folders)
        taken.insert(QFileInfo(folder.path).fileName().toLower());
    for (const core::SavedRequest &request : root.requests)
        taken.insert(QFileInfo(request.path).fileName().toLower());
    QString base = wanted.trimmed().isEmpty() ? QObject::tr("Imported") : wanted.trimmed();
    QString name = base;
    for (int n = 2; taken.contains(store::CollectionStore::safeFileName(name).toLower()); ++n)
        name = store::CollectionStore::numberedName(base, n);
    return name;
}

} // namespace

// The request files are written into a hidden staging folder inside the collection folder and
// moved into place once all of them are written: an import that fails half-way (a full disk, a
// name the file system refuses) leaves the collection as it was. collection.json and the
// environments are written last, each atomically.
Result<ImportSummary> ImportWriter::write(ImportResult import, const QString &dir,
                                          secrets::SecretStore &secretStore)
{
    ImportSummary summary;
    summary.collectionDir = dir;
    summary.warnings = import.warnings;
    const bool existed = QFileInfo::exists(QDir(dir).filePath(u"collection.json"_s));
    const QString name = import.collection.name.trimmed().isEmpty() ? QDir(dir).dirName()
                                                                    : import.collection.name;
    core::Collection collection;
    if (existed) {
        auto opened = store::CollectionStore::load(dir);
        if (!opened)
            return opened.error();
        collection = opened.value();
    } else {
        collection.dir = QDir(dir).absolutePath();
        collection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        collection.name = name;
        collection.root.name = name;
    }
    const bool createdDir = !QFileInfo::exists(dir);
    const QString staging
            = QDir(collection.dir)
                      .filePath(u".tether-import-"_s + QUuid::createUuid().toString(QUuid::Id128));
    if (!QDir().mkpath(staging))
        return Error{u"write-failed"_s,
                     QObject::tr("Cannot create %1.").arg(QDir::toNativeSeparators(staging))};
    auto abandon = [&](const Error &error) -> Result<ImportSummary> {
        QDir(staging).removeRecursively();
        if (createdDir)
            QDir().rmdir(collection.dir);
        return error;
    };
    Writer writer{collection, staging, secretStore, summary};
    const bool empty = collection.root.requests.isEmpty() && collection.root.folders.isEmpty();
    const bool hasRequests = import.requestCount() > 0;

    core::CollectionFolder content = import.collection.root;
    if (hasRequests && !empty) {
        content.name = freeName(collection.root, name);
        if (!import.collection.description.isEmpty())
            content.raw.insert(u"description"_s, import.collection.description);
        assignFolderPaths(content, store::CollectionStore::safeFileName(content.name));
        summary.folder = content.path;
        auto written = writer.writeFolder(content);
        if (!written)
            return abandon(written.error());
        if (!collection.root.order.isEmpty())
            collection.root.order.append(content.name);
    } else if (hasRequests) {
        assignFolderPaths(content, {});
        collection.root.auth = writer.secureAuth(content.auth, u"collection"_s, name);
        collection.root.headers = content.headers;
        collection.root.order = content.order;
        content.auth = {};
        auto written = writer.writeFolder(content);
        if (!written)
            return abandon(written.error());
        if (collection.description.isEmpty())
            collection.description = import.collection.description;
    }

    // Into place: nothing there may be replaced, so every name is checked before any move.
    const QFileInfoList staged
            = QDir(staging).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : staged) {
        const QString target = QDir(collection.dir).filePath(entry.fileName());
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
            return abandon(Error{u"exists"_s,
                                 QObject::tr("%1 already exists; nothing was imported.")
                                         .arg(QDir::toNativeSeparators(target))});
    }
    QStringList moved;
    for (const QFileInfo &entry : staged) {
        const QString target = QDir(collection.dir).filePath(entry.fileName());
        if (!QDir().rename(entry.filePath(), target))
            return Error{
                    u"partial"_s,
                    QObject::tr("The import is partial: %1 could not be moved to %2; "
                                "moved: %3; the rest is in %4.")
                            .arg(entry.fileName(), QDir::toNativeSeparators(target),
                                 moved.isEmpty() ? QObject::tr("nothing") : moved.join(u", "_s),
                                 QDir::toNativeSeparators(staging))};
        moved.append(entry.fileName());
    }
    QDir().rmdir(staging);

    writer.mergeVariables(collection.variables, import.collection.variables, name);
    auto saved = store::CollectionStore::saveCollection(collection);
    if (!saved)
        return saved.error();

    for (const core::Environment &imported : std::as_const(import.environments)) {
        core::Environment environment;
        environment.name = store::CollectionStore::safeFileName(imported.name);
        if (QFileInfo::exists(store::EnvironmentStore::environmentFile(dir, environment.name))) {
            auto existing = store::EnvironmentStore::load(dir, environment.name);
            if (!existing) {
                summary.warnings.append(existing.error().message);
                continue;
            }
            environment = existing.value();
        }
        writer.mergeVariables(environment.variables, imported.variables,
                              QObject::tr("environment %1").arg(environment.name));
        auto written = store::EnvironmentStore::save(dir, environment);
        if (!written)
            return written.error();
        summary.environments.append(environment.name);
    }
    return summary;
}

} // namespace tether::formats
