// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "core/result.h"
#include "core/secretmask.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tether::core {

// Named values substituted for {{name}} in a request. Later layers (environment, collection,
// globals) are merged into one set before sending, so resolution stays a single pass.
class VariableSet
{
public:
    VariableSet() = default;
    VariableSet(std::initializer_list<std::pair<QString, QString>> values);

    void set(const QString &name, const QString &value);
    // A value that must never be written anywhere: history and logs mask it.
    void setSecret(const QString &name, const QString &value);
    bool isSecret(const QString &name) const { return m_secretNames.contains(name); }
    // A value masked like a secret variable's that no variable holds: a credential typed into
    // a header, -u or a URL (net::Session adds them per exchange).
    void addSecretValue(const QString &value);
    bool hasSecrets() const { return !m_secretNames.isEmpty() || !m_secretValues.isEmpty(); }
    QStringList secretValues() const;
    // Every secret value (named and unnamed): what an exchange resolved with this set masks.
    SecretMask secretMask() const;
    // secretMask().apply(text).
    QString maskSecrets(const QString &text) const;
    bool contains(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    QStringList names() const;
    bool isEmpty() const { return m_values.isEmpty(); }

    // Replaces every {{name}} (spaces around and inside the name allowed); unknown names are
    // appended to missing (once each) and left in place.
    QString substitute(const QString &text, QStringList *missing) const;

    // The request with every field resolved, or an error naming all unresolved variables.
    Result<Request> resolve(const Request &request) const;

    // The variable names a text refers to, in order of appearance.
    static QStringList referencedNames(const QString &text);
    // A name {{name}} can refer to: no braces, not empty, no space at either end.
    static bool isValidName(const QString &name);
    // text made into a valid name (braces become parentheses), for names built from paths.
    static QString validName(const QString &text);
    // The whole text (spaces around it aside) is one {{reference}}.
    static bool isReference(const QString &text);

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_secretNames;
    QSet<QString> m_secretValues; // unnamed
};

} // namespace tether::core
