// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/requestbody.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace tether::core {
class KeyValueModel;
}

namespace tether::ui {

// Body mode switch: none, raw text, JSON (validated as you type), form, multipart, file.
class BodyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BodyEditor(QWidget *parent = nullptr);
    core::RequestBody body() const;
    void setBody(const core::RequestBody &body);
    // Shown, selectable, not editable (a request from history).
    void setReadOnly(bool readOnly);

    // Re-indents the JSON body (key order, strings and {{variables}} kept; undoable with
    // Ctrl+Z); false, with the reason shown, when it is not valid JSON.
    bool beautifyJson();

Q_SIGNALS:
    void changed();

private:
    // The parse error of the JSON body, {{variables}} standing in as values; empty if valid.
    QString jsonError(int *line = nullptr, int *column = nullptr) const;
    void validateJson();

    QComboBox *m_mode;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_raw;
    QComboBox *m_rawType;
    QPlainTextEdit *m_json;
    QLabel *m_jsonStatus;
    QTimer *m_jsonTimer;
    core::KeyValueModel *m_form;
    core::KeyValueModel *m_multipart;
    QLineEdit *m_file;
    QPushButton *m_browse;
};

} // namespace tether::ui
