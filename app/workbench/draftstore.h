// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace tether::workbench {

// An open request with changes not yet saved, kept so quitting (or a crash) never loses typing.
struct Draft
{
    QString collectionDir; // empty: not in a collection
    QString path; // the saved request it edits; empty for a new one
    QString name;
    QString folder; // where a new one would be saved
    core::Request request;
};

// The drafts of the open tabs in one JSON file (drafts.json in the app's data folder), written
// atomically: the file holds the last complete set or nothing.
class DraftStore
{
public:
    explicit DraftStore(QString path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    // Replaces the stored drafts; none removes the file.
    Result<void> write(const QList<Draft> &drafts) const;
    // No file: none. A file that cannot be read or parsed is an error naming it.
    Result<QList<Draft>> read() const;

private:
    QString m_path;
};

} // namespace tether::workbench
