#!/usr/bin/env bash
# Installs, when missing, the Debian packages Vuoro's build and tests need:
# the C headers Fyne's GLFW driver compiles against, Xvfb for running the
# apps without a screen, Chromium for the web tests, Mosquitto for the
# external-broker tests. Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(
  gcc pkg-config
  libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev libxkbcommon-dev
  xvfb xauth x11-utils imagemagick xdotool
  chromium fonts-dejavu-core
  mosquitto mosquitto-clients
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
