// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// libFuzzer: a whole folder from one input, read as a Bruno collection (folder walker, .bru and
// OpenCollection YAML) and as a Tether collection (collection/folder/request loading).
//
// Input: lines "== path" start a file whose content runs to the next such line, "=/ path" makes a
// folder and "=> path -> target" a relative symbolic link (cycles welcome). Paths stay inside the
// folder: no absolute paths, no "..".
#include "formats/importer.h"
#include "store/collectionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tether::core;
using namespace tether::store;

static bool insideTree(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.size() > 3000)
        return false;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts)
        if (part.isEmpty() || part == u".." || part == u".")
            return false;
    return true;
}

static void build(const QString &root, const QByteArray &input)
{
    const QDir dir(root);
    QString current; // the file being written
    QByteArray content;
    auto finish = [&] {
        if (current.isEmpty())
            return;
        dir.mkpath(QFileInfo(dir.filePath(current)).path());
        QFile file(dir.filePath(current));
        // A path through a link that leads back in is fine; anything else is left unwritten.
        if (!QFileInfo(file.fileName()).isSymLink() && file.open(QIODevice::WriteOnly))
            file.write(content);
        current.clear();
        content.clear();
    };
    for (const QByteArray &line : input.split('\n')) {
        if (line.startsWith("== ") || line.startsWith("=/ ") || line.startsWith("=> ")) {
            finish();
            const QString rest = QString::fromUtf8(line.mid(3)).trimmed();
            if (line.startsWith("== ")) {
                if (insideTree(rest))
                    current = rest;
            } else if (line.startsWith("=/ ")) {
                if (insideTree(rest))
                    dir.mkpath(rest);
            } else {
                const qsizetype arrow = rest.indexOf(QStringLiteral(" -> "));
                const QString link = rest.left(arrow).trimmed();
                const QString target = rest.mid(arrow + 4).trimmed();
                if (arrow > 0 && insideTree(link) && insideTree(target)) {
                    dir.mkpath(QFileInfo(dir.filePath(link)).path());
                    // Relative to the link's own folder, as ln -s makes it.
                    const int up = int(link.count(u'/'));
                    QFile::link(QStringLiteral("../").repeated(up) + target, dir.filePath(link));
                }
            }
        } else if (!current.isEmpty()) {
            content += line;
            content += '\n';
        }
    }
    finish();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    const QString root = scratch.filePath(QStringLiteral("tree"));
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    build(root, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    auto imported = tether::formats::Importer::importPath(root);
    if (imported)
        (void)imported.value().requestCount();
    auto loaded = CollectionStore::load(root);
    if (loaded)
        (void)CollectionStore::findCollectionRoot(root + QStringLiteral("/a/b"));
    return 0;
}
