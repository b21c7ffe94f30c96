// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

class QUndoStack;

namespace tether::ui {

class MainWindow;

// The window's menu bar and environment toolbar: every action, its shortcut and its object
// name (tests and Help › Keyboard shortcuts find actions by them).
class MainMenus
{
public:
    static void build(MainWindow *window, QUndoStack *undo);
};

} // namespace tether::ui
