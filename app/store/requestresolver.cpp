// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/requestresolver.h"
#include "secrets/secretstore.h"
#include "store/environmentstore.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tether::store {

core::Request RequestResolver::withInheritance(const core::Collection &collection,
                                               const QString &requestPath,
                                               const core::Request &request)
{
    core::Request result = request;
    const QList<const core::CollectionFolder *> chain = collection.folderChain(requestPath);
    core::KeyValueList inherited;
    for (const core::CollectionFolder *folder : chain) {
        for (const core::KeyValue &header : folder->headers) {
            if (!header.enabled)
                continue;
            inherited.removeIf([&](const core::KeyValue &existing) {
                return existing.name.compare(header.name, Qt::CaseInsensitive) == 0;
            });
            inherited.append(header);
        }
    }
    for (const core::KeyValue &header : std::as_const(inherited)) {
        if (!request.hasHeader(header.name))
            result.headers.prepend(header);
    }
    if (result.auth.type == core::AuthType::Inherit) {
        result.auth = core::Auth{};
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            if ((*it)->auth.type != core::AuthType::None
                && (*it)->auth.type != core::AuthType::Inherit) {
                result.auth = (*it)->auth;
                break;
            }
        }
    }
    return result;
}

Result<core::VariableSet> RequestResolver::variables(const core::Collection &collection,
                                                     const core::Environment *environment,
                                                     const core::Environment &globals,
                                                     secrets::SecretStore *secretStore)
{
    core::VariableSet set;
    QStringList problems;
    auto apply = [&](const QList<core::Variable> &variables) {
        for (const core::Variable &variable : variables) {
            if (!variable.enabled)
                continue;
            if (!variable.secret) {
                set.set(variable.name, variable.value);
                continue;
            }
            if (!secretStore) {
                problems.append(
                        QObject::tr("secret {{%1}}: no keychain in use").arg(variable.name));
                continue;
            }
            auto value = secretStore->read(collection.id, variable.name);
            if (value)
                set.setSecret(variable.name, value.value());
            else
                problems.append(u"{{%1}}: %2"_s.arg(variable.name, value.error().message));
        }
    };
    apply(globals.variables);
    apply(collection.variables);
    if (environment)
        apply(environment->variables);
    if (!problems.isEmpty())
        return Error{
                u"secret-unavailable"_s,
                QObject::tr("Secret variables could not be read: %1").arg(problems.join(u"; "_s))};
    return set;
}

Result<core::VariableSet> RequestResolver::variablesFor(const core::Collection &collection,
                                                        const QString &environmentName,
                                                        secrets::SecretStore *secretStore)
{
    auto globals = EnvironmentStore::loadGlobals();
    if (!globals)
        return globals.error();
    std::optional<core::Environment> environment;
    if (!environmentName.isEmpty()) {
        auto loaded = EnvironmentStore::load(collection.dir, environmentName);
        if (!loaded)
            return loaded.error();
        environment = loaded.value();
    }
    return variables(collection, environment ? &*environment : nullptr, globals.value(),
                     secretStore);
}

Result<core::Request> RequestResolver::withFilesResolved(const core::Collection &collection,
                                                         core::Request request,
                                                         const core::VariableSet &variables,
                                                         bool allowOutside)
{
    const QDir dir(collection.dir);
    const QString root = QFileInfo(collection.dir).canonicalFilePath();
    auto resolveOne = [&](QString &path) -> Result<void> {
        if (path.isEmpty())
            return {};
        QStringList missing;
        const QString substituted = variables.substitute(path, &missing);
        const QString absolute = QDir::cleanPath(dir.absoluteFilePath(substituted));
        path = absolute;
        if (allowOutside || root.isEmpty())
            return {};
        const QFileInfo info(absolute);
        // A file that does not exist is reported when it is opened; its folder decides here.
        const QString canonical = info.exists()
                ? info.canonicalFilePath()
                : QFileInfo(info.absolutePath()).canonicalFilePath() + u'/' + info.fileName();
        if (canonical == root || canonical.startsWith(root + u'/'))
            return {};
        return Error{u"outside-file"_s,
                     QObject::tr("The request reads %1, which is outside the collection %2; "
                                 "allow files outside the collection to send it "
                                 "(--allow-outside-files).")
                             .arg(QDir::toNativeSeparators(absolute),
                                  QDir::toNativeSeparators(collection.dir))};
    };
    if (request.body.mode == core::BodyMode::BinaryFile)
        if (auto result = resolveOne(request.body.filePath); !result)
            return result.error();
    if (request.body.mode == core::BodyMode::Multipart)
        for (core::MultipartField &field : request.body.multipartFields)
            if (field.isFile && field.enabled)
                if (auto result = resolveOne(field.value); !result)
                    return result.error();
    return request;
}

Result<ResolvedRequest> RequestResolver::resolve(const core::Collection &collection,
                                                 const QString &requestPath,
                                                 const core::Environment *environment,
                                                 const core::Environment &globals,
                                                 secrets::SecretStore *secretStore)
{
    const core::SavedRequest *saved = collection.findRequest(requestPath);
    if (!saved)
        return Error{u"no-request"_s,
                     QObject::tr("The collection \"%1\" has no request \"%2\".")
                             .arg(collection.name, requestPath)};
    auto variableSet = variables(collection, environment, globals, secretStore);
    if (!variableSet)
        return variableSet.error();
    return ResolvedRequest{withInheritance(collection, requestPath, saved->request),
                           variableSet.value()};
}

} // namespace tether::store
