// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tether::testsupport {

// tether-run as a user runs it: arguments, standard input, environment; what it printed and
// its exit code (-2 when it crashed, -1 when it did not finish within the timeout).
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const;
};

// Every file under dir, read and concatenated: to check that some bytes reached none of them.
QByteArray allFileBytes(const QString &dir);

ProcessResult
runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 60000);

// The peak resident set of a program run to its end (wait4's ru_maxrss), for memory tests
// that measure rather than time: standard output goes to stdoutPath (or /dev/null), standard
// error is returned. exitCode is -1 when it could not be started or did not end normally.
struct MeasuredRun
{
    int exitCode = -1;
    qint64 peakRssKiB = 0;
    QString err;
};

MeasuredRun runMeasured(const QString &program, const QStringList &arguments,
                        const QString &stdoutPath = QString());

} // namespace tether::testsupport
