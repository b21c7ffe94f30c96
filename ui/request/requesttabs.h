// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"
#include "net/exchange.h"

#include <QHash>
#include <QTabWidget>

#include <optional>

namespace tether::ui {

class RequestEditor;

// Where a tab's request lives and what it last received.
struct RequestTabState
{
    QString collectionDir; // "" for a request not (yet) in a collection
    QString path; // request path in the collection; "" until saved
    QString name;
    QString folder; // where Save puts a new request
    bool dirty = false;
    quint64 inFlight = 0;
    std::optional<net::Exchange> lastExchange;
    qint64 historyId = 0; // a history entry shown read-only (request and response); 0: none
};

// The open requests, one editor per tab; a modified one shows a dot in its title.
class RequestTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit RequestTabs(QWidget *parent = nullptr);

    RequestEditor *currentEditor() const;
    RequestEditor *editorAt(int index) const;
    QList<RequestEditor *> editors() const;
    RequestTabState &state(RequestEditor *editor);
    const RequestTabState &state(RequestEditor *editor) const;

    // A new tab (made current) holding the request; the request does not count as a change.
    RequestEditor *openTab(const core::Request &request, const RequestTabState &state);
    RequestEditor *find(const QString &collectionDir, const QString &path) const;
    // An untitled, unmodified tab with no URL: opening a request may take its place.
    bool isBlank(RequestEditor *editor) const;
    void load(RequestEditor *editor, const core::Request &request);
    void setDirty(RequestEditor *editor, bool dirty);
    // An unsaved tab's name, from its URL: the path, else the host; empty when neither.
    static QString untitledName(const QString &url);
    void updateTitle(RequestEditor *editor);
    void removeEditor(RequestEditor *editor);
    // The next (1) or previous (-1) tab, round from the last to the first.
    void cycle(int step);

Q_SIGNALS:
    void editorCreated(tether::ui::RequestEditor *editor);
    void editorChanged(tether::ui::RequestEditor *editor); // the user edited it

private:
    QHash<RequestEditor *, RequestTabState> m_states;
    bool m_loading = false;
};

} // namespace tether::ui
