// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "failingdevice.h"

namespace tether::testsupport {

FailingDevice::FailingDevice(qint64 failAfter, QObject *parent)
    : QIODevice(parent), m_failAfter(failAfter)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 FailingDevice::writeData(const char *data, qint64 size)
{
    const qint64 room = m_failAfter - m_written.size();
    if (room <= 0) {
        setErrorString(tr("the disk is full"));
        return -1;
    }
    const qint64 count = qMin(room, size);
    m_written.append(data, count);
    if (count < size)
        setErrorString(tr("the disk is full"));
    return count;
}

} // namespace tether::testsupport
