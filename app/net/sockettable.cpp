#include "sockettable.h"

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

static QSet<quint32> ownSocketInodes()
{
    QSet<quint32> inodes;
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return inodes;
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
        inodes.insert(quint32(std::strtoul(target + 8, nullptr, 10)));
    }
    closedir(dir);
    return inodes;
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
            const auto *diag = static_cast<const inet_diag_msg *>(NLMSG_DATA(header));
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
    const QSet<quint32> inodes = ownSocketInodes();
    if (inodes.isEmpty())
        return sockets;
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
