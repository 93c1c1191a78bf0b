#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests when it is missing (needs root, as in CI).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" -ne 0 ]; then echo "chromium missing and not root: run 'apt-get install -y chromium' as root" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
