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
        m_states[editor].dirty = true;
        updateTitle(editor); // the method, and an untitled tab's URL path, as typed
        Q_EMIT editorChanged(editor);
    });
    Q_EMIT editorCreated(editor);
    setCurrentIndex(addTab(editor, QString()));
    updateTitle(editor);
    return editor;
}

void RequestTabs::cycle(int step)
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + step + count()) % count());
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
    return editor && tab.path.isEmpty() && !tab.dirty && tab.historyId == 0
            && editor->request().url.isEmpty();
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

QString RequestTabs::untitledName(const QString &url)
{
    // Browsers name a tab from its address: the path ("/users/42"), else the host. A URL that
    // starts with a {{variable}} is named from what follows it.
    QString rest = url.trimmed().section(u'?', 0, 0).section(u'#', 0, 0);
    if (const qsizetype scheme = rest.indexOf(u"://"_s); scheme >= 0)
        rest = rest.mid(scheme + 3);
    else if (rest.startsWith(u"{{"_s) && rest.indexOf(u"}}"_s) > 0)
        rest = rest.mid(rest.indexOf(u"}}"_s) + 2);
    const qsizetype slash = rest.indexOf(u'/');
    const QString host = rest.left(slash);
    const QString path = slash >= 0 ? rest.mid(slash) : QString();
    const QString name = path.size() > 1 ? path : host;
    constexpr qsizetype longest = 40;
    return name.size() > longest ? u'…' + name.right(longest - 1) : name;
}

void RequestTabs::updateTitle(RequestEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    const RequestTabState &tab = state(editor);
    const core::Request request = editor->request();
    QString title = tab.name;
    if (title.isEmpty())
        title = untitledName(request.url);
    if (title.isEmpty())
        title = tr("Untitled");
    title = request.method.toUpper() + u' ' + title;
    setTabText(index, tab.dirty ? title + u" ●"_s : title);
    setTabToolTip(index,
                  tab.historyId                ? tr("From history, read only")
                          : tab.path.isEmpty() ? tr("Not saved in a collection")
                                               : tab.collectionDir + u" — "_s + tab.path);
}

void RequestTabs::removeEditor(RequestEditor *editor)
{
    m_states.remove(editor);
    removeTab(indexOf(editor));
    editor->deleteLater();
}

} // namespace tether::ui
