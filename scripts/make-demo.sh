#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the demo database (a fictional county) with the real lpg commands.
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/make-demo.py" "$1" "$2"
