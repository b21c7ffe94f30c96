// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "formats/importer.h"
#include "formats/brunoimporter.h"
#include "formats/curlimporter.h"
#include "formats/harimporter.h"
#include "formats/httpfileimporter.h"
#include "formats/importsupport.h"
#include "formats/insomniaimporter.h"
#include "formats/postmanimporter.h"
#include "formats/yamlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tether::formats {

QStringList Importer::formats()
{
    return {u"postman"_s, u"insomnia"_s, u"bruno"_s, u"har"_s, u"http"_s, u"curl"_s};
}

// Files bigger than this are refused before reading: no real export comes near it.
static constexpr qint64 maximumFileSize = 256 * 1024 * 1024;

QString Importer::detect(const QString &text, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"bru")
        return u"bruno"_s;
    if (suffix == u"har")
        return u"har"_s;
    if (suffix == u"http" || suffix == u"rest")
        return u"http"_s;
    QString start = text.left(4096);
    // Skip comment lines to find what the text opens with.
    static const QRegularExpression comments(u"^(\\s*(#[^\\n]*|//[^\\n]*)?\\n)*\\s*"_s);
    start.remove(comments);
    if (start.startsWith(u'{') || start.startsWith(u'['))
        return u"json"_s; // postman, insomnia or har: decided after parsing
    if (start.startsWith(u"curl"_s))
        return u"curl"_s;
    if (suffix == u"yaml" || suffix == u"yml" || start.startsWith(u"_type:"_s)
        || start.contains(u"__export_format"_s))
        return u"insomnia"_s;
    static const QRegularExpression requestLine(
            u"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT|PROPFIND)\\s+\\S+"_s,
            QRegularExpression::MultilineOption);
    if (text.contains(u"\n###"_s) || text.startsWith(u"###"_s)
        || requestLine.match(text).hasMatch())
        return u"http"_s;
    if (text.contains(u"curl "_s))
        return u"curl"_s;
    return {};
}

static Result<ImportResult> importJson(const QString &text, const QString &name,
                                       const QString &format)
{
    auto document = ImportSupport::parseJson(text.toUtf8(), name);
    if (!document)
        return document.error();
    const QJsonDocument &json = document.value();
    const bool any = format.isEmpty() || format == u"json";
    if ((any || format == u"insomnia") && InsomniaImporter::isExport(json.object()))
        return InsomniaImporter::import(json.object(), name);
    if ((any || format == u"postman") && PostmanImporter::isEnvironment(json)) {
        ImportResult result;
        result.format = u"postman"_s;
        auto environment = PostmanImporter::importEnvironment(json, name, &result.warnings);
        if (!environment)
            return environment.error();
        result.collection.name = environment.value().name;
        result.environments.append(environment.value());
        return result;
    }
    if ((any || format == u"postman") && PostmanImporter::isCollection(json))
        return PostmanImporter::importCollection(json, name);
    if ((any || format == u"har") && HarImporter::isHar(json))
        return HarImporter::import(json, name);
    if (!any)
        return Error{u"wrong-format"_s, QObject::tr("%1 is not a %2 file").arg(name, format)};
    return Error{u"unknown-format"_s,
                 QObject::tr("%1: JSON, but not a Postman collection or environment, an Insomnia "
                             "export or a HAR file")
                         .arg(name)};
}

Result<ImportResult> Importer::importText(const QString &text, const QString &name,
                                          const QString &format, const QString &baseDir)
{
    QString chosen = format.isEmpty() ? detect(text, name) : format;
    if (chosen.isEmpty())
        return Error{u"unknown-format"_s,
                     QObject::tr("%1: the format was not recognised (Postman, Insomnia, Bruno, "
                                 "HAR, .http or curl); name one with --from")
                             .arg(name)};
    if (chosen == u"curl")
        return CurlImporter::import(text, name);
    if (chosen == u"http")
        return HttpFileImporter::import(text, name, baseDir);
    if (chosen == u"insomnia" && !text.trimmed().startsWith(u'{')) {
        auto yaml = YamlReader::parse(text.toUtf8(), name);
        if (!yaml)
            return yaml.error();
        if (!InsomniaImporter::isExport(yaml.value()))
            return Error{u"wrong-format"_s, QObject::tr("%1 is not an Insomnia export").arg(name)};
        return InsomniaImporter::import(yaml.value(), name);
    }
    if (chosen == u"bruno")
        return Error{u"wrong-format"_s,
                     QObject::tr("%1: Bruno collections are imported from their folder or a "
                                 ".bru file")
                             .arg(name)};
    return importJson(text, name, chosen);
}

Result<ImportResult> Importer::importPath(const QString &path, const QString &format)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{u"unreadable"_s, QObject::tr("%1 does not exist").arg(name)};
    if (!format.isEmpty() && !formats().contains(format))
        return Error{u"usage"_s,
                     QObject::tr("unknown format \"%1\"; use one of %2")
                             .arg(format, formats().join(u", "_s))};
    if (info.isDir()) {
        if ((format.isEmpty() || format == u"bruno") && BrunoImporter::isCollectionDir(path))
            return BrunoImporter::importDirectory(path);
        return Error{u"unknown-format"_s,
                     QObject::tr("%1 is a folder but not a Bruno collection (no bruno.json or "
                                 "opencollection.yml)")
                             .arg(name)};
    }
    if (info.size() > maximumFileSize)
        return Error{u"too-large"_s,
                     QObject::tr("%1 is %2 MiB; imports are limited to %3 MiB")
                             .arg(name)
                             .arg(info.size() >> 20)
                             .arg(maximumFileSize >> 20)};
    if (info.suffix().toLower() == u"bru" && (format.isEmpty() || format == u"bruno"))
        return BrunoImporter::importFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"unreadable"_s,
                     QObject::tr("Cannot read %1: %2").arg(name, file.errorString())};
    return importText(QString::fromUtf8(file.readAll()), name, format, info.absolutePath());
}

} // namespace tether::formats
