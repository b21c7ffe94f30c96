// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QDialog>
#include <QList>

#include <utility>

class QMenuBar;

namespace tether::ui {

// Help › Keyboard shortcuts: every menu action that has a shortcut, read from the menus
// themselves so that the list cannot drift from them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    using Shortcut = std::pair<QString, QString>; // action text, keys

    explicit ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent = nullptr);

    static QList<Shortcut> shortcutsOf(const QMenuBar *menuBar);
};

} // namespace tether::ui
