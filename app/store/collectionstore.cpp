// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "store/collectionstore.h"
#include "store/folderlisting.h"
#include "store/jsonfile.h"
#include "store/requestcodec.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tether::store {

static const QString collectionFileName = u"collection.json"_s;
static const QString folderFileName = u"folder.json"_s;
static const QString requestSuffix = u".request.json"_s;

// The longest prefix of text that is at most maxBytes of UTF-8, never splitting a surrogate pair.
static QString truncatedToUtf8Bytes(const QString &text, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < text.size()
                && text.at(i + 1).isLowSurrogate();
        const qsizetype width = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (bytes + width > maxBytes)
            return text.left(i);
        bytes += width;
        if (pair)
            ++i;
    }
    return text;
}

QString CollectionStore::numberedName(const QString &name, int number)
{
    if (number < 2)
        return name;
    const QString suffix = u" (%1)"_s.arg(number);
    return truncatedToUtf8Bytes(name.trimmed(), maximumNameBytes - 1 - suffix.size()) + suffix;
}

QString CollectionStore::safeFileName(const QString &name)
{
    QString safe = name.trimmed();
    for (QChar &c : safe) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<'
            || c == u'>' || c == u'|' || c.category() == QChar::Other_Control)
            c = u'-';
    }
    // A leading dot would hide the file from listings (and "." and ".." are not names).
    for (qsizetype i = 0; i < safe.size() && safe.at(i) == u'.'; ++i)
        safe[i] = u'-';
    // One path component is at most 255 bytes: leave room for ".request.json", and one byte for
    // the '_' below.
    safe = truncatedToUtf8Bytes(safe, maximumNameBytes - 1);
    // Windows drops trailing dots and spaces, so two names could meet in one file there.
    while (safe.endsWith(u'.') || safe.endsWith(u' '))
        safe.chop(1);
    // Windows device names, alone or before any extension: "CON", "nul.txt", "com1.request.json".
    static const QRegularExpression reserved(u"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\.|$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const auto match = reserved.match(safe);
    if (match.hasMatch())
        safe.insert(match.capturedLength(1), u'_');
    if (safe.trimmed().isEmpty())
        safe = u"untitled"_s;
    return safe;
}

Result<void> CollectionStore::checkWriteInside(const QString &collectionDir, const QString &path)
{
    const QString root = QFileInfo(collectionDir).canonicalFilePath();
    if (root.isEmpty())
        return {}; // a collection being created: nothing on the way exists yet
    auto inside = [&root](const QString &canonical) {
        return canonical == root || canonical.startsWith(root + u'/');
    };
    // The deepest folder on the way that exists, where the link (if any) resolves.
    QString existing = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(existing) && QFileInfo(existing).absolutePath() != existing)
        existing = QFileInfo(existing).absolutePath();
    const QFileInfo file(path);
    const QString target = file.isSymLink() ? file.canonicalFilePath() : QString();
    if (!inside(QFileInfo(existing).canonicalFilePath())
        || (file.isSymLink() && (target.isEmpty() || !inside(target))))
        return Error{u"outside-collection"_s,
                     QObject::tr("Not written: %1 leads outside the collection %2 through a "
                                 "symbolic link.")
                             .arg(QDir::toNativeSeparators(path),
                                  QDir::toNativeSeparators(collectionDir))};
    return {};
}

QString CollectionStore::joinPath(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + u'/' + name;
}

QString CollectionStore::requestFile(const QString &collectionDir, const QString &requestPath)
{
    return QDir(collectionDir).filePath(requestPath + requestSuffix);
}

QString CollectionStore::findCollectionRoot(const QString &path)
{
    QDir dir(QFileInfo(path).absoluteFilePath());
    for (;;) {
        if (dir.exists(collectionFileName))
            return dir.absolutePath();
        if (!dir.cdUp())
            return {};
    }
}

QJsonObject CollectionStore::encodeVariables(const QList<core::Variable> &variables)
{
    QJsonArray array;
    for (const core::Variable &variable : variables) {
        QJsonObject object{{u"name"_s, variable.name}};
        if (variable.secret)
            object.insert(u"secret"_s, true); // the value lives in the keychain
        else
            object.insert(u"value"_s, variable.value);
        if (!variable.enabled)
            object.insert(u"enabled"_s, false);
        array.append(object);
    }
    return QJsonObject{{u"variables"_s, array}};
}

QList<core::Variable> CollectionStore::decodeVariables(const QJsonObject &object)
{
    QList<core::Variable> variables;
    for (const QJsonValue &value : object.value(u"variables"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        core::Variable variable;
        variable.name = entry.value(u"name"_s).toString();
        variable.secret = entry.value(u"secret"_s).toBool(false);
        variable.value = variable.secret ? QString() : entry.value(u"value"_s).toString();
        variable.enabled = entry.value(u"enabled"_s).toBool(true);
        variables.append(variable);
    }
    return variables;
}

static Result<void> checkFormat(const QJsonObject &object, const QString &expected,
                                const QString &path)
{
    const QString format = object.value(u"format"_s).toString();
    if (!format.isEmpty() && format != expected)
        return Error{u"wrong-format"_s,
                     QObject::tr("%1: expected a \"%2\" file, found \"%3\".")
                             .arg(QDir::toNativeSeparators(path), expected, format)};
    const int version = object.value(u"version"_s).toInt(1);
    if (version > CollectionStore::formatVersion)
        return Error{u"newer-format"_s,
                     QObject::tr("%1 was written by a newer Tether (format version %2; this one "
                                 "reads up to %3). It was not changed.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(version)
                             .arg(CollectionStore::formatVersion)};
    return {};
}

static void sortByOrder(core::CollectionFolder &folder)
{
    auto rank = [&folder](const QString &name) {
        const qsizetype index = folder.order.indexOf(name);
        return index < 0 ? folder.order.size() : index;
    };
    std::stable_sort(folder.folders.begin(), folder.folders.end(),
                     [&](const core::CollectionFolder &a, const core::CollectionFolder &b) {
                         return std::pair(rank(a.name), a.name.toLower())
                                 < std::pair(rank(b.name), b.name.toLower());
                     });
    std::stable_sort(folder.requests.begin(), folder.requests.end(),
                     [&](const core::SavedRequest &a, const core::SavedRequest &b) {
                         return std::pair(rank(a.name), a.name.toLower())
                                 < std::pair(rank(b.name), b.name.toLower());
                     });
}

static Result<void> loadFolder(const QString &collectionDir, core::CollectionFolder &folder,
                               FolderListing &listing, int depth)
{
    const QDir dir(QDir(collectionDir).filePath(folder.path));
    if (depth > core::maximumFolderDepth)
        return Error{u"too-deep"_s,
                     QObject::tr("%1: folders nested deeper than %2 levels.")
                             .arg(QDir::toNativeSeparators(dir.path()))
                             .arg(core::maximumFolderDepth)};
    auto entries = listing.enter(dir.path());
    if (!entries)
        return entries.error();
    if (!folder.path.isEmpty() && dir.exists(folderFileName)) {
        const QString path = dir.filePath(folderFileName);
        auto object = JsonFile::read(path);
        if (!object)
            return object.error();
        auto format = checkFormat(object.value(), u"tether-folder"_s, path);
        if (!format)
            return format.error();
        folder.raw = object.value();
        folder.name = folder.raw.value(u"name"_s).toString(folder.name);
        folder.headers = RequestCodec::decodeKeyValues(folder.raw.value(u"headers"_s).toArray());
        folder.auth = RequestCodec::decodeAuth(folder.raw.value(u"auth"_s).toObject());
        folder.order.clear();
        for (const QJsonValue &name : folder.raw.value(u"order"_s).toArray())
            folder.order.append(name.toString());
    }
    for (const QFileInfo &entry : std::as_const(entries.value())) {
        const QString childPath
                = folder.path.isEmpty() ? entry.fileName() : folder.path + u'/' + entry.fileName();
        const bool isRequest = entry.fileName().endsWith(requestSuffix);
        if (entry.isDir() || isRequest) {
            auto usable = FolderListing::checkEntry(entry);
            if (!usable)
                return usable.error();
        }
        if (entry.isDir()) {
            if (folder.path.isEmpty() && entry.fileName() == u"environments")
                continue;
            // .git and friends; a hidden folder Tether wrote (it has a folder.json) is read.
            if (entry.fileName().startsWith(u'.')
                && !QFileInfo::exists(QDir(entry.filePath()).filePath(folderFileName)))
                continue;
            core::CollectionFolder child;
            child.name = entry.fileName();
            child.path = childPath;
            auto loaded = loadFolder(collectionDir, child, listing, depth + 1);
            if (!loaded)
                return loaded;
            folder.folders.append(child);
        } else if (isRequest) {
            auto object = JsonFile::read(entry.filePath());
            if (!object)
                return object.error();
            auto format = checkFormat(object.value(), u"tether-request"_s, entry.filePath());
            if (!format)
                return format.error();
            core::SavedRequest request;
            request.path = childPath.chopped(requestSuffix.size());
            request.raw = object.value();
            request.name = request.raw.value(u"name"_s).toString(
                    entry.fileName().chopped(requestSuffix.size()));
            request.notes = request.raw.value(u"notes"_s).toString();
            request.request = RequestCodec::decode(request.raw);
            request.checks
                    = RequestCodec::decodeChecks(request.raw.value(u"assertions"_s).toArray());
            request.extractions
                    = RequestCodec::decodeExtractions(request.raw.value(u"extract"_s).toArray());
            folder.requests.append(request);
        }
    }
    sortByOrder(folder);
    return {};
}

Result<core::Collection> CollectionStore::load(const QString &dirPath)
{
    const QDir dir(dirPath);
    const QString path = dir.filePath(collectionFileName);
    if (!QFileInfo::exists(path))
        return Error{
                u"not-a-collection"_s,
                QObject::tr("%1 is not a Tether collection: it has no %2.")
                        .arg(QDir::toNativeSeparators(dir.absolutePath()), collectionFileName)};
    auto object = JsonFile::read(path);
    if (!object)
        return object.error();
    auto format = checkFormat(object.value(), u"tether-collection"_s, path);
    if (!format)
        return format.error();

    core::Collection collection;
    collection.dir = dir.absolutePath();
    collection.raw = object.value();
    collection.id = collection.raw.value(u"id"_s).toString();
    collection.name = collection.raw.value(u"name"_s).toString(dir.dirName());
    collection.description = collection.raw.value(u"description"_s).toString();
    collection.variables = decodeVariables(collection.raw);
    collection.root.name = collection.name;
    collection.root.headers
            = RequestCodec::decodeKeyValues(collection.raw.value(u"headers"_s).toArray());
    collection.root.auth = RequestCodec::decodeAuth(collection.raw.value(u"auth"_s).toObject());
    for (const QJsonValue &name : collection.raw.value(u"order"_s).toArray())
        collection.root.order.append(name.toString());
    if (collection.id.isEmpty())
        return Error{u"parse-error"_s,
                     QObject::tr("%1: the collection has no \"id\"; secrets are "
                                 "keyed by it, so it cannot be guessed.")
                             .arg(QDir::toNativeSeparators(path))};
    FolderListing listing;
    auto loaded = loadFolder(collection.dir, collection.root, listing, 0);
    if (!loaded)
        return loaded.error();
    const QDir environments(dir.filePath(u"environments"_s));
    for (const QFileInfo &entry :
         environments.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name))
        collection.environments.append(entry.completeBaseName());
    return collection;
}

Result<core::Collection> CollectionStore::openOrCreate(const QString &dir, const QString &name)
{
    if (QFileInfo::exists(QDir(dir).filePath(collectionFileName)))
        return load(dir);
    core::Collection collection;
    collection.dir = QDir(dir).absolutePath();
    collection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    collection.name = name.isEmpty() ? QDir(dir).dirName() : name;
    collection.root.name = collection.name;
    auto saved = saveCollection(collection);
    if (!saved)
        return saved.error();
    return collection;
}

static QJsonArray orderArray(const QStringList &order)
{
    QJsonArray array;
    for (const QString &name : order)
        array.append(name);
    return array;
}

static void setOrRemove(QJsonObject &object, const QString &key, const QJsonValue &value,
                        bool empty)
{
    if (empty)
        object.remove(key);
    else
        object.insert(key, value);
}

Result<void> CollectionStore::saveCollection(const core::Collection &collection)
{
    QJsonObject object = collection.raw;
    object.insert(u"format"_s, u"tether-collection"_s);
    object.insert(u"version"_s, formatVersion);
    object.insert(u"id"_s, collection.id);
    object.insert(u"name"_s, collection.name);
    setOrRemove(object, u"description"_s, collection.description, collection.description.isEmpty());
    setOrRemove(object, u"variables"_s, encodeVariables(collection.variables).value(u"variables"_s),
                collection.variables.isEmpty());
    setOrRemove(object, u"headers"_s, RequestCodec::encodeKeyValues(collection.root.headers),
                collection.root.headers.isEmpty());
    setOrRemove(object, u"auth"_s, RequestCodec::encodeAuth(collection.root.auth),
                collection.root.auth.type == core::AuthType::None);
    setOrRemove(object, u"order"_s, orderArray(collection.root.order),
                collection.root.order.isEmpty());
    const QString path = QDir(collection.dir).filePath(collectionFileName);
    if (auto inside = checkWriteInside(collection.dir, path); !inside)
        return inside;
    return JsonFile::write(path, object);
}

Result<void> CollectionStore::saveFolder(const QString &collectionDir,
                                         const core::CollectionFolder &folder)
{
    QJsonObject object = folder.raw;
    object.insert(u"format"_s, u"tether-folder"_s);
    object.insert(u"version"_s, formatVersion);
    object.insert(u"name"_s, folder.name);
    setOrRemove(object, u"headers"_s, RequestCodec::encodeKeyValues(folder.headers),
                folder.headers.isEmpty());
    setOrRemove(object, u"auth"_s, RequestCodec::encodeAuth(folder.auth),
                folder.auth.type == core::AuthType::None);
    setOrRemove(object, u"order"_s, orderArray(folder.order), folder.order.isEmpty());
    const QString path = QDir(collectionDir).filePath(folder.path + u'/' + folderFileName);
    if (auto inside = checkWriteInside(collectionDir, path); !inside)
        return inside;
    return JsonFile::write(path, object);
}

Result<QString> CollectionStore::saveRequest(const QString &collectionDir,
                                             const core::SavedRequest &request)
{
    const QStringList components = request.path.split(u'/');
    if (request.path.startsWith(u'/')
        || std::any_of(components.begin(), components.end(), [](const QString &part) {
               return part.isEmpty() || part == u"." || part == u"..";
           }))
        return Error{u"bad-path"_s,
                     QObject::tr("\"%1\" is not a request path inside the "
                                 "collection.")
                             .arg(request.path)};
    const QString path = requestFile(collectionDir, request.path);
    if (auto inside = checkWriteInside(collectionDir, path); !inside)
        return inside.error();
    QJsonObject base = request.raw;
    if (QFileInfo::exists(path)) {
        // Keep fields a newer Tether or another tool wrote; refuse to clobber what we cannot read.
        auto existing = JsonFile::read(path);
        if (!existing)
            return existing.error();
        for (auto it = existing.value().constBegin(); it != existing.value().constEnd(); ++it) {
            if (!base.contains(it.key()))
                base.insert(it.key(), it.value());
        }
    }
    QJsonObject object = RequestCodec::encode(request.request, base);
    object.insert(u"format"_s, u"tether-request"_s);
    object.insert(u"version"_s, formatVersion);
    object.insert(u"name"_s,
                  request.name.isEmpty() ? request.path.section(u'/', -1) : request.name);
    setOrRemove(object, u"notes"_s, request.notes, request.notes.isEmpty());
    // Empty lists leave what the file had: `save` over a request keeps its hand-written checks.
    if (!request.checks.isEmpty())
        object.insert(u"assertions"_s, RequestCodec::encodeChecks(request.checks));
    if (!request.extractions.isEmpty())
        object.insert(u"extract"_s, RequestCodec::encodeExtractions(request.extractions));
    auto written = JsonFile::write(path, object);
    if (!written)
        return written.error();
    return path;
}

} // namespace tether::store
