#!/usr/bin/env bash
# Installs the Debian 12 packages the workstation builds and tests with (skips what is there already).
set -euo pipefail
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-positioning-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libqt6sql6-sqlite libgl1-mesa-dev
  catch2 libsqlite3-dev sqlite3 libicu-dev libquazip1-qt6-dev zlib1g-dev unicode-data qtkeychain-qt6-dev
  fonts-noto-cjk poppler-utils dpkg-dev file nsis python3 python3-openpyxl gdal-bin qt6-image-formats-plugins
  libgraphviz-dev libigraph-dev qt6-httpserver-dev qt6-websockets-dev postgresql-15 libpq-dev dbus gnome-keyring
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
