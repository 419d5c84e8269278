package jack

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// sysInput lays out a /sys/class/input under a temporary folder as the
// kernel does: class entries are links into the device tree.
type sysInput struct {
	t    *testing.T
	root string
}

func newSysInput(t *testing.T) *sysInput {
	root := t.TempDir()
	for _, d := range []string{"class/input", "devices"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return &sysInput{t, root}
}

// add adds inputN with its eventN node, its name and capabilities.
func (s *sysInput) add(n, name, ev, sw string) {
	s.t.Helper()
	input := filepath.Join(s.root, "devices/platform/sound/input/input"+n)
	event := filepath.Join(input, "event"+n)
	files := map[string]string{"name": name + "\n", "capabilities/ev": ev + "\n", "capabilities/sw": sw + "\n"}
	if err := os.MkdirAll(filepath.Join(input, "capabilities"), 0o755); err != nil {
		s.t.Fatal(err)
	}
	if err := os.MkdirAll(event, 0o755); err != nil {
		s.t.Fatal(err)
	}
	for f, text := range files {
		if err := os.WriteFile(filepath.Join(input, f), []byte(text), 0o644); err != nil {
			s.t.Fatal(err)
		}
	}
	link := func(target, at string) {
		if err := os.Symlink(target, at); err != nil {
			s.t.Fatal(err)
		}
	}
	link("..", filepath.Join(event, "device"))
	link("../../devices/platform/sound/input/input"+n+"/event"+n, filepath.Join(s.root, "class/input/event"+n))
	link("../../devices/platform/sound/input/input"+n, filepath.Join(s.root, "class/input/input"+n))
}

func (s *sysInput) find() (Device, error) {
	return FindIn(os.DirFS(filepath.Join(s.root, "class/input")))
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		devs [][4]string // n, name, ev, sw
		want Device
	}{
		{"hda laptop", [][4]string{
			{"3", "AT Translated Set 2 keyboard", "120013", "0"},
			{"9", "HDA Intel PCH HDMI/DP,pcm=3", "21", "140"},
			{"11", "HDA Intel PCH Headphone Mic", "21", "14"},
			{"12", "Video Bus", "3", "0"},
		}, Device{"/dev/input/event11", "HDA Intel PCH Headphone Mic"}},
		{"rockchip board", [][4]string{
			{"0", "adc-keys", "3", "0"},
			{"1", "rockchip,es8316-codec Headphones", "21", "4"},
		}, Device{"/dev/input/event1", "rockchip,es8316-codec Headphones"}},
		{"the lowest of two, by number", [][4]string{
			{"10", "HDA Intel PCH Front Headphone", "21", "4"},
			{"9", "HDA Intel PCH Rear Headphone", "21", "4"},
		}, Device{"/dev/input/event9", "HDA Intel PCH Rear Headphone"}},
		{"a 32-bit long bitmap", [][4]string{{"2", "jack", "0 21", "0 4"}}, Device{"/dev/input/event2", "jack"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSysInput(t)
			for _, d := range tt.devs {
				s.add(d[0], d[1], d[2], d[3])
			}
			got, err := s.find()
			if err != nil || got != tt.want {
				t.Fatalf("Find = %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestFindNone(t *testing.T) {
	s := newSysInput(t)
	s.add("3", "AT Translated Set 2 keyboard", "120013", "0")
	s.add("9", "HDA Intel PCH HDMI/DP,pcm=3", "21", "40")
	s.add("4", "Lid Switch", "21", "1")          // SW_LID
	s.add("5", "switch without EV_SW", "3", "4") // garbled: no EV_SW
	if d, err := s.find(); !errors.Is(err, ErrNoJack) {
		t.Fatalf("Find = %+v, %v; want ErrNoJack", d, err)
	}
	if _, err := FindIn(os.DirFS(filepath.Join(t.TempDir(), "missing"))); !errors.Is(err, ErrNoJack) {
		t.Fatalf("Find without sysfs = %v, want ErrNoJack", err)
	}
}
