// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/variableset.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tether::core {

// {{name}}: a name is anything without braces, spaces inside allowed, trimmed at both ends
// (an importer's "GET -x.password" is one). Kept in one place: what the resolver recognises
// is exactly what isValidName() admits and what leftovers() finds.
static const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([^{}]*?)\\s*\\}\\}"_s);
    return pattern;
}

bool VariableSet::isValidName(const QString &name)
{
    return !name.trimmed().isEmpty() && name == name.trimmed() && !name.contains(u'{')
            && !name.contains(u'}');
}

QString VariableSet::validName(const QString &text)
{
    QString name = text.trimmed();
    name.replace(u'{', u'(').replace(u'}', u')');
    return name.isEmpty() ? u"_"_s : name;
}

bool VariableSet::isReference(const QString &text)
{
    const QRegularExpressionMatch match = variablePattern().match(text.trimmed());
    return match.hasMatch() && match.capturedStart() == 0
            && match.capturedLength() == text.trimmed().size() && !match.captured(1).isEmpty();
}

VariableSet::VariableSet(std::initializer_list<std::pair<QString, QString>> values)
{
    for (const auto &[name, value] : values)
        m_values.insert(name, value);
}

void VariableSet::set(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    m_secretNames.remove(name); // a later layer's plain value replaces a secret
}

void VariableSet::setSecret(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    m_secretNames.insert(name);
}

void VariableSet::addSecretValue(const QString &value)
{
    if (!value.isEmpty())
        m_secretValues.insert(value);
}

QStringList VariableSet::secretValues() const
{
    return secretMask().values();
}

QString VariableSet::maskSecrets(const QString &text) const
{
    return secretMask().apply(text);
}

SecretMask VariableSet::secretMask() const
{
    SecretMask mask;
    for (const QString &value : m_secretValues)
        mask.add(value);
    for (const QString &name : m_secretNames)
        mask.add(m_values.value(name));
    return mask;
}

QStringList VariableSet::names() const
{
    QStringList result = m_values.keys();
    result.sort();
    return result;
}

QString VariableSet::substitute(const QString &text, QStringList *missing) const
{
    if (!text.contains(u"{{"))
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype last = 0;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        const auto found = m_values.constFind(name);
        if (found != m_values.constEnd()) {
            result += *found;
        } else {
            result += match.captured();
            if (missing && !missing->contains(name))
                missing->append(name);
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QStringList VariableSet::referencedNames(const QString &text)
{
    QStringList names;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

// Calls apply on every text of the request that goes on the wire: enabled rows only, the body
// of its mode only.
template<typename Apply>
static void forEachSentText(Request &request, Apply apply)
{
    const auto rows = [&apply](KeyValueList &list) {
        for (KeyValue &entry : list) {
            if (entry.enabled) {
                apply(entry.name);
                apply(entry.value);
            }
        }
    };
    apply(request.url);
    rows(request.pathVariables);
    rows(request.params);
    rows(request.headers);
    RequestBody &body = request.body;
    switch (body.mode) {
    case BodyMode::Raw:
    case BodyMode::Json:
        apply(body.text);
        break;
    case BodyMode::FormUrlEncoded:
        rows(body.formFields);
        break;
    case BodyMode::Multipart:
        for (MultipartField &field : body.multipartFields) {
            if (field.enabled) {
                apply(field.name);
                apply(field.value);
            }
        }
        break;
    case BodyMode::BinaryFile:
        apply(body.filePath);
        break;
    case BodyMode::None:
        break;
    }
    Auth &auth = request.auth;
    for (QString *field :
         {&auth.username, &auth.password, &auth.token, &auth.keyName, &auth.keyValue})
        apply(*field);
}

Result<Request> VariableSet::resolve(const Request &request) const
{
    QStringList missing;
    Request resolved = request;
    forEachSentText(resolved, [&](QString &text) { text = substitute(text, &missing); });
    // Whatever still looks like a reference (a value that held one, an empty {{}}) would go
    // out as text: nothing unresolved is sent.
    forEachSentText(resolved, [&missing](QString &text) {
        auto it = variablePattern().globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!missing.contains(name))
                missing.append(name);
        }
    });
    if (!missing.isEmpty()) {
        const QString list = u"{{"_s + missing.join(u"}}, {{"_s) + u"}}"_s;
        return Error{
                u"unresolved-variable"_s,
                missing.size() == 1
                        ? QObject::tr("Unresolved variable %1: define it or remove it. Nothing "
                                      "was sent.")
                                  .arg(list)
                        : QObject::tr("Unresolved variables %1: define them or remove them. "
                                      "Nothing was sent.")
                                  .arg(list)};
    }
    return resolved;
}

} // namespace tether::core
