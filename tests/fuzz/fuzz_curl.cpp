// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// libFuzzer: any text through the shell splitter and the curl importer, and what it imports
// back out through the curl exporter. Must never crash, hang or trip a sanitizer.
#include "formats/curlexporter.h"
#include "formats/curlimporter.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto imported = tether::formats::CurlImporter::import(text);
    if (imported) {
        for (const auto &request : imported.value().collection.root.requests) {
            const QString command = tether::formats::CurlExporter::toCommand(request.request);
            QStringList warnings;
            (void)tether::formats::CurlImporter::parseCommand(command, &warnings);
        }
    }
    return 0;
}
