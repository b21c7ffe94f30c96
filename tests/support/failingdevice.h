// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QByteArray>
#include <QIODevice>

namespace tether::testsupport {

// A device that fails on demand: writes are accepted until failAfter bytes have gone in (the
// write that crosses it is short, as a real device near its end answers), then every write fails
// with errorString() "the disk is full". For code that must report a failing device and keep
// what it had: an atomic save, a body copy, a report.
class FailingDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit FailingDevice(qint64 failAfter, QObject *parent = nullptr);

    QByteArray written() const { return m_written; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    qint64 m_failAfter;
    QByteArray m_written;
};

} // namespace tether::testsupport
