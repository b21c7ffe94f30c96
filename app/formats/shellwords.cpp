// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/shellwords.h"

#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tether::formats {

namespace {

bool looksLikeCmd(const QString &text)
{
    static const QRegularExpression caretContinuation(u"\\^\\r?\\n"_s);
    return caretContinuation.match(text).hasMatch() || text.contains(u"^\""_s);
}

QString ansiC(const QString &text, qsizetype &i, bool *closed)
{
    // i points after $'; reads to the closing quote.
    QString out;
    *closed = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\'') {
            *closed = true;
            ++i;
            return out;
        }
        if (c != u'\\' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar e = text.at(++i);
        switch (e.unicode()) {
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        case 'a':
            out += QChar(7);
            break;
        case 'b':
            out += QChar(8);
            break;
        case 'e':
        case 'E':
            out += QChar(0x1b);
            break;
        case 'f':
            out += QChar(12);
            break;
        case 'v':
            out += QChar(11);
            break;
        case 'x':
        case 'u':
        case 'U': {
            const int maxDigits = e == u'x' ? 2 : e == u'u' ? 4 : 8;
            int digits = 0;
            while (digits < maxDigits && i + 1 + digits < text.size()
                   && isxdigit(text.at(i + 1 + digits).toLatin1()))
                ++digits;
            if (digits == 0) {
                out += u'\\';
                out += e;
                break;
            }
            const char32_t code = text.mid(i + 1, digits).toUInt(nullptr, 16);
            out += QString::fromUcs4(&code, 1);
            i += digits;
            break;
        }
        default:
            if (e >= u'0' && e <= u'7') {
                int digits = 1;
                while (digits < 3 && i + digits < text.size() && text.at(i + digits) >= u'0'
                       && text.at(i + digits) <= u'7')
                    ++digits;
                out += QChar(text.mid(i, digits).toUInt(nullptr, 8));
                i += digits - 1;
            } else {
                out += e; // \\ \' \" \?
            }
        }
    }
    return out;
}

struct Splitter
{
    const QString &text;
    QList<QStringList> commands;
    QStringList words;
    QString word;
    bool inWord = false;

    void endWord()
    {
        if (inWord)
            words.append(word);
        word.clear();
        inWord = false;
    }
    void endCommand()
    {
        endWord();
        if (!words.isEmpty())
            commands.append(words);
        words.clear();
    }

    Result<void> run()
    {
        for (qsizetype i = 0; i < text.size();) {
            const QChar c = text.at(i);
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            if (c == u'\\') {
                if (next == u'\n') {
                    i += 2;
                    continue;
                }
                if (next == u'\r' && i + 2 < text.size() && text.at(i + 2) == u'\n') {
                    i += 3;
                    continue;
                }
                if (!next.isNull()) {
                    inWord = true;
                    word += next;
                }
                i += 2;
                continue;
            }
            if (c == u'\'') {
                const qsizetype end = text.indexOf(u'\'', i + 1);
                if (end < 0)
                    return unbalanced(u'\'', i);
                inWord = true;
                word += text.mid(i + 1, end - i - 1);
                i = end + 1;
                continue;
            }
            if (c == u'$' && next == u'\'') {
                qsizetype j = i + 2;
                bool closed = false;
                inWord = true;
                word += ansiC(text, j, &closed);
                if (!closed)
                    return unbalanced(u'\'', i + 1);
                i = j;
                continue;
            }
            if (c == u'"') {
                inWord = true;
                auto closed = doubleQuoted(i + 1);
                if (!closed)
                    return closed.error();
                i = closed.value();
                continue;
            }
            if (c == u'#' && !inWord) {
                const qsizetype end = text.indexOf(u'\n', i);
                i = end < 0 ? text.size() : end;
                continue;
            }
            if (c == u'\n' || c == u';' || c == u'|' || c == u'&') {
                endCommand();
                i += (c == u'|' || c == u'&') && next == c ? 2 : 1;
                continue;
            }
            if (c.isSpace()) {
                endWord();
                ++i;
                continue;
            }
            inWord = true;
            word += c;
            ++i;
        }
        endCommand();
        return {};
    }

    // Returns the index after the closing quote.
    Result<qsizetype> doubleQuoted(qsizetype i)
    {
        const qsizetype start = i;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            if (c == u'"')
                return i + 1;
            if (c == u'\\' && !next.isNull()) {
                // Inside "…" a backslash escapes only $ ` " \ and a newline.
                if (next == u'"' || next == u'\\' || next == u'$' || next == u'`') {
                    word += next;
                    ++i;
                    continue;
                }
                if (next == u'\n') {
                    ++i;
                    continue;
                }
            }
            word += c;
        }
        return unbalanced(u'"', start - 1);
    }

    Error unbalanced(QChar quote, qsizetype position) const
    {
        const QString before = text.left(position);
        const qsizetype line = before.count(u'\n') + 1;
        const qsizetype column = position - (before.lastIndexOf(u'\n') + 1) + 1;
        return Error{u"parse-error"_s,
                     QObject::tr("line %1, column %2: the %3 quote opened here is never closed.")
                             .arg(line)
                             .arg(column)
                             .arg(quote)};
    }
};

} // namespace

// cmd first removes its ^ escapes (^ before a newline continues the line); curl then splits
// its command line with the C runtime's rules: "…" quotes, \" a literal quote, backslashes
// before a quote halve.
static Result<QList<QStringList>> splitCmd(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'^') {
            plain += text.at(i);
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == u'\r')
            ++i;
        if (i + 1 < text.size() && text.at(i + 1) != u'\n')
            plain += text.at(i + 1);
        ++i;
    }
    QList<QStringList> commands;
    QStringList words;
    QString word;
    bool inWord = false;
    bool quoted = false;
    qsizetype quoteStart = 0;
    auto endWord = [&] {
        if (inWord)
            words.append(word);
        word.clear();
        inWord = false;
    };
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        if (c == u'\\') {
            qsizetype run = 0;
            while (i + run < plain.size() && plain.at(i + run) == u'\\')
                ++run;
            inWord = true;
            if (i + run < plain.size() && plain.at(i + run) == u'"') {
                word += QString(run / 2, u'\\');
                if (run % 2 == 1) {
                    word += u'"';
                    i += run; // past the quote
                } else {
                    i += run - 1; // the quote is read next
                }
            } else {
                word += QString(run, u'\\');
                i += run - 1;
            }
            continue;
        }
        if (c == u'"') {
            quoted = !quoted;
            quoteStart = i;
            inWord = true;
            continue;
        }
        if (!quoted && (c == u'\n' || c == u'&' || c == u'|')) {
            endWord();
            if (!words.isEmpty())
                commands.append(words);
            words.clear();
            continue;
        }
        if (!quoted && c.isSpace()) {
            endWord();
            continue;
        }
        inWord = true;
        word += c;
    }
    if (quoted) {
        const QString before = plain.left(quoteStart);
        return Error{u"parse-error"_s,
                     QObject::tr("line %1, column %2: the \" quote opened here is never closed.")
                             .arg(before.count(u'\n') + 1)
                             .arg(quoteStart - (before.lastIndexOf(u'\n') + 1) + 1)};
    }
    endWord();
    if (!words.isEmpty())
        commands.append(words);
    return commands;
}

// A file may mix bash and cmd commands; each line that starts a command (the previous one did
// not end in a continuation) starts a segment read with its own rules.
static QStringList segments(const QString &text)
{
    QStringList result;
    QString current;
    bool continued = false;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!continued && !current.trimmed().isEmpty()
            && (trimmed.startsWith(u"curl "_s) || trimmed.startsWith(u"curl.exe "_s))) {
            result.append(current);
            current.clear();
        }
        current += line + u'\n';
        continued = trimmed.endsWith(u'\\') || trimmed.endsWith(u'^');
    }
    result.append(current);
    return result;
}

Result<QList<QStringList>> ShellWords::split(const QString &text)
{
    QList<QStringList> commands;
    qsizetype lineOffset = 0;
    for (const QString &segment : segments(text)) {
        Splitter splitter{segment, {}, {}, {}};
        Result<void> ran;
        if (looksLikeCmd(segment)) {
            auto split = splitCmd(segment);
            if (split)
                splitter.commands = split.value();
            else
                ran = split.error();
        } else {
            ran = splitter.run();
        }
        if (!ran) {
            // Positions are relative to the segment: shift the line number.
            Error error = ran.error();
            static const QRegularExpression line(u"line (\\d+)"_s);
            const auto match = line.match(error.message);
            if (match.hasMatch())
                error.message.replace(match.capturedStart(1), match.capturedLength(1),
                                      QString::number(match.captured(1).toLongLong() + lineOffset));
            return error;
        }
        commands.append(splitter.commands);
        lineOffset += segment.count(u'\n');
    }
    return commands;
}

} // namespace tether::formats
