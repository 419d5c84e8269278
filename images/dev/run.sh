#!/usr/bin/env bash
# Runs a whole Vuoro installation on one machine with its embedded defaults:
# the hub with the demo site, one kiosk printing to a virtual printer, one
# queue display and one counter display. Without a screen the apps run on a
# virtual one (Xvfb). Ctrl-C stops everything.
set -euo pipefail

bin=${BIN:-bin}
state=${STATE:-run}
mkdir -p "$state/tickets"
pids=()
stop() {
  trap - INT TERM EXIT
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:77
  Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$state/xvfb.log" 2>&1 &
  pids+=($!)
  echo "No screen found: the apps run on the virtual screen $DISPLAY (look with: import -display $DISPLAY -window root shot.png)"
  sleep 1
fi

"$bin/hub" -demo -data "$state/data" -http 127.0.0.1:8080 -mqtt 127.0.0.1:1883 2>"$state/hub.log" &
pids+=($!)
for _ in $(seq 50); do
  curl -fs http://127.0.0.1:8080/healthz >/dev/null 2>&1 && break
  sleep 0.2
done

"$bin/kiosk" -device kiosk-1 -printer "virtual:$state/tickets" 2>"$state/kiosk.log" &
pids+=($!)
"$bin/display" -mode queue -device queue-display-1 2>"$state/queue-display.log" &
pids+=($!)
"$bin/display" -mode counter -room 6 -device counter-display-6 2>"$state/counter-display.log" &
pids+=($!)

cat <<MSG

Vuoro is running.
  Clerks' console:  http://127.0.0.1:8080/
  Demo logins:      vero, kela (clerks), neuvoja (advisor of every queue), admin (Verohallinto's admin),
                    paakayttaja (site admin) — password: vuoro-demo
  Voucher portal:   http://127.0.0.1:8080/portal/
                    municipality lahti-sote; providers kotiapu, vellamo, liike, siisti — password: vuoro-demo
                    citizens log in through the built-in Suomi.fi test service (pick a test identity)
  Printed tickets:  $state/tickets/ (PNG and decoded text)
  Logs:             $state/*.log
The counter display shows room 6: choose room 6 in the console to see your calls there.
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}" || true
echo "a part stopped; see the logs in $state/" >&2
