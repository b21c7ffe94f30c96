// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// libFuzzer: any text through the import entry point for one JSON/YAML format (TETHER_FUZZ_FORMAT:
// "postman", "insomnia", "har"), or through Importer::detect and whatever it picks (format ""),
// then out through every exporter. Must never crash, hang or trip a sanitizer.
#include "formats/exporter.h"
#include "formats/importer.h"

#include <QString>
#include <QStringList>

using namespace tether::formats;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString format = QStringLiteral(TETHER_FUZZ_FORMAT);
    QString fileName = QStringLiteral("fuzz.json");
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (format.isEmpty() && !bytes.isEmpty()) {
        // Detection looks at the name as well as the text: the first byte picks one.
        static const QStringList names{QStringLiteral("fuzz.json"), QStringLiteral("fuzz.yaml"),
                                       QStringLiteral("fuzz.har"),  QStringLiteral("fuzz.http"),
                                       QStringLiteral("fuzz.txt"),  QStringLiteral("fuzz")};
        fileName = names.at(uchar(bytes.front()) % names.size());
        bytes.remove(0, 1);
    }
    const QString text = QString::fromUtf8(bytes);
    if (format.isEmpty())
        (void)Importer::detect(text, fileName);
    auto imported = Importer::importText(text, fileName, format);
    if (!imported)
        return 0;
    ImportResult result = imported.value();
    result.assignPaths();
    (void)result.requestCount();
    ExportOptions options;
    options.exchanges = result.exchanges;
    for (const QString &target : Exporter::formats())
        (void)Exporter::exportText(result.collection, target, options);
    return 0;
}
