// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/secretmask.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tether::core {

void SecretMask::add(const QString &value)
{
    if (!value.isEmpty())
        m_values.insert(value);
}

void SecretMask::add(const SecretMask &other)
{
    m_values.unite(other.m_values);
}

QStringList SecretMask::values() const
{
    QStringList values(m_values.cbegin(), m_values.cend());
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    return values;
}

const QString &SecretMask::maskText()
{
    static const QString mask = u"••••"_s;
    return mask;
}

// The secret in any encoding it takes on the wire or in a file, mixed within one occurrence:
// each character as itself, percent-encoded in either case (QUrl encodes some characters and not
// others), '+' for a space (forms), or JSON-escaped (\", \\, \/, \uXXXX).
static QString anyEncodingPattern(const QString &secret)
{
    const auto hexDigit = [](int value) {
        const QChar digit = QString::number(value, 16).at(0);
        return digit.isLetter() ? u"[%1%2]"_s.arg(digit.toUpper(), digit) : QString(digit);
    };
    QString pattern;
    for (const QChar c : secret) {
        QStringList alternatives{QRegularExpression::escape(QString(c))};
        QString percent;
        for (const char byte : QString(c).toUtf8())
            percent += u'%' + hexDigit(uchar(byte) >> 4) + hexDigit(uchar(byte) & 0xf);
        alternatives.append(percent);
        if (c == u' ')
            alternatives.append(u"\\+"_s);
        if (c == u'"' || c == u'\\' || c == u'/')
            alternatives.append(u"\\\\"_s + QRegularExpression::escape(QString(c)));
        QString unicodeEscape = u"\\\\u"_s;
        for (int shift = 12; shift >= 0; shift -= 4)
            unicodeEscape += hexDigit((c.unicode() >> shift) & 0xf);
        alternatives.append(unicodeEscape);
        pattern += u"(?:"_s + alternatives.join(u'|') + u')';
    }
    return pattern;
}

QString SecretMask::apply(const QString &text) const
{
    if (m_values.isEmpty())
        return text;
    const QString &mask = maskText();
    QString masked = text;
    const QStringList secrets = values();
    for (const QString &secret : secrets) {
        static thread_local QHash<QString, QRegularExpression> patterns;
        auto found = patterns.find(secret);
        if (found == patterns.end()) {
            if (patterns.size() > 256)
                patterns.clear();
            found = patterns.insert(secret, QRegularExpression(anyEncodingPattern(secret)));
        }
        masked.replace(*found, mask);
        masked.replace(QString::fromLatin1(secret.toUtf8().toBase64()), mask);
        masked.replace(QString::fromLatin1(secret.toUtf8().toBase64(
                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                       mask);
    }
    // user:secret is Base64-encoded as a whole (Basic auth): decode each token and check.
    static const QRegularExpression basic(u"Basic ([A-Za-z0-9+/=]+)"_s);
    auto it = basic.globalMatch(masked);
    QStringList tokens;
    while (it.hasNext()) {
        const QString encoded = it.next().captured(1);
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(encoded.toLatin1()));
        for (const QString &secret : secrets) {
            if (decoded.contains(secret))
                tokens.append(encoded);
        }
    }
    for (const QString &token : std::as_const(tokens))
        masked.replace(token, mask);
    return masked;
}

} // namespace tether::core
