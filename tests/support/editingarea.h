// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "scriptedfeedback.h"

#include "collections/collectionspanel.h"
#include "request/requestcontroller.h"
#include "request/requesteditor.h"
#include "request/requesttabs.h"
#include "response/responseview.h"
#include "store/workspace.h"
#include "workbench/context.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow> // Feedback holds a QPointer<QMainWindow>
#include <QTest>

namespace tether::testsupport {

// The editing area as the window gives it to its controllers, and nothing else: a context,
// the request tabs, the response view, the collections panel and a RequestController, with
// dialogs answered by ScriptedFeedback. For testing controllers without the window.
struct EditingArea
{
    workbench::Context context;
    ui::RequestTabs tabs;
    ui::ResponseView response;
    ui::CollectionsPanel collections{context.workspace()->collections()};
    testsupport::ScriptedFeedback feedback;
    ui::RequestController controller{&context, &tabs, &response, &collections, &feedback, nullptr};

    // A new collection at dir, adopted by a new blank tab; false when it cannot be created.
    bool newTabInNewCollection(const QString &dir)
    {
        controller.newRequestTab();
        auto created = context.workspace()->newCollection(dir, QStringLiteral("api"));
        if (!created)
            return false;
        controller.adoptCollection(created.value());
        return true;
    }
    QLineEdit *url() const
    {
        return controller.currentEditor()->findChild<QLineEdit *>(QStringLiteral("url"));
    }
    QString status() const
    {
        return response.findChild<QLabel *>(QStringLiteral("responseStatus"))->text();
    }
    void typeUrlAndSend(const QString &text) const
    {
        url()->clear();
        QTest::keyClicks(url(), text);
        QTest::keyClick(url(), Qt::Key_Return, Qt::ControlModifier);
    }
};

} // namespace tether::testsupport
