// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "store/outgoing.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QComboBox;
class QSettings;

namespace tether::core {
class VariableSet;
}
namespace tether::net {
class Session;
struct Exchange;
} // namespace tether::net
namespace tether::store {
struct HistoryEntry;
class Workspace;
} // namespace tether::store
namespace tether::workbench {
class Context;
class Dispatcher;
} // namespace tether::workbench

namespace tether::ui {

class CollectionsPanel;
class Feedback;
class RequestEditor;
class RequestTabs;
class ResponseView;
struct RequestTabState;

// The editing area's behaviour: what each request tab holds, sending and cancelling through
// the dispatcher, the response shown for the current tab, saving into collections, the
// environment sends use, and drafts of unsaved tabs. The widgets only display.
class RequestController : public QObject
{
    Q_OBJECT
public:
    RequestController(workbench::Context *context, RequestTabs *tabs, ResponseView *response,
                      CollectionsPanel *collections, Feedback *feedback, QObject *parent);
    ~RequestController() override;

    RequestEditor *currentEditor() const;
    RequestTabState &current() const;
    QComboBox *environmentBox() const { return m_environment; }

    void send();
    void cancel();
    RequestEditor *newRequestTab(const QString &collectionDir = {}, const QString &folder = {});
    void newRequestTabHere(); // in the current tab's collection and folder
    // Into the current tab when it is blank, else into a new one.
    void loadIntoNewTab(const core::Request &request, const QString &collectionDir, bool dirty);
    void openRequest(const QString &collectionDir, const QString &path);
    // A history entry, request and response together, in a read-only tab: the one already
    // showing history is reused (browsing history does not pile up tabs).
    void openHistoryEntry(const store::HistoryEntry &entry);
    bool closeTab(int index);
    bool save();
    // Saves the current tab as `path` in the collection; `name` is what the tree shows (by
    // default the tab's name when the path is unchanged, else the file name).
    bool saveAs(const QString &collectionDir, const QString &path, const QString &name = {});
    // The Save dialog: collection, folder (either can be made there) and name.
    bool chooseSaveAs();
    QString currentCollection() const;
    QString currentRequestPath() const;
    bool isModified() const;
    // A new collection: a blank current tab saves into it.
    void adoptCollection(const QString &dir);
    // The collection the user means: the current tab's, else the one selected in the panel.
    QString activeCollection() const;

    void setEnvironment(const QString &name);
    QString environment() const;
    void updateEnvironments();
    void editVariables();

    // The request as curl or code (inheritance applied, non-secret variables filled in), also
    // put on the clipboard. Empty path: the current tab's request.
    QString copyRequestAs(const QString &collectionDir, const QString &path, const QString &format);

    // A collection's request changed on disk: renamed, moved, or deleted (still open).
    void requestRenamed(const QString &dir, const QString &path, const QString &newPath,
                        const QString &name);
    void requestMoved(const QString &dir, const QString &path, const QString &newPath,
                      const QString &folder);
    void requestDeleted(const QString &dir, const QString &path);

    // Before quitting: with unsaved tabs, asks whether to keep them as drafts, save them or
    // stay (false: stay).
    bool confirmQuit();
    // Unsaved tabs as drafts (a failure is also said in the status bar).
    Result<void> writeDrafts();
    void restoreDrafts();
    // The saved requests open in tabs, and which is current.
    void saveTabs(QSettings &settings) const;
    void restoreTabs(const QSettings &settings);

    QString windowTitle() const;

Q_SIGNALS:
    void titleChanged();

private:
    void wireEditor(RequestEditor *editor);
    void onCurrentTabChanged();
    void onExchangeFinished(const net::Exchange &exchange);
    // The request as the dispatcher takes it, in the collection (if any) and environment chosen.
    store::Outgoing outgoing(const QString &collectionDir, const QString &path,
                             const core::Request &request) const;
    void updateVariablePreview();
    void scheduleDraft();

    net::Session *m_session;
    workbench::Dispatcher *m_dispatcher;
    store::Workspace *m_workspace;
    RequestTabs *m_tabs;
    ResponseView *m_response;
    CollectionsPanel *m_collections;
    Feedback *m_feedback;
    QComboBox *m_environment;
    QTimer *m_draftTimer;
    std::shared_ptr<QString> m_previewError; // why variables cannot be resolved, if so
    std::shared_ptr<core::VariableSet> m_previewVariables; // for hover previews
};

} // namespace tether::ui
