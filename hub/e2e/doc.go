// Package e2e tests and measures Vuoro across its parts: a hub started
// in-process on free ports, kiosk and display view-models connected to it
// over real MQTT, the console's HTTP API, and the virtual printer. It has no
// code of its own.
package e2e
