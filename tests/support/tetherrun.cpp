#include "tetherrun.h"

#include <QJsonDocument>
#include <QProcess>

namespace tether::testsupport {

QJsonObject ProcessResult::json() const
{
    return QJsonDocument::fromJson(out).object();
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

} // namespace tether::testsupport
