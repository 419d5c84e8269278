package board_test

import (
	"testing"
	"time"

	"vuoro/display/board"
)

func TestClockText(t *testing.T) {
	hel, err := time.LoadLocation(board.Zone)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		at   time.Time
		want string
	}{
		{t0.In(hel), "Tiistai 24.1.2023 09:54"},
		{time.Date(2026, 11, 22, 8, 5, 0, 0, hel), "Sunnuntai 22.11.2026 08:05"},
		{time.Date(2024, 3, 31, 23, 59, 59, 0, hel), "Sunnuntai 31.3.2024 23:59"},
		{time.Date(2025, 10, 1, 0, 0, 0, 0, hel), "Keskiviikko 1.10.2025 00:00"},
		{time.Date(2023, 6, 9, 12, 30, 0, 0, hel), "Perjantai 9.6.2023 12:30"},
	}
	for _, tt := range tests {
		if got := board.ClockText(tt.at); got != tt.want {
			t.Errorf("ClockText(%v) = %q, want %q", tt.at, got, tt.want)
		}
	}
}
