// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "common/feedback.h"

#include <QList>
#include <QStringList>

namespace tether::testsupport {

// The window's dialogs answered by the test: questions take the next scripted answer (No
// when none is left, and the question is kept in `unanswered`); warnings are recorded.
// Status lines still go to the window's status bar.
class ScriptedFeedback : public ui::Feedback
{
public:
    QList<bool> answers;
    QList<SaveChoice> saveAnswers;
    QList<QuitChoice> quitAnswers;
    QStringList warnings;
    QStringList questions;
    QStringList unanswered;

    void showWarning(const QString &title, const QString &message) override
    {
        warnings.append(title + QStringLiteral(": ") + message);
    }
    bool ask(const QString &title, const QString &question) override
    {
        questions.append(question);
        if (answers.isEmpty()) {
            unanswered.append(title + QStringLiteral(": ") + question);
            return false;
        }
        return answers.takeFirst();
    }
    SaveChoice askSave(const QString &title, const QString &question) override
    {
        questions.append(question);
        if (saveAnswers.isEmpty()) {
            unanswered.append(title + QStringLiteral(": ") + question);
            return SaveChoice::Cancel;
        }
        return saveAnswers.takeFirst();
    }
    QuitChoice askQuit(const QString &title, const QString &question) override
    {
        questions.append(question);
        if (quitAnswers.isEmpty()) {
            unanswered.append(title + QStringLiteral(": ") + question);
            return QuitChoice::Cancel;
        }
        return quitAnswers.takeFirst();
    }
    bool interactive() const override { return false; }
};

} // namespace tether::testsupport
