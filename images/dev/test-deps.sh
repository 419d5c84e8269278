#!/usr/bin/env bash
# Installs, when missing, the Debian packages Vuoro's build, run and tests need:
# espeak-ng for the kiosk's speech and the displays' calls (shared/speech,
# kiosk/speech and display/announce tests synthesise with it),
# the C headers Fyne's GLFW driver compiles against, Xvfb for running the
# apps without a screen, Chromium for the web tests, Mosquitto for the
# external-broker tests. Safe to run again: it installs only what is missing.
set -euo pipefail

# `test-deps.sh run` installs only what building and running need (make run);
# without an argument, also what the tests need (make test).
packages=(
  gcc pkg-config curl
  libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev libxkbcommon-dev
  xvfb xauth fonts-dejavu-core
)
if [ "${1:-test}" != run ]; then
  packages+=(x11-utils imagemagick xdotool chromium mosquitto mosquitto-clients espeak-ng)
fi

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
