#include "authsecrets.h"
#include "core/variableset.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace tether::store {

bool AuthSecrets::isReference(const QString &value)
{
    return core::VariableSet::isReference(value);
}

Result<SavedRequest> AuthSecrets::extract(Collection &collection, const SavedRequest &request,
                                          secrets::SecretStore &secretStore, bool keepForSession)
{
    auto auth = extractAuth(collection, request.request.auth, request.path, secretStore,
                            keepForSession);
    if (!auth)
        return auth.error();
    SavedRequest result = request;
    result.request.auth = auth.value();
    return result;
}

Result<core::Auth> AuthSecrets::extractAuth(Collection &collection, const core::Auth &original,
                                            const QString &stem, secrets::SecretStore &secretStore,
                                            bool keepForSession)
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
        auto written = secretStore.write(collection.id, name, *field);
        if (!written && keepForSession && written.error().code == u"no-keychain") {
            secretStore.keepForSession(collection.id, name, *field);
            written = true;
        }
        if (!written)
            return Error{written.error().code,
                         QObject::tr("The %1 was not saved: %2")
                                 .arg(QString::fromUtf16(suffix), written.error().message)};
        *field = u"{{"_s + name + u"}}"_s;
        auto existing
                = std::find_if(collection.variables.begin(), collection.variables.end(),
                               [&](const Variable &variable) { return variable.name == name; });
        if (existing == collection.variables.end())
            collection.variables.append({name, {}, true, true});
        else
            existing->secret = true;
    }
    return auth;
}

} // namespace tether::store
