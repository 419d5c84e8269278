// Package jack watches a headphone jack: it tells when a headset is
// plugged in and when it is pulled out, so that the kiosk speaks to a
// citizen who brought one.
//
// On Linux a sound codec's jack is an input device ("HDA Intel PCH
// Headphone", "rockchip,es8316-codec Headphones") that sends switch events
// (EV_SW): SW_HEADPHONE_INSERT and SW_LINEOUT_INSERT, 1 plugged, 0 pulled
// out, each report ended by EV_SYN. A Watcher decodes those events from
// any io.Reader; Open reads a real /dev/input/eventN and asks it for the
// state at start (EVIOCGSW), and Find picks the jack's device under
// /sys/class/input by what it can report. The kiosk user needs read
// access to that device (images/kiosk/90-vuoro-headset.rules).
package jack
