// Package lock is the kiosk's installer lock: leaving full screen or
// reaching the kiosk's settings needs an admin PIN. The PIN is never in
// the program or its flags: only its bcrypt hash, in a file the installer
// writes (kiosk -hash-pin). Wrong PINs are throttled.
package lock
