// libFuzzer: any text through the shell splitter and the curl importer, and what it imports
// back out through the curl exporter. Must never crash, hang or trip a sanitizer.
#include "store/formats/curlexporter.h"
#include "store/formats/curlimporter.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto imported = tether::store::formats::CurlImporter::import(text);
    if (imported) {
        for (const auto &request : imported.value().collection.root.requests) {
            const QString command
                    = tether::store::formats::CurlExporter::toCommand(request.request);
            QStringList warnings;
            (void)tether::store::formats::CurlImporter::parseCommand(command, &warnings);
        }
    }
    return 0;
}
