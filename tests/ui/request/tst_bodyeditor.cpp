// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Editing aids: a JSON body's "Beautify" re-indents what was typed, keeping key order, strings
// and {{variables}} (Ctrl+Z brings the typed text back; invalid JSON is left alone and said);
// header rows complete standard names and, per header, common values.
#include "core/keyvaluemodel.h"
#include "core/requestbody.h"
#include "request/bodyeditor.h"
#include "request/requesteditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestBodyEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beautifyKeepsOrderAndVariables()
    {
        ui::BodyEditor editor;
        core::RequestBody body;
        body.mode = core::BodyMode::Json;
        const QString typed = u"{\"z\":1,\"a\":{{count}},\"name\":\"{{ name }}\",\"tags\":[]}"_s;
        body.text = typed;
        editor.setBody(body);
        QSignalSpy changed(&editor, &ui::BodyEditor::changed);
        editor.findChild<QPushButton *>(u"jsonBeautify"_s)->click();
        const QString pretty = editor.body().text;
        QCOMPARE(pretty,
                 u"{\n  \"z\": 1,\n  \"a\": {{count}},\n  \"name\": \"{{ name }}\",\n"
                 "  \"tags\": []\n}"_s); // not sorted: "z" stays first
        QVERIFY(!changed.isEmpty()); // the tab knows it was edited
        auto *text = editor.findChild<QPlainTextEdit *>(u"jsonBody"_s);
        text->undo();
        QCOMPARE(editor.body().text, typed);

        text->setPlainText(u"{\"a\": 1,, }"_s);
        QVERIFY(!editor.beautifyJson());
        QCOMPARE(editor.body().text, u"{\"a\": 1,, }"_s); // left as typed
        QVERIFY(editor.findChild<QLabel *>(u"jsonStatus"_s)->text().contains(u"not beautified"_s));
    }

    void headerRowsOfferCompletions()
    {
        ui::RequestEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *model = editor.findChild<core::KeyValueModel *>(u"headersModel"_s);
        QTableView *table = nullptr;
        for (QTableView *view : editor.findChildren<QTableView *>())
            if (view->model() == model)
                table = view;
        QVERIFY(table);
        editor.findChild<QTabWidget *>(u"requestTabs"_s)->setCurrentIndex(1);
        // The name cell of the blank row: standard names, found by any part ("type").
        const auto completions = [&](int row, int column, const QString &typed) {
            table->setCurrentIndex(model->index(row, column)); // opens the editor (any trigger)
            if (!table->findChild<QLineEdit *>())
                table->edit(model->index(row, column));
            auto *line = table->findChild<QLineEdit *>();
            QStringList found;
            if (!line || !line->completer())
                return found;
            line->completer()->setCompletionPrefix(typed);
            for (int i = 0; line->completer()->setCurrentRow(i); ++i)
                found.append(line->completer()->currentCompletion());
            line->completer()->popup()->hide();
            QTest::keyClick(line, Qt::Key_Escape);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // that editor
            return found;
        };
        QVERIFY(completions(0, 0, u"type"_s).contains(u"Content-Type"_s));
        QVERIFY(model->setData(model->index(0, 0), u"content-type"_s));
        const QStringList values = completions(0, 1, u"json"_s);
        QVERIFY(values.contains(u"application/json"_s));
        QVERIFY(values.contains(u"application/problem+json"_s));
        QVERIFY(!values.contains(u"text/plain"_s));
        QVERIFY(model->setData(model->index(1, 0), u"X-Custom"_s));
        QVERIFY(completions(1, 1, {}).isEmpty()); // nothing to offer, nothing in the way

        // A tab closed while a header cell is being typed in: the cell commits as the widgets
        // go, and that must not reach the half-destroyed editor (it aborted).
        auto *closing = new ui::RequestEditor;
        closing->show();
        auto *headers = closing->findChild<core::KeyValueModel *>(u"headersModel"_s);
        closing->findChild<QTabWidget *>(u"requestTabs"_s)->setCurrentIndex(1);
        QLineEdit *typing = nullptr;
        for (QTableView *view : closing->findChildren<QTableView *>()) {
            if (view->model() == headers) {
                view->setFocus();
                view->setCurrentIndex(headers->index(0, 0));
                typing = view->findChild<QLineEdit *>();
            }
        }
        QVERIFY(typing);
        QTest::keyClicks(typing, u"X-Half"_s);
        delete closing;
    }
};

QTEST_MAIN(TestBodyEditor)
#include "tst_bodyeditor.moc"
