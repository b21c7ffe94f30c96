// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "request/requesttabs.h"
#include "request/requesteditor.h"

#include <QTabBar>

using namespace Qt::StringLiterals;

namespace tether::ui {

RequestTabs::RequestTabs(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(u"requestTabs"_s);
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    tabBar()->setExpanding(false);
}

RequestEditor *RequestTabs::currentEditor() const
{
    return qobject_cast<RequestEditor *>(currentWidget());
}

RequestEditor *RequestTabs::editorAt(int index) const
{
    return qobject_cast<RequestEditor *>(widget(index));
}

QList<RequestEditor *> RequestTabs::editors() const
{
    QList<RequestEditor *> list;
    for (int i = 0; i < count(); ++i)
        list.append(editorAt(i));
    return list;
}

RequestTabState &RequestTabs::state(RequestEditor *editor)
{
    return m_states[editor];
}

const RequestTabState &RequestTabs::state(RequestEditor *editor) const
{
    static const RequestTabState none;
    const auto found = m_states.constFind(editor);
    return found == m_states.constEnd() ? none : *found;
}

RequestEditor *RequestTabs::openTab(const core::Request &request, const RequestTabState &state)
{
    auto *editor = new RequestEditor(this);
    m_states.insert(editor, state);
    load(editor, request);
    connect(editor, &RequestEditor::changed, this, [this, editor] {
        if (m_loading)
            return;
        setDirty(editor, true);
        Q_EMIT editorChanged(editor);
    });
    Q_EMIT editorCreated(editor);
    setCurrentIndex(addTab(editor, QString()));
    updateTitle(editor);
    return editor;
}

RequestEditor *RequestTabs::find(const QString &collectionDir, const QString &path) const
{
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it) {
        if (!path.isEmpty() && it->collectionDir == collectionDir && it->path == path)
            return it.key();
    }
    return nullptr;
}

bool RequestTabs::isBlank(RequestEditor *editor) const
{
    const RequestTabState &tab = state(editor);
    return editor && tab.path.isEmpty() && !tab.dirty && editor->request().url.isEmpty();
}

void RequestTabs::load(RequestEditor *editor, const core::Request &request)
{
    m_loading = true;
    editor->setRequest(request);
    m_loading = false;
}

void RequestTabs::setDirty(RequestEditor *editor, bool dirty)
{
    RequestTabState &tab = m_states[editor];
    if (tab.dirty == dirty)
        return;
    tab.dirty = dirty;
    updateTitle(editor);
}

void RequestTabs::updateTitle(RequestEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    const RequestTabState &tab = state(editor);
    QString title = tab.name.isEmpty() ? tr("Untitled") : tab.name;
    const QString method = editor->request().method.toUpper();
    title = method + u' ' + title;
    setTabText(index, tab.dirty ? title + u" ●"_s : title);
    setTabToolTip(index,
                  tab.path.isEmpty() ? tr("Not saved in a collection")
                                     : tab.collectionDir + u" — "_s + tab.path);
}

void RequestTabs::removeEditor(RequestEditor *editor)
{
    m_states.remove(editor);
    removeTab(indexOf(editor));
    editor->deleteLater();
}

} // namespace tether::ui
