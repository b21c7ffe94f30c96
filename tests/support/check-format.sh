#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tether authors
# SPDX-License-Identifier: LicenseRef-Tether-Proprietary
#
# Every C++ source is as clang-format (the repo's .clang-format) would write it; lists the
# files that are not and fails. Usage: check-format.sh SOURCE_DIR
set -euo pipefail
cd "$1"
mapfile -t files < <(find app ui tests bench -name '*.h' -o -name '*.cpp' | sort)
[ "${#files[@]}" -gt 100 ] || { echo "only ${#files[@]} sources found under $1" >&2; exit 1; }
clang-format --dry-run --Werror "${files[@]}"
echo "${#files[@]} files formatted"
