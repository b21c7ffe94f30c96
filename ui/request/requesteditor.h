// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/request.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace tether::core {
class KeyValueModel;
}

namespace tether::ui {

class AuthEditor;
class BodyEditor;

// Method, URL, Send/Cancel and the Params, Headers, Body, Auth and Settings tabs.
class RequestEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RequestEditor(QWidget *parent = nullptr);
    ~RequestEditor() override;

    core::Request request() const;
    void setRequest(const core::Request &request);
    void setBusy(bool busy);
    // A request shown as it was sent (from history): selectable, not editable or sendable; the
    // banner says where it comes from and offers "Open as new request".
    void setReadOnly(bool readOnly, const QString &banner = {});
    bool isReadOnly() const { return m_readOnly; }
    void focusUrl();

    // What {{variables}} in a text resolve to (secrets masked): shown when hovering the URL,
    // params and headers.
    void setVariablePreview(std::function<QString(const QString &)> preview);
    void refreshVariablePreview();

Q_SIGNALS:
    void changed();
    void sendRequested();
    void cancelRequested();
    // A curl command was pasted into the URL field and replaced the request.
    void curlImported(const QStringList &warnings);
    void copyAsRequested(const QString &format); // "curl", "python", "javascript", "qt"
    void openAsNewRequested(); // from the read-only banner

private:
    void updateTabTitles();
    // The Params table is the URL's query: typing in one shows in the other. Unchecked rows
    // are kept in the table (and in the request's params) but not in the URL.
    void paramsFromUrl();
    void urlFromParams();
    // A row per ":name" segment of the URL's path, keeping the values already typed.
    void pathVariablesFromUrl();
    bool importCurl(const QString &text);

    QComboBox *m_method;
    QLineEdit *m_url;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_code;
    int m_urlLength = 0;
    QTabWidget *m_tabs;
    core::KeyValueModel *m_params;
    core::KeyValueModel *m_pathVariables;
    QWidget *m_pathVariablesBox; // shown when the URL has path variables
    core::KeyValueModel *m_headers;
    std::function<QString(const QString &)> m_preview;
    BodyEditor *m_body;
    AuthEditor *m_auth;
    QWidget *m_banner;
    QLabel *m_bannerText;
    bool m_readOnly = false;
};

} // namespace tether::ui
