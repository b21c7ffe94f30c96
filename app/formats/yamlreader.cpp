// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/yamlreader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

struct Line
{
    int number = 0;
    int indent = 0;
    QString text; // without indentation; comments kept (block scalars need them verbatim)
    QString raw;
};

struct ParseFailure
{
    int line;
    QString message;
};

bool isBlank(const Line &line)
{
    return line.text.isEmpty() || line.text.startsWith(u'#');
}

// Removes a trailing " # comment" outside quotes.
QString stripComment(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                if (quote == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'')
                    ++i;
                else
                    quote = {};
            } else if (c == u'\\' && quote == u'"') {
                ++i;
            }
            continue;
        }
        if ((c == u'"' || c == u'\'')
            && (i == 0 || text.at(i - 1).isSpace()
                || QStringLiteral("[{,:").contains(text.at(i - 1))))
            quote = c;
        else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace()))
            return text.left(i).trimmed();
    }
    return text.trimmed();
}

// Position of the ':' that ends a mapping key, or -1.
qsizetype keyColon(const QString &text)
{
    if (text.isEmpty() || text.startsWith(u'[') || text.startsWith(u'{') || text.startsWith(u"- "_s)
        || text == u"-")
        return -1;
    qsizetype i = 0;
    if (text.startsWith(u'"') || text.startsWith(u'\'')) {
        const QChar quote = text.at(0);
        for (i = 1; i < text.size(); ++i) {
            if (text.at(i) == u'\\' && quote == u'"')
                ++i;
            else if (text.at(i) == quote) {
                if (quote == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'') {
                    ++i;
                    continue;
                }
                break;
            }
        }
        ++i;
        while (i < text.size() && text.at(i) == u' ')
            ++i;
        return i < text.size() && text.at(i) == u':'
                        && (i + 1 == text.size() || text.at(i + 1) == u' ')
                ? i
                : -1;
    }
    for (; i < text.size(); ++i) {
        if (text.at(i) == u':' && (i + 1 == text.size() || text.at(i + 1) == u' '))
            return i;
        if (text.at(i) == u'#' && i > 0 && text.at(i - 1) == u' ')
            return -1;
    }
    return -1;
}

class Parser
{
public:
    explicit Parser(QList<Line> lines) : m_lines(std::move(lines)) { }

    QJsonValue document()
    {
        skipBlank();
        if (m_index >= m_lines.size())
            return QJsonValue::Null;
        const QJsonValue value = node(m_lines.at(m_index).indent);
        skipBlank();
        if (m_index < m_lines.size())
            fail(m_lines.at(m_index).number, QObject::tr("unexpected indentation"));
        return value;
    }

private:
    [[noreturn]] void fail(int line, const QString &message) { throw ParseFailure{line, message}; }

    void skipBlank()
    {
        while (m_index < m_lines.size() && isBlank(m_lines.at(m_index)))
            ++m_index;
    }

    QJsonValue node(int indent)
    {
        if (++m_depth > maxDepth)
            fail(m_lines.at(m_index).number, QObject::tr("nested too deeply"));
        const Line &line = m_lines.at(m_index);
        QJsonValue value;
        if (line.text.startsWith(u"- "_s) || line.text == u"-")
            value = sequence(indent);
        else if (keyColon(stripComment(line.text)) >= 0)
            value = mapping(indent);
        else
            value = plainLines(indent);
        --m_depth;
        return value;
    }

    // A scalar or flow collection spread over one or more lines at this indentation.
    QJsonValue plainLines(int indent)
    {
        const int first = m_lines.at(m_index).number;
        QString text = stripComment(m_lines.at(m_index).text);
        ++m_index;
        while (m_index < m_lines.size() && !isBlank(m_lines.at(m_index))
               && m_lines.at(m_index).indent >= indent) {
            text += u' ' + stripComment(m_lines.at(m_index).text);
            ++m_index;
        }
        return inlineValue(text, first);
    }

    QJsonValue sequence(int indent)
    {
        QJsonArray array;
        while (true) {
            skipBlank();
            if (m_index >= m_lines.size())
                break;
            Line &line = m_lines[m_index];
            if (line.indent != indent || !(line.text.startsWith(u"- "_s) || line.text == u"-"))
                break;
            if (line.text == u"-") {
                ++m_index;
                array.append(childOf(indent, line.number));
                continue;
            }
            // "- key: value": the rest of the line is the first line of a nested node.
            qsizetype offset = 1;
            while (offset < line.text.size() && line.text.at(offset) == u' ')
                ++offset;
            line.indent += int(offset);
            line.text = line.text.mid(offset);
            const QString rest = stripComment(line.text);
            if (rest.startsWith(u'|') || rest.startsWith(u'>')) {
                ++m_index;
                array.append(blockScalar(rest, indent, line.number));
            } else {
                array.append(node(line.indent));
            }
        }
        return array;
    }

    QJsonValue mapping(int indent)
    {
        QJsonObject object;
        while (true) {
            skipBlank();
            if (m_index >= m_lines.size())
                break;
            const Line &line = m_lines.at(m_index);
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                fail(line.number, QObject::tr("unexpected indentation"));
            const QString text = stripComment(line.text);
            const qsizetype colon = keyColon(text);
            if (colon < 0)
                break;
            const int number = line.number;
            QString key = text.left(colon).trimmed();
            if (key.startsWith(u'"') || key.startsWith(u'\''))
                key = inlineValue(key, number).toVariant().toString();
            if (key.startsWith(u'&') || key.startsWith(u'*') || key == u"<<")
                fail(number, QObject::tr("anchors and aliases are not supported"));
            const QString rest = text.mid(colon + 1).trimmed();
            ++m_index;
            if (rest.isEmpty())
                object.insert(key, childOf(indent, number, true));
            else if (rest.startsWith(u'|') || rest.startsWith(u'>'))
                object.insert(key, blockScalar(rest, indent, number));
            else if (rest.startsWith(u'&') || rest.startsWith(u'*') || rest.startsWith(u'!'))
                fail(number, QObject::tr("anchors, aliases and tags are not supported"));
            else
                object.insert(key, continuedValue(rest, indent, number));
        }
        return object;
    }

    // A plain or quoted value may continue on more-indented lines.
    QJsonValue continuedValue(QString text, int indent, int number)
    {
        while (m_index < m_lines.size() && !isBlank(m_lines.at(m_index))
               && m_lines.at(m_index).indent > indent) {
            text += u' ' + stripComment(m_lines.at(m_index).text);
            ++m_index;
        }
        return inlineValue(text, number);
    }

    // The node under "key:" or "-": more indented, or a sequence at the key's own indentation.
    QJsonValue childOf(int indent, int number, bool sequenceMayShareIndent = false)
    {
        skipBlank();
        if (m_index >= m_lines.size())
            return QJsonValue::Null;
        const Line &next = m_lines.at(m_index);
        if (next.indent > indent)
            return node(next.indent);
        if (sequenceMayShareIndent && next.indent == indent
            && (next.text.startsWith(u"- "_s) || next.text == u"-"))
            return sequence(indent);
        Q_UNUSED(number);
        return QJsonValue::Null;
    }

    QJsonValue blockScalar(const QString &header, int parentIndent, int number)
    {
        const bool folded = header.startsWith(u'>');
        QChar chomp;
        int explicitIndent = 0;
        for (const QChar c : header.mid(1)) {
            if (c == u'-' || c == u'+')
                chomp = c;
            else if (c.isDigit())
                explicitIndent = c.digitValue();
            else if (!c.isSpace())
                fail(number, QObject::tr("unexpected text after a block scalar indicator"));
        }
        int contentIndent = explicitIndent > 0 ? parentIndent + explicitIndent : -1;
        QStringList lines;
        while (m_index < m_lines.size()) {
            const Line &line = m_lines.at(m_index);
            const bool empty = line.raw.trimmed().isEmpty();
            if (!empty) {
                if (contentIndent < 0)
                    contentIndent = line.indent;
                if (line.indent < contentIndent || contentIndent <= parentIndent)
                    break;
            }
            lines.append(empty ? QString() : line.raw.mid(contentIndent));
            ++m_index;
        }
        int trailingEmpty = 0;
        while (!lines.isEmpty() && lines.last().isEmpty()) {
            lines.removeLast();
            ++trailingEmpty;
        }
        QString text;
        if (folded) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    text += lines.at(i).isEmpty() || lines.at(i - 1).isEmpty()
                                    || lines.at(i).startsWith(u' ')
                            ? u"\n"_s
                            : u" "_s;
                text += lines.at(i);
            }
        } else {
            text = lines.join(u'\n');
        }
        if (chomp == u'+')
            text += QString(trailingEmpty + (lines.isEmpty() ? 0 : 1), u'\n');
        else if (chomp.isNull() && !lines.isEmpty())
            text += u'\n';
        return text;
    }

    QJsonValue inlineValue(const QString &text, int number)
    {
        qsizetype position = 0;
        const QJsonValue value = flowValue(text, position, number, false);
        while (position < text.size() && text.at(position).isSpace())
            ++position;
        if (position < text.size())
            fail(number, QObject::tr("unexpected text: %1").arg(text.mid(position, 20)));
        return value;
    }

    QJsonValue flowValue(const QString &text, qsizetype &position, int number, bool inFlow)
    {
        // Flow collections recurse: 'a: [[[[...' must end in an error, not a stack overflow.
        if (++m_depth > maxDepth)
            fail(number, QObject::tr("nested too deeply"));
        const struct Leave
        {
            int &depth;
            ~Leave() { --depth; }
        } leave{m_depth};
        while (position < text.size() && text.at(position).isSpace())
            ++position;
        if (position >= text.size())
            return QJsonValue::Null;
        const QChar c = text.at(position);
        if (c == u'"')
            return doubleQuoted(text, position, number);
        if (c == u'\'')
            return singleQuoted(text, position, number);
        if (c == u'[') {
            ++position;
            QJsonArray array;
            while (true) {
                while (position < text.size() && text.at(position).isSpace())
                    ++position;
                if (position >= text.size())
                    fail(number, QObject::tr("unclosed ["));
                if (text.at(position) == u']') {
                    ++position;
                    return array;
                }
                array.append(flowValue(text, position, number, true));
                while (position < text.size() && text.at(position).isSpace())
                    ++position;
                if (position < text.size() && text.at(position) == u',')
                    ++position;
                else if (position >= text.size() || text.at(position) != u']')
                    fail(number, QObject::tr("expected , or ] in a flow sequence"));
            }
        }
        if (c == u'{') {
            ++position;
            QJsonObject object;
            while (true) {
                while (position < text.size() && text.at(position).isSpace())
                    ++position;
                if (position >= text.size())
                    fail(number, QObject::tr("unclosed {"));
                if (text.at(position) == u'}') {
                    ++position;
                    return object;
                }
                const QString key = flowValue(text, position, number, true).toVariant().toString();
                while (position < text.size() && text.at(position).isSpace())
                    ++position;
                QJsonValue value;
                if (position < text.size() && text.at(position) == u':') {
                    ++position;
                    value = flowValue(text, position, number, true);
                }
                object.insert(key, value);
                while (position < text.size() && text.at(position).isSpace())
                    ++position;
                if (position < text.size() && text.at(position) == u',')
                    ++position;
                else if (position >= text.size() || text.at(position) != u'}')
                    fail(number, QObject::tr("expected , or } in a flow mapping"));
            }
        }
        // Plain scalar: to the end, or in flow context to , ] } or ": ".
        const qsizetype start = position;
        while (position < text.size()) {
            const QChar d = text.at(position);
            if (inFlow
                && (d == u',' || d == u']' || d == u'}'
                    || (d == u':'
                        && (position + 1 == text.size() || text.at(position + 1).isSpace()))))
                break;
            ++position;
        }
        return plainScalar(text.mid(start, position - start).trimmed());
    }

    static QJsonValue plainScalar(const QString &text)
    {
        if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
            return QJsonValue::Null;
        if (text == u"true" || text == u"True" || text == u"TRUE")
            return true;
        if (text == u"false" || text == u"False" || text == u"FALSE")
            return false;
        static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
        static const QRegularExpression real(
                u"^[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"_s);
        if (integer.match(text).hasMatch() && text.size() < 16)
            return double(text.toLongLong());
        if (real.match(text).hasMatch())
            return text.toDouble();
        return text;
    }

    QJsonValue singleQuoted(const QString &text, qsizetype &position, int number)
    {
        QString value;
        for (++position; position < text.size(); ++position) {
            if (text.at(position) == u'\'') {
                if (position + 1 < text.size() && text.at(position + 1) == u'\'') {
                    value += u'\'';
                    ++position;
                    continue;
                }
                ++position;
                return value;
            }
            value += text.at(position);
        }
        fail(number, QObject::tr("unclosed single quote"));
    }

    QJsonValue doubleQuoted(const QString &text, qsizetype &position, int number)
    {
        QString value;
        for (++position; position < text.size(); ++position) {
            const QChar c = text.at(position);
            if (c == u'"') {
                ++position;
                return value;
            }
            if (c != u'\\') {
                value += c;
                continue;
            }
            if (++position >= text.size())
                break;
            const QChar e = text.at(position);
            switch (e.unicode()) {
            case 'n':
                value += u'\n';
                break;
            case 't':
                value += u'\t';
                break;
            case 'r':
                value += u'\r';
                break;
            case '0':
                value += QChar(0);
                break;
            case 'b':
                value += u'\b';
                break;
            case 'e':
                value += QChar(0x1b);
                break;
            case ' ':
                value += u' ';
                break;
            case '/':
                value += u'/';
                break;
            case 'x':
            case 'u':
            case 'U': {
                const int digits = e == u'x' ? 2 : e == u'u' ? 4 : 8;
                bool ok = false;
                const uint code = text.mid(position + 1, digits).toUInt(&ok, 16);
                if (!ok || position + digits >= text.size())
                    fail(number, QObject::tr("bad escape sequence"));
                const char32_t point = code;
                value += QString::fromUcs4(&point, 1);
                position += digits;
                break;
            }
            default:
                value += e;
                break;
            }
        }
        fail(number, QObject::tr("unclosed double quote"));
    }

    QList<Line> m_lines;
    qsizetype m_index = 0;
    static constexpr int maxDepth = 200; // block and flow nesting together
    int m_depth = 0;
};

} // namespace

Result<QJsonValue> YamlReader::parse(const QByteArray &bytes, const QString &path)
{
    QList<Line> lines;
    const QString text = QString::fromUtf8(bytes);
    const QStringList rawLines = text.split(u'\n');
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QString raw = rawLines.at(i);
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        Line line;
        line.number = int(i + 1);
        line.raw = raw;
        while (line.indent < raw.size() && raw.at(line.indent) == u' ')
            ++line.indent;
        if (line.indent < raw.size() && raw.at(line.indent) == u'\t')
            return Error{u"parse-error"_s,
                         QObject::tr("%1:%2: tabs are not allowed for indentation in YAML.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(line.number)};
        line.text = raw.mid(line.indent).trimmed();
        if (line.indent == 0 && (line.text == u"---" || line.text.startsWith(u"%YAML"_s)))
            line.text.clear();
        if (line.indent == 0 && line.text == u"...")
            break;
        lines.append(line);
    }
    try {
        return Parser(std::move(lines)).document();
    } catch (const ParseFailure &failure) {
        return Error{u"parse-error"_s,
                     QObject::tr("%1:%2: %3")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(failure.line)
                             .arg(failure.message)};
    }
}

} // namespace tether::formats
