#!/bin/sh
# Runs a command against a real Secret Service: a private D-Bus session with gnome-keyring
# unlocked by a throw-away password, in a fresh HOME (DESIGN.md, "Testing"). The password must
# be non-empty, or no login collection exists and every write fails.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c 'printf tether-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"' keyring "$@"
