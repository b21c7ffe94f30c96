// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/savecommand.h"
#include "cli/sender.h"

#include "secrets/secretstore.h"
#include "store/authsecrets.h"
#include "store/collectionstore.h"
#include "workbench/commandcontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString SaveCommand::name() const
{
    return u"save"_s;
}

QString SaveCommand::synopsis() const
{
    return uR"(  save DIR/FOLDER/NAME [options] URL
                          save a request into a collection (see 'tether-run save --help')
)"_s;
}

QString SaveCommand::usage() const
{
    return uR"(Usage: tether-run save DIR/FOLDER/NAME [send's options] URL

Saves the request (method, headers, body, auth from the same options as 'send') as NAME in
FOLDER of the collection at DIR, without sending it. DIR is the nearest folder above that holds
a collection.json; if there is none, DIR is created as a new collection (the path minus
FOLDER/NAME). Saving again overwrites the request in place.
)"_s;
}

int SaveCommand::run(const QStringList &arguments, workbench::CommandContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        out << usage();
        return 0;
    }
    if (arguments.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString target = QDir::cleanPath(QFileInfo(arguments.first()).absoluteFilePath());
    auto options = Sender::parse(arguments.mid(1));
    if (!options) {
        err << options.error().message << Qt::endl;
        return 2;
    }
    if (options.value().urls.size() != 1) {
        err << QObject::tr("save takes exactly one URL.") << Qt::endl;
        return 2;
    }
    // A body send would stream from a temporary copy is saved as text in the request file
    // (the copy is gone when save ends); bytes that are not text cannot be.
    if (const auto &spooled = options.value().spooledBody) {
        QFile copy(spooled->fileName());
        const QByteArray bytes = copy.open(QIODevice::ReadOnly) ? copy.readAll() : QByteArray();
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes) {
            err << QObject::tr("The body is not UTF-8 text, so it cannot be kept in the request "
                               "file; save it to a file and use --data-binary @FILE.")
                << Qt::endl;
            return 2;
        }
        options.value().request.body.mode = core::BodyMode::Raw;
        options.value().request.body.text = text;
        options.value().request.body.filePath.clear();
    }
    QString root = store::CollectionStore::findCollectionRoot(QFileInfo(target).path());
    if (root.isEmpty()) {
        const QStringList parts = target.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() < 3) {
            err << QObject::tr("Give DIR/FOLDER/NAME (or DIR/NAME inside an existing "
                               "collection).")
                << Qt::endl;
            return 2;
        }
        root = QFileInfo(QFileInfo(target).path()).path();
    }
    auto collection = store::CollectionStore::openOrCreate(root, QDir(root).dirName());
    if (!collection) {
        err << collection.error().message << Qt::endl;
        return 2;
    }
    core::SavedRequest saved;
    saved.path = QDir(root).relativeFilePath(target);
    saved.name = QFileInfo(target).fileName();
    saved.request = options.value().request;
    saved.request.url = options.value().urls.first();
    if (saved.path.startsWith(u".."_s) || saved.path.isEmpty()) {
        err << QObject::tr("%1 is not inside the collection at %2.").arg(target, root) << Qt::endl;
        return 2;
    }
    // -u user:password and the like: the secret goes to the keychain, the file keeps {{name}}.
    core::Collection updated = collection.value();
    secrets::SecretStore &secretStore = *context.secretStore();
    auto extracted = store::AuthSecrets::extract(updated, saved, secretStore);
    if (!extracted) {
        err << extracted.error().message << Qt::endl;
        return 1;
    }
    auto written = store::CollectionStore::saveRequest(root, extracted.value());
    if (!written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    if (updated.variables != collection.value().variables) {
        auto savedCollection = store::CollectionStore::saveCollection(updated);
        if (!savedCollection) {
            err << savedCollection.error().message << Qt::endl;
            return 1;
        }
    }
    out << QObject::tr("saved %1 %2 as %3")
                    .arg(saved.request.method, saved.request.url,
                         QDir::toNativeSeparators(written.value()))
        << Qt::endl;
    return 0;
}

} // namespace tether::cli
