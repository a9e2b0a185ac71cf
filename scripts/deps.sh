#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages in share/debian-packages.txt that are missing.
# As root it uses apt-get; otherwise it names what is missing and how to get it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
list="$here/share/debian-packages.txt"

missing=()
while read -r pkg; do
  [[ -z $pkg || $pkg == \#* ]] && continue
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$pkg")
done <"$list"

((${#missing[@]} == 0)) && exit 0

echo "deps: installing ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "deps: missing Debian packages: ${missing[*]}" >&2
  echo "deps: run as root, or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
