#!/usr/bin/env bash
# Runs every test of the studio: Engine, Server, Client (bUnit) and browser (Playwright with Debian's chromium).
# Installs chromium first when it is missing; extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian's chromium for the browser tests (1-2 minutes)..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

dotnet test Studio.sln "$@"
