// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// JSON body: "Beautify" re-indents what was typed, keeping key order, strings and
// {{variables}}; Ctrl+Z brings the typed text back; invalid JSON is left alone and said.
#include "core/requestbody.h"
#include "request/bodyeditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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
};

QTEST_MAIN(TestBodyEditor)
#include "tst_bodyeditor.moc"
