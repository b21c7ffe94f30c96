// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/authsecrets.h"
#include "core/variableset.h"
#include "net/requestfactory.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace tether::store {

bool AuthSecrets::isReference(const QString &value)
{
    return core::VariableSet::isReference(value);
}

bool AuthSecrets::isCredentialHeader(const QString &name)
{
    const QList<QByteArray> names = net::RequestFactory::credentialHeaderNames();
    return std::any_of(names.cbegin(), names.cend(), [&name](const QByteArray &credential) {
        return name.compare(QLatin1StringView(credential), Qt::CaseInsensitive) == 0;
    });
}

Result<QString> AuthSecrets::keep(core::Collection &collection, const QString &name,
                                  const QString &value, secrets::SecretStore &secretStore,
                                  bool keepForSession)
{
    auto written = secretStore.write(collection.id, name, value);
    if (!written && keepForSession && secrets::SecretStore::couldNotStore(written.error())) {
        secretStore.keepForSession(collection.id, name, value);
        written = Result<void>();
    }
    if (!written)
        return written.error();
    auto existing
            = std::find_if(collection.variables.begin(), collection.variables.end(),
                           [&](const core::Variable &variable) { return variable.name == name; });
    if (existing == collection.variables.end())
        collection.variables.append({name, {}, true, true});
    else
        existing->secret = true;
    return QString(u"{{"_s + name + u"}}"_s);
}

Result<core::SavedRequest> AuthSecrets::extract(core::Collection &collection,
                                                const core::SavedRequest &request,
                                                secrets::SecretStore &secretStore,
                                                bool keepForSession)
{
    auto auth = extractAuth(collection, request.request.auth, request.path, secretStore,
                            keepForSession);
    if (!auth)
        return auth.error();
    auto headers = extractHeaders(collection, request.request.headers, request.path, secretStore,
                                  keepForSession);
    if (!headers)
        return headers.error();
    core::SavedRequest result = request;
    result.request.auth = auth.value();
    result.request.headers = headers.value();
    return result;
}

Result<core::KeyValueList> AuthSecrets::extractHeaders(core::Collection &collection,
                                                       const core::KeyValueList &original,
                                                       const QString &stem,
                                                       secrets::SecretStore &secretStore,
                                                       bool keepForSession)
{
    core::KeyValueList headers = original;
    for (core::KeyValue &header : headers) {
        // "Bearer {{token}}" already keeps its secret elsewhere.
        if (!isCredentialHeader(header.name) || header.value.trimmed().isEmpty()
            || !core::VariableSet::referencedNames(header.value).isEmpty())
            continue;
        const QString name = core::VariableSet::validName(stem + u".header."_s + header.name);
        auto reference = keep(collection, name, header.value, secretStore, keepForSession);
        if (!reference)
            return Error{reference.error().code,
                         QObject::tr("The %1 header was not saved: %2")
                                 .arg(header.name, reference.error().message)};
        header.value = reference.value();
    }
    return headers;
}

Result<core::Auth> AuthSecrets::extractAuth(core::Collection &collection,
                                            const core::Auth &original, const QString &stem,
                                            secrets::SecretStore &secretStore, bool keepForSession)
{
    core::Auth auth = original;
    const std::pair<QString *, const char16_t *> fields[] = {
            {auth.type == core::AuthType::Basic ? &auth.password : nullptr, u"password"},
            {auth.type == core::AuthType::Bearer ? &auth.token : nullptr, u"token"},
            {auth.type == core::AuthType::ApiKey ? &auth.keyValue : nullptr, u"apiKey"},
    };
    for (const auto &[field, suffix] : fields) {
        if (!field || field->isEmpty() || isReference(*field))
            continue;
        // A request path may hold braces ("GET /users/{id}"): the name must stay one the
        // resolver recognises.
        const QString name = core::VariableSet::validName(stem + u'.' + QString::fromUtf16(suffix));
        auto reference = keep(collection, name, *field, secretStore, keepForSession);
        if (!reference)
            return Error{reference.error().code,
                         QObject::tr("The %1 was not saved: %2")
                                 .arg(QString::fromUtf16(suffix), reference.error().message)};
        *field = reference.value();
    }
    return auth;
}

} // namespace tether::store
