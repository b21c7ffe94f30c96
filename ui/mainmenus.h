// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QKeySequence>
#include <QList>

class QUndoStack;

namespace tether::ui {

class MainWindow;

// The window's menu bar and environment toolbar: every action, its shortcut and its object
// name (tests and Help › Keyboard shortcuts find actions by them).
class MainMenus
{
public:
    static void build(MainWindow *window, QUndoStack *undo);
    // Our key first, then the platform's own keys for the same thing, each once: a key listed
    // twice on one action is ambiguous to Qt, which then does nothing (xcb's Close is Ctrl+W).
    static QList<QKeySequence> keysWith(const QKeySequence &ours,
                                        const QList<QKeySequence> &platform);
};

} // namespace tether::ui
