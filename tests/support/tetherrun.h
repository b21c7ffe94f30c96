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

ProcessResult
runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 60000);

} // namespace tether::testsupport
