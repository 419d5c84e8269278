package lock_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"vuoro/kiosk/lock"
)

func TestLock(t *testing.T) {
	hash, err := lock.Hash("246810")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "admin-pin")
	if err := os.WriteFile(path, []byte(hash+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := lock.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	steps := []struct {
		name string
		pin  string
		at   time.Duration
		want error
	}{
		{"the right PIN opens", "246810", 0, nil},
		{"a wrong one does not", "123456", time.Second, lock.ErrWrongPIN},
		{"a second wrong one", "000000", 2 * time.Second, lock.ErrWrongPIN},
		{"the third wrong one", "111111", 3 * time.Second, lock.ErrWrongPIN},
		{"then even the right PIN is refused", "246810", 4 * time.Second, lock.ErrLocked},
		{"until the cooldown is over", "246810", 3*time.Second + lock.Cooldown, nil},
		{"a right PIN clears the count", "999999", lock.Cooldown + 10*time.Second, lock.ErrWrongPIN},
		{"so two more wrong ones do not lock", "999999", lock.Cooldown + 11*time.Second, lock.ErrWrongPIN},
		{"and the right one still opens", "246810", lock.Cooldown + 12*time.Second, nil},
	}
	for _, s := range steps {
		if err := l.Open(s.pin, t0.Add(s.at)); !errors.Is(err, s.want) && err != s.want {
			t.Errorf("%s: %v, want %v", s.name, err, s.want)
		}
	}
}

func TestNoPINOpensNothing(t *testing.T) {
	l, err := lock.New("")
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Open("", time.Now()); !errors.Is(err, lock.ErrNoPIN) {
		t.Fatalf("a kiosk without a PIN opened: %v", err)
	}
	if _, err := lock.New("1234"); err == nil {
		t.Fatal("a plain PIN accepted as its hash")
	}
}

func TestHashRefusesWeakPINs(t *testing.T) {
	for _, pin := range []string{"", "1234", "12345", "abcdef", "1234567890123"} {
		if _, err := lock.Hash(pin); !errors.Is(err, lock.ErrBadPIN) {
			t.Errorf("Hash(%q): %v", pin, err)
		}
	}
}
