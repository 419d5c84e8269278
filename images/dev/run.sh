#!/usr/bin/env bash
# Runs a whole Vuoro installation on one machine with its embedded defaults:
# the hub with the demo site, one kiosk printing to a virtual printer, one
# queue display and one counter display, enrolled by the hub itself
# (their credentials in run/devices/). Without a screen the apps run on a
# virtual one (Xvfb), each on a screen of its own. Ctrl-C stops everything.
set -euo pipefail

bin=${BIN:-bin}
state=${STATE:-run}
mkdir -p "$state/tickets"
pids=()
stop() {
  trap - INT TERM EXIT
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null
  wait 2>/dev/null
  exit 0
}
trap stop INT TERM EXIT

# Fyne reads the locale before main runs and takes C.UTF-8 for a language
# named "C"; the apps choose their own languages, so plain C is right here.
for v in LC_ALL LC_MESSAGES LANG; do
  case "${!v:-}" in C.*|POSIX*) export "$v=C" ;; esac
done

# Where each app's window goes: with a real screen, the window manager
# places them; on the virtual display, one screen each, so none hides another.
screens=("${DISPLAY:-}" "${DISPLAY:-}" "${DISPLAY:-}")
if [ -z "${DISPLAY:-}" ]; then
  x=:77
  Xvfb "$x" -screen 0 1280x800x24 -screen 1 1920x1080x24 -screen 2 1280x720x24 -nolisten tcp >"$state/xvfb.log" 2>&1 &
  pids+=($!)
  screens=("$x.0" "$x.1" "$x.2")
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${x#:}" ] && break; sleep 0.1; done
fi

"$bin/hub" -demo -demo-devices "$state/devices" -data "$state/data" -http 127.0.0.1:8080 -mqtt 127.0.0.1:1883 2>"$state/hub.log" &
pids+=($!)
for _ in $(seq 50); do
  curl -fs http://127.0.0.1:8080/healthz >/dev/null 2>&1 && break
  sleep 0.2
done

DISPLAY=${screens[0]} "$bin/kiosk" -credentials "$state/devices/kiosk-1.json" -printer "virtual:$state/tickets" 2>"$state/kiosk.log" &
pids+=($!)
DISPLAY=${screens[1]} "$bin/display" -mode queue -credentials "$state/devices/queue-display-1.json" 2>"$state/queue-display.log" &
pids+=($!)
DISPLAY=${screens[2]} "$bin/display" -mode counter -room 6 -credentials "$state/devices/counter-display-6.json" 2>"$state/counter-display.log" &
pids+=($!)

look=""
[ -n "${x:-}" ] && look="
  Screens:          virtual; look with  import -display ${screens[0]} -window root kiosk.png
                    (${screens[1]} the queue display, ${screens[2]} the counter display of room 6)"
cat <<MSG

Vuoro is running.
  Clerks' console:  http://127.0.0.1:8080/
  Demo logins:      vero, kela (clerks), neuvoja (advisor of every queue), admin (Verohallinto's admin),
                    paakayttaja (site admin) — password: vuoro-demo
  Voucher portal:   http://127.0.0.1:8080/portal/
                    municipality lahti-sote; providers kotiapu, vellamo, liike, siisti — password: vuoro-demo
                    citizens log in through the built-in Suomi.fi test service (pick a test identity)
  Printed tickets:  $state/tickets/ (PNG and decoded text)
  Logs:             $state/*.log$look
The counter display shows room 6: choose room 6 in the console to see your calls there.
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}" || true
sleep 1 # a Ctrl-C stops the parts too: let its trap end the script quietly first
echo "a part stopped; see the logs in $state/" >&2
