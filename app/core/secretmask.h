// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace tether::core {

// The values that must never be written or printed in clear, and the masking of them. An
// exchange carries one of these (not the variables that resolved it): history, reports, HAR,
// --json and the stderr summary all mask through it.
class SecretMask
{
public:
    void add(const QString &value);
    void add(const SecretMask &other);
    bool isEmpty() const { return m_values.isEmpty(); }
    // Longest first, so a secret that contains another is masked whole.
    QStringList values() const;
    // Replaces every value in text with a mask, in any encoding it takes on the wire or in a
    // file: raw, percent-encoded in either case, '+' for a space, JSON-escaped, Base64 and
    // Base64url, and inside a Basic credential (user:secret encoded as a whole).
    QString apply(const QString &text) const;

    static const QString &maskText();

private:
    QSet<QString> m_values;
};

} // namespace tether::core
