// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "tetherrun.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace tether::testsupport {

QJsonObject ProcessResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QByteArray allFileBytes(const QString &dir)
{
    QByteArray bytes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

ProcessResult runProgram(const QString &program, const QStringList &arguments,
                         const QByteArray &input, const QProcessEnvironment &environment,
                         int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

MeasuredRun runMeasured(const QString &program, const QStringList &arguments,
                        const QString &stdoutPath)
{
    MeasuredRun result;
    QTemporaryFile errors;
    if (!errors.open())
        return result;
    const QByteArray path = QFile::encodeName(program);
    const QByteArray out
            = QFile::encodeName(stdoutPath.isEmpty() ? QStringLiteral("/dev/null") : stdoutPath);
    std::vector<QByteArray> storage{path};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const pid_t child = fork();
    if (child < 0)
        return result;
    if (child == 0) {
        const int outFd = ::open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int inFd = ::open("/dev/null", O_RDONLY);
        if (outFd < 0 || inFd < 0)
            _exit(127);
        dup2(inFd, 0);
        dup2(outFd, 1);
        dup2(int(errors.handle()), 2);
        execv(path.constData(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) == child && WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    result.peakRssKiB = usage.ru_maxrss; // KiB on Linux
    errors.seek(0);
    result.err = QString::fromUtf8(errors.readAll());
    return result;
}

} // namespace tether::testsupport
