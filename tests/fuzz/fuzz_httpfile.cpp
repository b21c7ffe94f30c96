// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// libFuzzer: any text through the .http importer and back through the .http exporter.
#include "formats/httpfileexporter.h"
#include "formats/httpfileimporter.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto imported = tether::formats::HttpFileImporter::import(text, QStringLiteral("fuzz.http"));
    if (imported) {
        for (const auto &request : imported.value().collection.root.requests)
            (void)tether::formats::HttpFileExporter::exportRequest(request.name, request.request);
    }
    return 0;
}
