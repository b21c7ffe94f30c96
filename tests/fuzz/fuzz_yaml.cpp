// libFuzzer: any bytes through the YAML reader (Insomnia YAML exports, Bruno OpenCollection).
#include "store/formats/insomniaimporter.h"
#include "store/formats/yamlreader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = tether::store::formats::YamlReader::parse(bytes, QStringLiteral("fuzz.yaml"));
    if (parsed && tether::store::formats::InsomniaImporter::isExport(parsed.value()))
        (void)tether::store::formats::InsomniaImporter::import(parsed.value(),
                                                               QStringLiteral("fuzz.yaml"));
    return 0;
}
