// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "workbench/draftstore.h"

#include "store/jsonfile.h"
#include "store/requestcodec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tether::workbench {

DraftStore::DraftStore(QString path) : m_path(std::move(path)) { }

QString DraftStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"drafts.json"_s);
}

Result<void> DraftStore::write(const QList<Draft> &drafts) const
{
    if (drafts.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return Error{u"write-failed"_s,
                         QObject::tr("Cannot remove the old drafts %1.")
                                 .arg(QDir::toNativeSeparators(m_path))};
        return {};
    }
    QJsonArray tabs;
    for (const Draft &draft : drafts)
        tabs.append(QJsonObject{{u"collection"_s, draft.collectionDir},
                                {u"path"_s, draft.path},
                                {u"name"_s, draft.name},
                                {u"folder"_s, draft.folder},
                                {u"request"_s, store::RequestCodec::encode(draft.request)}});
    return store::JsonFile::write(m_path, QJsonObject{{u"tabs"_s, tabs}});
}

Result<QList<Draft>> DraftStore::read() const
{
    if (!QFile::exists(m_path))
        return QList<Draft>{};
    auto json = store::JsonFile::read(m_path);
    if (!json)
        return json.error();
    QList<Draft> drafts;
    for (const QJsonValue &value : json.value().value(u"tabs"_s).toArray()) {
        const QJsonObject tab = value.toObject();
        drafts.append({tab.value(u"collection"_s).toString(), tab.value(u"path"_s).toString(),
                       tab.value(u"name"_s).toString(), tab.value(u"folder"_s).toString(),
                       store::RequestCodec::decode(tab.value(u"request"_s).toObject())});
    }
    return drafts;
}

} // namespace tether::workbench
