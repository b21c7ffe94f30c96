// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// libFuzzer: any bytes through the YAML reader (Insomnia YAML exports, Bruno OpenCollection).
#include "formats/insomniaimporter.h"
#include "formats/yamlreader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = tether::formats::YamlReader::parse(bytes, QStringLiteral("fuzz.yaml"));
    if (parsed && tether::formats::InsomniaImporter::isExport(parsed.value()))
        (void)tether::formats::InsomniaImporter::import(parsed.value(),
                                                        QStringLiteral("fuzz.yaml"));
    return 0;
}
