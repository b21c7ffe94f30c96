// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "request/requestcontroller.h"
#include "collections/collectionspanel.h"
#include "collections/environmenteditor.h"
#include "collections/saverequestdialog.h"
#include "common/feedback.h"
#include "core/counted.h"
#include "request/requesteditor.h"
#include "request/requesttabs.h"
#include "response/responseview.h"

#include "net/session.h"
#include "secrets/secretstore.h"
#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/historystore.h"
#include "store/workspace.h"
#include "workbench/context.h"
#include "workbench/dispatcher.h"
#include "workbench/draftstore.h"
#include "workbench/exportservice.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace tether::ui {

RequestController::RequestController(workbench::Context *context, RequestTabs *tabs,
                                     ResponseView *response, CollectionsPanel *collections,
                                     Feedback *feedback, QObject *parent)
    : QObject(parent),
      m_session(context->session()),
      m_dispatcher(context->dispatcher()),
      m_workspace(context->workspace()),
      m_tabs(tabs),
      m_response(response),
      m_collections(collections),
      m_feedback(feedback),
      m_environment(new QComboBox(tabs)),
      m_draftTimer(new QTimer(this))
{
    m_environment->setObjectName(u"environment"_s);
    m_environment->setMinimumContentsLength(14);
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &RequestController::updateVariablePreview);

    connect(m_tabs, &RequestTabs::editorCreated, this, &RequestController::wireEditor);
    connect(m_tabs, &RequestTabs::editorChanged, this, [this] {
        scheduleDraft();
        Q_EMIT titleChanged();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &RequestController::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &RequestController::closeTab);

    // Opened, imported or edited collections bring their environments to the toolbar.
    connect(m_workspace, &store::Workspace::collectionsChanged, this,
            &RequestController::updateEnvironments);
    connect(m_session, &net::Session::exchangeFinished, this,
            &RequestController::onExchangeFinished);
    connect(m_session, &net::Session::downloadProgress, this,
            [this](quint64 id, qint64 received, qint64 total) {
                if (id == current().inFlight && received > 512 * 1024)
                    m_response->showProgress(received, total);
            });
    connect(m_response, &ResponseView::trustRequested, this,
            [this](const QString &origin, const QByteArray &sha256) {
                m_session->trustCertificate(origin, sha256);
                m_feedback->status(tr("Trusting that certificate for %1 until Tether quits. "
                                      "Sending again…")
                                           .arg(origin),
                                   8000);
                send();
            });

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, &RequestController::writeDrafts);
}

RequestController::~RequestController() = default;

RequestEditor *RequestController::currentEditor() const
{
    return m_tabs->currentEditor();
}

RequestTabState &RequestController::current() const
{
    return m_tabs->state(m_tabs->currentEditor());
}

QString RequestController::currentCollection() const
{
    return current().collectionDir;
}

QString RequestController::currentRequestPath() const
{
    return current().path;
}

bool RequestController::isModified() const
{
    return current().dirty;
}

QString RequestController::activeCollection() const
{
    return current().collectionDir.isEmpty() ? m_collections->selectedCollection()
                                             : current().collectionDir;
}

void RequestController::adoptCollection(const QString &dir)
{
    if (!m_tabs->isBlank(currentEditor()))
        return;
    current().collectionDir = dir;
    updateEnvironments();
}

void RequestController::wireEditor(RequestEditor *editor)
{
    connect(editor, &RequestEditor::sendRequested, this, &RequestController::send);
    connect(editor, &RequestEditor::cancelRequested, this, &RequestController::cancel);
    connect(editor, &RequestEditor::curlImported, this, [this](const QStringList &warnings) {
        m_feedback->status(warnings.isEmpty()
                                   ? tr("curl command imported")
                                   : tr("curl command imported — %1").arg(warnings.join(u"; "_s)),
                           12000);
    });
    connect(editor, &RequestEditor::copyAsRequested, this,
            [this](const QString &format) { copyRequestAs({}, {}, format); });
    connect(editor, &RequestEditor::openAsNewRequested, this, [this, editor] {
        const RequestTabState &state = m_tabs->state(editor);
        RequestTabState fresh;
        fresh.collectionDir = state.collectionDir;
        m_tabs->setDirty(m_tabs->openTab(editor->request(), fresh), true);
        onCurrentTabChanged();
    });
}

RequestEditor *RequestController::newRequestTab(const QString &collectionDir, const QString &folder)
{
    RequestTabState state;
    state.collectionDir = collectionDir;
    state.folder = folder;
    RequestEditor *editor = m_tabs->openTab({}, state);
    editor->focusUrl();
    if (!collectionDir.isEmpty())
        m_feedback->status(tr("New request: Ctrl+S saves it into %1")
                                   .arg(folder.isEmpty() ? QDir(collectionDir).dirName() : folder),
                           6000);
    return editor;
}

void RequestController::newRequestTabHere()
{
    newRequestTab(current().collectionDir, current().folder);
}

void RequestController::loadIntoNewTab(const core::Request &request, const QString &collectionDir,
                                       bool dirty)
{
    RequestEditor *editor = m_tabs->isBlank(currentEditor()) ? currentEditor() : nullptr;
    if (editor) {
        m_tabs->load(editor, request);
        m_tabs->state(editor).collectionDir = collectionDir;
    } else {
        RequestTabState state;
        state.collectionDir = collectionDir;
        editor = m_tabs->openTab(request, state);
    }
    m_tabs->setDirty(editor, dirty);
    m_tabs->updateTitle(editor);
    onCurrentTabChanged();
}

bool RequestController::closeTab(int index)
{
    RequestEditor *editor = m_tabs->editorAt(index);
    if (!editor)
        return false;
    const RequestTabState &state = m_tabs->state(editor);
    if (state.dirty) {
        m_tabs->setCurrentIndex(index);
        const auto answer = m_feedback->askSave(
                tr("Unsaved changes"),
                tr("Save the changes to \"%1\" before closing it?")
                        .arg(state.name.isEmpty() ? tr("Untitled") : state.name));
        if (answer == Feedback::SaveChoice::Cancel
            || (answer == Feedback::SaveChoice::Save && !save()))
            return false;
    }
    if (state.inFlight)
        m_session->cancel(state.inFlight);
    m_tabs->removeEditor(editor);
    if (m_tabs->count() == 0)
        newRequestTab();
    scheduleDraft();
    return true;
}

void RequestController::onCurrentTabChanged()
{
    RequestEditor *editor = currentEditor();
    if (!editor)
        return;
    const RequestTabState &state = current();
    if (state.lastExchange)
        m_response->showExchange(*state.lastExchange);
    else
        m_response->clear();
    editor->setBusy(state.inFlight != 0);
    updateEnvironments();
    Q_EMIT titleChanged();
}

store::Outgoing RequestController::outgoing(const QString &collectionDir, const QString &path,
                                            const core::Request &request) const
{
    store::Outgoing outgoing;
    outgoing.request = request;
    outgoing.collection = collectionDir.isEmpty()
            ? nullptr
            : m_workspace->collections()->collection(collectionDir);
    outgoing.path = path;
    outgoing.environment = environment();
    return outgoing;
}

void RequestController::send()
{
    RequestEditor *editor = currentEditor();
    RequestTabState &state = current();
    if (state.historyId != 0) {
        m_feedback->status(tr("From history, read only: open it as a new request to send it, "
                              "or Replay it from History."),
                           6000);
        return;
    }
    const core::Request request = editor->request();
    store::Outgoing outgoing = this->outgoing(state.collectionDir, state.path, request);
    // The tab comes back with the exchange (closed meanwhile: a null pointer).
    outgoing.tag = QVariant::fromValue(QPointer<RequestEditor>(editor));
    auto id = m_dispatcher->send(outgoing);
    // A body file outside the collection is sent only when the user says so, each time.
    if (!id && id.error().code == u"outside-file"
        && m_feedback->ask(tr("File outside the collection"),
                           id.error().message.section(u';', 0, 0) + tr(". Send it anyway?"))) {
        outgoing.allowOutsideFiles = true;
        id = m_dispatcher->send(outgoing);
    }
    if (!id) {
        m_response->showError(id.error().message);
        return;
    }
    state.inFlight = id.value();
    m_response->showPending(request.method + u' ' + request.url);
    editor->setBusy(true);
}

void RequestController::cancel()
{
    if (current().inFlight)
        m_session->cancel(current().inFlight);
}

void RequestController::onExchangeFinished(const net::Exchange &exchange)
{
    RequestEditor *editor = exchange.context.tag.value<QPointer<RequestEditor>>();
    if (!editor)
        return; // its tab was closed, or another part of Tether sent it
    RequestTabState &state = m_tabs->state(editor);
    if (state.inFlight == exchange.id)
        state.inFlight = 0;
    state.lastExchange = exchange;
    if (editor == currentEditor()) {
        editor->setBusy(false);
        m_response->showExchange(exchange);
    }
}

void RequestController::updateEnvironments()
{
    if (!currentEditor())
        return;
    const QString dir = current().collectionDir;
    const QString selected = environment();
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->clear();
        m_environment->addItem(tr("No environment"), QString());
        for (const QString &name : m_workspace->environments(dir))
            m_environment->addItem(name, name);
        m_environment->setEnabled(!dir.isEmpty());
        m_environment->setCurrentIndex(qMax(0, m_environment->findData(selected)));
    }
    updateVariablePreview();
}

void RequestController::setEnvironment(const QString &name)
{
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(name)));
}

QString RequestController::environment() const
{
    return m_environment->currentData().toString();
}

void RequestController::editVariables()
{
    if (current().collectionDir.isEmpty()) {
        m_feedback->status(tr("Open or save a request in a collection to edit its variables."),
                           6000);
        return;
    }
    EnvironmentEditor editor(m_workspace, current().collectionDir, environment(),
                             m_feedback->window());
    editor.exec();
    updateEnvironments();
}

void RequestController::updateVariablePreview()
{
    // Resolve once per tab, collection or environment change (the keychain is read here, not
    // on every hover); editors format the cached set as the pointer moves.
    RequestEditor *editor = currentEditor();
    if (!editor)
        return;
    // Nothing is sent here: body files outside the collection are a question for send().
    store::Outgoing outgoing
            = this->outgoing(current().collectionDir, current().path, editor->request());
    outgoing.allowOutsideFiles = true;
    auto prepared = m_dispatcher->prepare(outgoing);
    m_previewVariables = std::make_shared<core::VariableSet>(prepared ? prepared.value().variables
                                                                      : core::VariableSet{});
    m_previewError = std::make_shared<QString>(prepared ? QString() : prepared.error().message);
    const auto variables = m_previewVariables;
    const auto error = m_previewError;
    editor->setVariablePreview([variables, error](const QString &text) {
        QStringList lines;
        for (const QString &name : core::VariableSet::referencedNames(text)) {
            if (!error->isEmpty())
                lines.append(u"{{%1}}: %2"_s.arg(name, *error));
            else
                lines.append(u"{{%1}} = %2"_s.arg(name,
                                                  !variables->contains(name) ? tr("(undefined)")
                                                          : variables->isSecret(name)
                                                          ? u"••••"_s
                                                          : variables->value(name)));
        }
        return lines.join(u'\n');
    });
}

void RequestController::openRequest(const QString &collectionDir, const QString &path)
{
    if (RequestEditor *open = m_tabs->find(collectionDir, path)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    const core::Collection *collection = m_workspace->collections()->collection(collectionDir);
    const core::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
    if (!saved)
        return;
    RequestTabState state;
    state.collectionDir = collectionDir;
    state.path = path;
    state.name = saved->name;
    state.folder = path.section(u'/', 0, -2);
    RequestEditor *editor = currentEditor();
    if (m_tabs->isBlank(editor)) {
        m_tabs->load(editor, saved->request);
        m_tabs->state(editor) = state;
        m_tabs->updateTitle(editor);
        onCurrentTabChanged();
    } else {
        m_tabs->openTab(saved->request, state);
    }
}

void RequestController::openHistoryEntry(const store::HistoryEntry &entry)
{
    RequestEditor *editor = nullptr;
    for (RequestEditor *open : m_tabs->editors()) {
        if (m_tabs->state(open).historyId == entry.id) {
            m_tabs->setCurrentWidget(open);
            return;
        }
    }
    RequestTabState state;
    state.historyId = entry.id;
    state.collectionDir = entry.collectionDir;
    state.name = tr("%1 (history)").arg(RequestTabs::untitledName(entry.request.url));
    state.lastExchange = store::HistoryStore::toExchange(entry);
    if (m_tabs->state(currentEditor()).historyId != 0 || m_tabs->isBlank(currentEditor())) {
        editor = currentEditor();
        m_tabs->load(editor, entry.request);
        m_tabs->state(editor) = state;
        m_tabs->updateTitle(editor);
    } else {
        editor = m_tabs->openTab(entry.request, state);
    }
    const QString when = QLocale().toString(entry.startedAt, QLocale::ShortFormat);
    editor->setReadOnly(
            true,
            entry.environment.isEmpty()
                    ? tr("Sent %1 — read only").arg(when)
                    : tr("Sent %1 with environment %2 — read only").arg(when, entry.environment));
    onCurrentTabChanged();
}

bool RequestController::save()
{
    if (current().historyId != 0) {
        m_feedback->status(tr("From history, read only: open it as a new request to save it."),
                           6000);
        return false;
    }
    if (current().collectionDir.isEmpty() || current().path.isEmpty())
        return chooseSaveAs();
    return saveAs(current().collectionDir, current().path);
}

bool RequestController::saveAs(const QString &collectionDir, const QString &path,
                               const QString &requestName)
{
    RequestEditor *editor = currentEditor();
    RequestTabState &state = current();
    const QString name = !requestName.isEmpty() ? requestName
            : state.path == path                ? state.name
                                                : QString();
    auto written = m_workspace->saveRequest(collectionDir, path, name, editor->request());
    if (!written && secrets::SecretStore::couldNotStore(written.error())) {
        if (!m_feedback->ask(tr("No keychain"),
                             written.error().message
                                     + tr("\n\nKeep the secret in memory until Tether quits? "
                                          "The file will hold only a reference to it."))) {
            // Declined: nothing written, the tab keeps what was typed.
            m_feedback->status(tr("Not saved: the secret has no keychain to go to."), 6000);
            return false;
        }
        written = m_workspace->saveRequest(collectionDir, path, name, editor->request(), true);
    }
    if (!written) {
        m_feedback->warn(tr("Not saved"), written.error().message);
        return false;
    }
    // Reload what was written: typed auth secrets now read {{references}}.
    const core::Collection *collection = m_workspace->collections()->collection(collectionDir);
    const core::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
    if (saved)
        m_tabs->load(editor, saved->request);
    state.collectionDir = collectionDir;
    state.path = path;
    state.name = saved ? saved->name : path.section(u'/', -1);
    state.folder = path.section(u'/', 0, -2);
    m_tabs->setDirty(editor, false);
    m_tabs->updateTitle(editor);
    Q_EMIT titleChanged();
    updateEnvironments();
    scheduleDraft();
    m_collections->tree()->setCurrentIndex(
            m_workspace->collections()->indexFor(collectionDir, path));
    m_feedback->status(tr("Saved %1").arg(QDir::toNativeSeparators(written.value())), 4000);
    return true;
}

bool RequestController::chooseSaveAs()
{
    const RequestTabState &state = current();
    // An unnamed request is offered the name its tab shows ("/users/42" → "users/42").
    QString name = state.name;
    if (name.isEmpty()) {
        name = RequestTabs::untitledName(currentEditor()->request().url);
        if (name.startsWith(u'/'))
            name.remove(0, 1);
    }
    SaveRequestDialog dialog(m_workspace, name, m_feedback->window());
    dialog.setOwnPlace(state.collectionDir, state.path);
    const QString dir = activeCollection();
    const QString folder = state.folder.isEmpty() && dir == m_collections->selectedCollection()
            ? m_collections->selectedFolder()
            : state.folder;
    if (!dialog.select(dir, folder))
        dialog.select(dir, {});
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return saveAs(dialog.collectionDir(), dialog.path(), dialog.name());
}

QString RequestController::copyRequestAs(const QString &collectionDir, const QString &path,
                                         const QString &format)
{
    core::Request request;
    QString dir = collectionDir;
    QString requestPath = path;
    if (path.isEmpty()) {
        if (!currentEditor())
            return {};
        request = currentEditor()->request();
        dir = current().collectionDir;
        requestPath = current().path;
    } else {
        const core::Collection *collection = m_workspace->collections()->collection(dir);
        const core::SavedRequest *saved = collection ? collection->findRequest(path) : nullptr;
        if (!saved)
            return {};
        request = saved->request;
    }
    const QString text = workbench::ExportService::requestAs(
            *m_dispatcher, outgoing(dir, requestPath, request), format);
    QApplication::clipboard()->setText(text);
    m_feedback->status(
            text.contains(u"{{"_s)
                    ? tr("Copied as %1; secret or undefined variables are left as {{name}}")
                              .arg(format)
                    : tr("Copied as %1").arg(format),
            8000);
    return text;
}

void RequestController::requestRenamed(const QString &dir, const QString &path,
                                       const QString &newPath, const QString &name)
{
    RequestEditor *editor = m_tabs->find(dir, path);
    if (!editor)
        return;
    m_tabs->state(editor).path = newPath;
    m_tabs->state(editor).name = name;
    m_tabs->updateTitle(editor);
    Q_EMIT titleChanged();
}

void RequestController::requestMoved(const QString &dir, const QString &path,
                                     const QString &newPath, const QString &folder)
{
    RequestEditor *editor = m_tabs->find(dir, path);
    if (!editor)
        return;
    m_tabs->state(editor).path = newPath;
    m_tabs->state(editor).folder = folder;
    m_tabs->updateTitle(editor);
}

void RequestController::requestDeleted(const QString &dir, const QString &path)
{
    RequestEditor *editor = m_tabs->find(dir, path);
    if (!editor)
        return;
    m_tabs->state(editor).path.clear(); // still open: saving again recreates it
    m_tabs->setDirty(editor, true);
    Q_EMIT titleChanged();
}

QString RequestController::windowTitle() const
{
    if (!currentEditor())
        return u"Tether"_s;
    const RequestTabState &state = current();
    QString title = state.path.isEmpty() ? tr("Untitled request") : state.name;
    if (!state.collectionDir.isEmpty())
        title += u" — "_s + QDir(state.collectionDir).dirName();
    return title + (state.dirty ? u" •"_s : QString()) + u" — Tether"_s;
}

void RequestController::scheduleDraft()
{
    m_draftTimer->start();
}

bool RequestController::confirmQuit()
{
    QList<RequestEditor *> unsaved;
    for (RequestEditor *editor : m_tabs->editors()) {
        if (m_tabs->state(editor).dirty)
            unsaved.append(editor);
    }
    if (unsaved.isEmpty())
        return true;
    QStringList names;
    for (RequestEditor *editor : std::as_const(unsaved))
        names.append(u"• "_s + m_tabs->tabText(m_tabs->indexOf(editor)).remove(u" ●"_s));
    const auto answer = m_feedback->askQuit(
            tr("Unsaved requests"),
            tr("Unsaved changes in %1:")
                            .arg(core::counted(unsaved.size(), tr("request"), tr("requests")))
                    + u"\n"_s + names.join(u'\n')
                    + tr("\n\nKept as drafts, they reopen when Tether starts again."));
    if (answer == Feedback::QuitChoice::Cancel)
        return false;
    if (answer == Feedback::QuitChoice::SaveAll) {
        for (RequestEditor *editor : std::as_const(unsaved)) {
            m_tabs->setCurrentWidget(editor);
            if (!save())
                return false; // this tab is in front, with what was typed
        }
    }
    return true;
}

Result<void> RequestController::writeDrafts()
{
    m_draftTimer->stop();
    QList<workbench::Draft> drafts;
    for (RequestEditor *editor : m_tabs->editors()) {
        const RequestTabState &state = m_tabs->state(editor);
        if (state.dirty)
            drafts.append(
                    {state.collectionDir, state.path, state.name, state.folder, editor->request()});
    }
    auto written = workbench::DraftStore().write(drafts);
    if (!written)
        m_feedback->status(
                tr("Unsaved requests are not kept as drafts: %1").arg(written.error().message));
    return written;
}

void RequestController::restoreDrafts()
{
    auto drafts = workbench::DraftStore().read();
    if (!drafts) {
        m_feedback->status(tr("Drafts not restored: %1").arg(drafts.error().message));
        return;
    }
    for (const workbench::Draft &draft : std::as_const(drafts.value())) {
        QString dir = draft.collectionDir;
        if (!dir.isEmpty() && !m_workspace->collections()->collection(dir)
            && !m_workspace->openCollection(dir))
            dir.clear();
        RequestTabState state;
        state.collectionDir = dir;
        state.path = dir.isEmpty() ? QString() : draft.path;
        state.name = draft.name;
        state.folder = draft.folder;
        m_tabs->setDirty(m_tabs->openTab(draft.request, state), true);
    }
    if (!drafts.value().isEmpty())
        m_feedback->status(tr("Reopened %1 from your last session (drafts, not saved yet).")
                                   .arg(core::counted(drafts.value().size(), tr("unsaved request"),
                                                      tr("unsaved requests"))),
                           8000);
}

void RequestController::saveTabs(QSettings &settings) const
{
    // Saved requests open in tabs (unsaved ones come back as drafts).
    QJsonArray tabs;
    for (RequestEditor *editor : m_tabs->editors()) {
        const RequestTabState &state = m_tabs->state(editor);
        if (!state.dirty && !state.collectionDir.isEmpty() && !state.path.isEmpty())
            tabs.append(
                    QJsonObject{{u"collection"_s, state.collectionDir}, {u"path"_s, state.path}});
    }
    settings.setValue(u"window/tabs"_s,
                      QString::fromUtf8(QJsonDocument(tabs).toJson(QJsonDocument::Compact)));
    settings.setValue(u"window/currentTab"_s, m_tabs->currentIndex());
}

void RequestController::restoreTabs(const QSettings &settings)
{
    const QJsonArray tabs
            = QJsonDocument::fromJson(settings.value(u"window/tabs"_s).toString().toUtf8()).array();
    for (const QJsonValue &value : tabs) {
        const QString dir = value.toObject().value(u"collection"_s).toString();
        if (!m_workspace->collections()->collection(dir) && !m_workspace->openCollection(dir))
            continue;
        openRequest(dir, value.toObject().value(u"path"_s).toString());
    }
    const int index = settings.value(u"window/currentTab"_s, -1).toInt();
    if (index >= 0 && index < m_tabs->count())
        m_tabs->setCurrentIndex(index);
}

} // namespace tether::ui
