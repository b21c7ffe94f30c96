// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "body/bodyformatter.h"
#include "body/filelines.h"

#include <QAbstractListModel>

namespace tether::body {

// One row per line of a formatted body, or of a large body's file (FileLines); text is decoded
// only for rows a view asks for, so a body of millions of lines shows at once (DESIGN.md
// "Large bodies").
class BodyLinesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1 };
    static constexpr int maxLineChars = 20000;

    explicit BodyLinesModel(QObject *parent = nullptr);

    void setBody(FormattedBody body);
    const FormattedBody &body() const { return m_body; }
    // A body too large to load: its rows are read from the file as the view asks.
    // kind: Json colours each line (JSON lines), Text shows them plain.
    void setFileLines(std::shared_ptr<const FileLines> lines,
                      FormattedBody::Kind kind = FormattedBody::Kind::Text);
    bool isFileBacked() const { return m_file != nullptr; }

    // Next row at or after `from` (wrapping) whose text contains `needle`, or -1.
    int find(const QString &needle, int from, Qt::CaseSensitivity sensitivity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    FormattedBody m_body;
    std::shared_ptr<const FileLines> m_file;
    FormattedBody::Kind m_fileKind = FormattedBody::Kind::Text;
};

} // namespace tether::body
