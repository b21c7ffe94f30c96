// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QHostAddress>
#include <QList>

namespace tether::net {

// The connected TCP sockets this process holds: each socket descriptor in /proc/self/fd asked
// for its state and addresses (cost grows with this process's descriptors only; a
// NETLINK_SOCK_DIAG dump walks the machine's whole table, 4-10 ms on a CI machine), with one
// dump only while a socket is still connecting. Linux only; elsewhere isSupported() is false
// and snapshot() empty.
class SocketTable
{
public:
    enum class State { Established, SynSent, CloseWait, Other };
    struct Socket
    {
        QHostAddress localAddress;
        quint16 localPort = 0;
        QHostAddress remoteAddress;
        quint16 remotePort = 0;
        State state = State::Other;
    };

    static bool isSupported();
    static QList<Socket> snapshot();
};

} // namespace tether::net
