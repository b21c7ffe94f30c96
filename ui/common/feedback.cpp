// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "common/feedback.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace tether::ui {

Feedback::~Feedback() = default;

void Feedback::attach(QMainWindow *window)
{
    m_window = window;
}

void Feedback::status(const QString &message, int timeoutMs)
{
    if (m_window)
        m_window->statusBar()->showMessage(message, timeoutMs);
}

void Feedback::warn(const QString &title, const QString &message)
{
    status(message, 10000);
    showWarning(title, message);
}

void Feedback::showWarning(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

bool Feedback::ask(const QString &title, const QString &question)
{
    return QMessageBox::question(m_window, title, question) == QMessageBox::Yes;
}

Feedback::SaveChoice Feedback::askSave(const QString &title, const QString &question)
{
    switch (QMessageBox::question(m_window, title, question,
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Save)) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

Feedback::QuitChoice Feedback::askQuit(const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, m_window);
    QPushButton *keep
            = box.addButton(QObject::tr("Keep as drafts and quit"), QMessageBox::AcceptRole);
    QPushButton *saveAll = box.addButton(QObject::tr("Save all…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return QuitChoice::KeepDrafts;
    if (box.clickedButton() == saveAll)
        return QuitChoice::SaveAll;
    return QuitChoice::Cancel;
}

} // namespace tether::ui
