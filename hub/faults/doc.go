// Package faults holds the hub's fault tests: a real hub process, killed
// with SIGKILL, frozen with SIGSTOP or cut off from its broker, while
// simulated kiosks issue tickets through the real MQTT path. Afterwards
// every ticket a kiosk holds exists exactly once, no number waits that no
// kiosk holds, numbers are unique and the displays have converged.
//
// `make test` runs them short; `make soak` runs them at full size
// (5,000 tickets, 30 s faults): go test ./hub/faults -run . -args -soak.
package faults
