// libFuzzer: any text through the .http importer and back through the .http exporter.
#include "store/formats/httpfileexporter.h"
#include "store/formats/httpfileimporter.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto imported
            = tether::store::formats::HttpFileImporter::import(text, QStringLiteral("fuzz.http"));
    if (imported) {
        for (const auto &request : imported.value().collection.root.requests)
            (void)tether::store::formats::HttpFileExporter::exportRequest(request.name,
                                                                          request.request);
    }
    return 0;
}
