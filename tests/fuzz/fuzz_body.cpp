// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// libFuzzer: response bodies (untrusted) through what displays them: the JSON re-indenter, the
// body formatter (pretty and raw, JSON and text types) and the line lexer on every line shown.
// Besides not crashing: re-indented valid JSON parses to the same document, line offsets are
// ordered and inside the text, and lexed spans are ordered and inside their line.
#include "body/bodyformatter.h"
#include "body/jsonlinelexer.h"
#include "body/jsonreindenter.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace tether::body;

static void require(bool condition)
{
    if (!condition)
        std::abort();
}

static void checkFormatted(const FormattedBody &formatted)
{
    qsizetype previous = -1;
    for (qsizetype start : formatted.lineStarts) {
        require(start > previous && start <= formatted.text.size());
        previous = start;
    }
    for (int row = 0; row < formatted.lineCount(); ++row) {
        const QString line = QString::fromUtf8(formatted.line(row));
        qsizetype end = 0;
        for (const JsonLineLexer::Span &span : JsonLineLexer::lex(line)) {
            require(span.start >= end && span.length >= 0
                    && span.start + span.length <= line.size());
            end = span.start + span.length;
        }
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)JsonReindenter::looksLikeJson(bytes);
    const QByteArray pretty = JsonReindenter::reindent(bytes);
    QJsonParseError error;
    const QJsonDocument original = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && !original.isNull())
        require(QJsonDocument::fromJson(pretty) == original);
    for (const QByteArray &type : {QByteArray("application/json"), QByteArray("text/plain")}) {
        for (auto mode : {BodyFormatter::Mode::Pretty, BodyFormatter::Mode::Raw})
            checkFormatted(BodyFormatter::formatNow(bytes, type, mode, bytes.size()));
    }
    return 0;
}
