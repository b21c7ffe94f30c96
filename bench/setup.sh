#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Tether authors
# SPDX-License-Identifier: LicenseRef-Tether-Proprietary
# Installs what bench/run.py compares against: Debian's wrk and python3-requests, and newman
# and the Bruno CLI (bru) from npm into bench/node (not committed). Run by hand, as root on Debian 12.
set -eu
cd "$(dirname "$0")"
apt-get install -y wrk python3-requests time nginx openssl curl
mkdir -p node && cd node
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund newman @usebruno/cli
