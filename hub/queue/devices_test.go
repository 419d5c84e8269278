package queue_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/hub/queue"
)

func TestADeviceTakesItsCodeOnceBeforeItExpires(t *testing.T) {
	f := newFixture(t)
	e := f.e
	_, err := e.EnrolDevice("clerk:admin", "kiosk-1", queue.DeviceKiosk, "", f.clock.Now().Add(24*time.Hour))
	must(t, err)
	if _, err := e.ActivateDevice("device:kiosk-1", "kiosk-1"); err != nil {
		t.Fatalf("first exchange: %v", err)
	}
	if _, err := e.ActivateDevice("device:kiosk-1", "kiosk-1"); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("second exchange: %v, want ErrNotFound", err)
	}
	if _, err := e.EnrolDevice("clerk:admin", "kiosk-1", queue.DeviceKiosk, "", f.clock.Now().Add(time.Hour)); !errors.Is(err, queue.ErrExists) {
		t.Fatalf("enrolling an active device again: %v, want ErrExists", err)
	}

	_, err = e.EnrolDevice("clerk:admin", "counter-6", queue.DeviceCounterDisplay, "6", f.clock.Now().Add(time.Hour))
	must(t, err)
	f.clock.Advance(time.Hour)
	if _, err := e.ActivateDevice("device:counter-6", "counter-6"); !errors.Is(err, queue.ErrExpired) {
		t.Fatalf("exchange at expiry: %v, want ErrExpired", err)
	}
}

func TestARevokedDeviceStaysRevokedAfterARestart(t *testing.T) {
	f := newFixture(t)
	_, err := f.e.EnrolDevice("clerk:admin", "qd-1", queue.DeviceQueueDisplay, "", f.clock.Now().Add(time.Hour))
	must(t, err)
	_, err = f.e.ActivateDevice("device:qd-1", "qd-1")
	must(t, err)
	_, err = f.e.RevokeDevice("clerk:admin", "qd-1")
	must(t, err)
	f.reopen()
	f.e.Read(func(st *queue.State) {
		d, ok := st.Device("qd-1")
		if !ok || d.Usable() || d.Revoked.IsZero() {
			t.Fatalf("after a restart: %+v, %v; want revoked", d, ok)
		}
	})
	// Revoked, it may be enrolled anew (a board replaced).
	if _, err := f.e.EnrolDevice("clerk:admin", "qd-1", queue.DeviceQueueDisplay, "", f.clock.Now().Add(time.Hour)); err != nil {
		t.Fatalf("re-enrol after revocation: %v", err)
	}
}

func TestEnrolmentIsChecked(t *testing.T) {
	f := newFixture(t)
	exp := f.clock.Now().Add(time.Hour)
	for _, c := range []struct {
		id   string
		kind queue.DeviceKind
		room string
		want error
	}{
		{"Kiosk 1", queue.DeviceKiosk, "", queue.ErrInvalid},
		{"k1", "printer", "", queue.ErrInvalid},
		{"c1", queue.DeviceCounterDisplay, "", queue.ErrInvalid},
		{"k1", queue.DeviceKiosk, "6", queue.ErrInvalid},
		{"c1", queue.DeviceCounterDisplay, "99", queue.ErrNotFound},
	} {
		if _, err := f.e.EnrolDevice("clerk:admin", c.id, c.kind, c.room, exp); !errors.Is(err, c.want) {
			t.Errorf("%s %s %q: %v, want %v", c.id, c.kind, c.room, err, c.want)
		}
	}
}
