// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QPointer>
#include <QString>

class QMainWindow;

namespace tether::ui {

// How the window's parts speak to the user: a passing line in the status bar, and dialogs for
// what needs attention. The dialogs are virtual so that tests answer them instead of a person
// (tests/support/scriptedfeedback.h).
class Feedback
{
public:
    enum class SaveChoice { Save, Discard, Cancel };
    // Quitting with unsaved tabs: keep them as drafts (they reopen at the next start), save
    // them now, or stay.
    enum class QuitChoice { KeepDrafts, SaveAll, Cancel };

    virtual ~Feedback();

    // The window whose status bar and dialogs are used.
    void attach(QMainWindow *window);
    QMainWindow *window() const { return m_window; }

    // A passing message in the status line; 0 = until the next one.
    void status(const QString &message, int timeoutMs = 0);
    // A failure the user must see: in the status line and in a dialog.
    void warn(const QString &title, const QString &message);

    virtual void showWarning(const QString &title, const QString &message);
    virtual bool ask(const QString &title, const QString &question); // Yes or No
    virtual SaveChoice askSave(const QString &title, const QString &question);
    virtual QuitChoice askQuit(const QString &title, const QString &question);
    // Whether a person answers. Without one, an import goes to a new collection without the
    // import dialog, and drafts that cannot be written do not hold up quitting.
    virtual bool interactive() const { return true; }

private:
    QPointer<QMainWindow> m_window;
};

} // namespace tether::ui
