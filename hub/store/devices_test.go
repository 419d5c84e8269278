package store_test

import (
	"errors"
	"path/filepath"
	"testing"

	"vuoro/hub/store"
)

func TestADeviceCodeIsExchangedOnce(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	code, pw := []byte("code-hash"), []byte("password-hash")
	if err := s.SetDeviceCode("kiosk-1", code); err != nil {
		t.Fatal(err)
	}
	if d, err := s.DeviceByCode(code); err != nil || d != "kiosk-1" {
		t.Fatalf("DeviceByCode = %q, %v", d, err)
	}
	if _, err := s.DevicePassword("kiosk-1"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("password before the exchange: %v", err)
	}
	if err := s.ExchangeDeviceCode("kiosk-1", code, pw); err != nil {
		t.Fatal(err)
	}
	if err := s.ExchangeDeviceCode("kiosk-1", code, []byte("other")); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("second exchange: %v, want ErrNotFound", err)
	}
	if _, err := s.DeviceByCode(code); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("a used code still names a device: %v", err)
	}
	if h, err := s.DevicePassword("kiosk-1"); err != nil || string(h) != string(pw) {
		t.Fatalf("password = %q, %v", h, err)
	}
	if err := s.DeleteDevice("kiosk-1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DevicePassword("kiosk-1"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("password after delete: %v", err)
	}
}
