// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "net/sockettable.h"

#ifdef Q_OS_LINUX
#include <QSet>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace tether::net {

#ifdef Q_OS_LINUX

// One of this process's descriptors that is a socket: its number and its inode.
struct OwnSocket
{
    int fd;
    quint32 inode;
};

static QList<OwnSocket> ownSockets()
{
    QList<OwnSocket> sockets;
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return sockets;
    char path[300];
    char target[64];
    while (dirent *entry = readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        std::snprintf(path, sizeof path, "/proc/self/fd/%s", entry->d_name);
        const ssize_t length = readlink(path, target, sizeof target - 1);
        if (length <= 9 || std::strncmp(target, "socket:[", 8) != 0)
            continue;
        target[length] = '\0';
        sockets.append({int(std::strtol(entry->d_name, nullptr, 10)),
                        quint32(std::strtoul(target + 8, nullptr, 10))});
    }
    closedir(dir);
    return sockets;
}

static SocketTable::State stateOf(int tcpState)
{
    switch (tcpState) {
    case TCP_ESTABLISHED:
        return SocketTable::State::Established;
    case TCP_SYN_SENT:
        return SocketTable::State::SynSent;
    case TCP_CLOSE_WAIT:
        return SocketTable::State::CloseWait;
    default:
        return SocketTable::State::Other;
    }
}

static QHostAddress addressOf(const sockaddr_storage &address, quint16 *port)
{
    if (address.ss_family == AF_INET) {
        const auto &v4 = reinterpret_cast<const sockaddr_in &>(address);
        *port = ntohs(v4.sin_port);
        return QHostAddress(ntohl(v4.sin_addr.s_addr));
    }
    const auto &v6 = reinterpret_cast<const sockaddr_in6 &>(address);
    *port = ntohs(v6.sin6_port);
    return QHostAddress(v6.sin6_addr.s6_addr);
}

// Asks the descriptor itself: a few syscalls, whatever the size of the machine's socket table.
// False when it is not a TCP socket (or was closed meanwhile); *connecting when it is in SYN_SENT,
// where Linux does not tell the peer (getpeername: ENOTCONN).
static bool describe(int fd, SocketTable::Socket *socket, bool *connecting)
{
    int protocol = 0;
    socklen_t size = sizeof protocol;
    if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &protocol, &size) != 0 || protocol != IPPROTO_TCP)
        return false;
    tcp_info info{};
    size = sizeof info;
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return false;
    if (info.tcpi_state == TCP_SYN_SENT) {
        *connecting = true;
        return false;
    }
    sockaddr_storage local{};
    sockaddr_storage remote{};
    socklen_t localSize = sizeof local;
    socklen_t remoteSize = sizeof remote;
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localSize) != 0
        || getpeername(fd, reinterpret_cast<sockaddr *>(&remote), &remoteSize) != 0)
        return false; // listening, or not connected: no peer
    socket->localAddress = addressOf(local, &socket->localPort);
    socket->remoteAddress = addressOf(remote, &socket->remotePort);
    socket->state = stateOf(info.tcpi_state);
    return true;
}

static QHostAddress addressOf(int family, const __be32 *words)
{
    if (family == AF_INET)
        return QHostAddress(ntohl(words[0]));
    return QHostAddress(reinterpret_cast<const quint8 *>(words));
}

static void dumpFamily(int netlink, int family, const QSet<quint32> &inodes,
                       QList<SocketTable::Socket> &out)
{
    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message{};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.request.sdiag_family = quint8(family);
    message.request.sdiag_protocol = IPPROTO_TCP;
    message.request.idiag_states = ~0u;
    if (send(netlink, &message, sizeof message, 0) < 0)
        return;

    alignas(nlmsghdr) char buffer[32768];
    for (;;) {
        const ssize_t received = recv(netlink, buffer, sizeof buffer, 0);
        if (received <= 0)
            return;
        int remaining = int(received);
        for (auto *header = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(header, remaining);
             header = NLMSG_NEXT(header, remaining)) {
            if (header->nlmsg_type == NLMSG_DONE || header->nlmsg_type == NLMSG_ERROR)
                return;
            // NLMSG_DATA without its C cast: the payload follows the aligned header.
            const auto *diag = reinterpret_cast<const inet_diag_msg *>(
                    reinterpret_cast<const char *>(header) + NLMSG_ALIGN(sizeof(nlmsghdr)));
            if (!inodes.contains(diag->idiag_inode))
                continue;
            SocketTable::Socket socket;
            socket.localAddress = addressOf(diag->idiag_family, diag->id.idiag_src);
            socket.localPort = ntohs(diag->id.idiag_sport);
            socket.remoteAddress = addressOf(diag->idiag_family, diag->id.idiag_dst);
            socket.remotePort = ntohs(diag->id.idiag_dport);
            socket.state = stateOf(diag->idiag_state);
            out.append(socket);
        }
    }
}

bool SocketTable::isSupported()
{
    return true;
}

QList<SocketTable::Socket> SocketTable::snapshot()
{
    QList<Socket> sockets;
    const QList<OwnSocket> own = ownSockets();
    bool anyConnecting = false;
    for (const OwnSocket &candidate : own) {
        Socket socket;
        if (describe(candidate.fd, &socket, &anyConnecting))
            sockets.append(socket);
    }
    if (!anyConnecting)
        return sockets;
    // A socket still connecting has no peer to ask for; the kernel's table knows it. A dump
    // walks the whole table (milliseconds on a busy machine), so only then.
    sockets.clear();
    QSet<quint32> inodes;
    for (const OwnSocket &candidate : own)
        inodes.insert(candidate.inode);
    const int netlink = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (netlink < 0)
        return sockets;
    dumpFamily(netlink, AF_INET, inodes, sockets);
    dumpFamily(netlink, AF_INET6, inodes, sockets);
    close(netlink);
    return sockets;
}

#else

bool SocketTable::isSupported()
{
    return false;
}

QList<SocketTable::Socket> SocketTable::snapshot()
{
    return {};
}

#endif

} // namespace tether::net
