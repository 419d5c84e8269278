package queue

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"vuoro/hub/event"
	"vuoro/shared/wire"
)

// DisplayConfig is how a site admin has set up one enrolled display; the
// hub (hub/devsync) publishes it to the display as a wire.DisplayConfig.
type DisplayConfig struct {
	// WaitingArea is the waiting area a queue display serves (an id of
	// Site.WaitingRooms); "" the whole site.
	WaitingArea string `json:"waiting_area,omitempty"`
	// Languages calls are spoken in, in order ("fi", "sv", "en"); none:
	// calls are shown, not spoken.
	Languages []string `json:"languages,omitempty"`
	Sound     bool     `json:"sound"`
	Volume    int      `json:"volume"` // 0–100
	// Info is the information line under the calls, per language.
	Info             map[string]string `json:"info,omitempty"`
	HighlightSeconds int               `json:"highlight_s,omitempty"`
	JoinQR           bool              `json:"join_qr,omitempty"`
	CallLight        bool              `json:"call_light,omitempty"` // a counter display's GPIO light
}

// DefaultDisplayConfig is what a display does until an admin sets it up:
// the whole site, chime and speech in Finnish and Swedish, the join QR
// code (as display/board.DefaultSettings).
func DefaultDisplayConfig() DisplayConfig {
	return DisplayConfig{Languages: []string{"fi", "sv"}, Sound: true, Volume: 80, HighlightSeconds: 10, JoinQR: true, CallLight: true}
}

// DisplayConfigOf is a device's configuration, or the default.
func (d Device) DisplayConfigOf() DisplayConfig {
	if d.Config == nil {
		return DefaultDisplayConfig()
	}
	return *d.Config
}

// ConfigureDevice sets up an enrolled display, pending or active. The
// information line is checked as every text sent to a device is: a
// personal identity code in it is refused.
func (e *Engine) ConfigureDevice(actor, id string, c DisplayConfig) (Device, error) {
	var d Device
	err := e.do(func(s *State) error {
		c = c.cleaned()
		cur, ok := s.devices[id]
		switch {
		case !ok || !cur.Revoked.IsZero():
			return fmt.Errorf("%w: device %s", ErrNotFound, id)
		case cur.Kind == DeviceKiosk:
			return fmt.Errorf("%w: only a display is configured", ErrInvalid)
		}
		if err := s.checkDisplayConfig(*cur, c); err != nil {
			return err
		}
		_, err := e.commit(actor, DeviceConfigured{Device: id, DisplayConfig: c})
		d = *cur
		return err
	})
	return d, err
}

// cleaned is c with its texts trimmed, empty lines left out and each
// language once.
func (c DisplayConfig) cleaned() DisplayConfig {
	info := map[string]string{}
	for lang, s := range c.Info {
		if s = strings.TrimSpace(s); s != "" {
			info[lang] = s
		}
	}
	c.Info = info
	if len(info) == 0 {
		c.Info = nil
	}
	var langs []string
	for _, l := range c.Languages {
		if !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	c.Languages = langs
	return c
}

func (s *State) checkDisplayConfig(d Device, c DisplayConfig) error {
	if c.WaitingArea != "" {
		if d.Kind != DeviceQueueDisplay {
			return fmt.Errorf("%w: only a queue display serves a waiting area", ErrInvalid)
		}
		if !s.hasWaitingArea(c.WaitingArea) {
			return fmt.Errorf("%w: waiting area %s", ErrNotFound, c.WaitingArea)
		}
	}
	for lang, text := range c.Info {
		if lang != "fi" && lang != "sv" && lang != "en" {
			return fmt.Errorf("%w: information line in %q, want fi, sv or en", ErrInvalid, lang)
		}
		line := wire.DisplayConfig{Device: d.ID, Info: wire.Names{lang: text}}
		if line.Validate() != nil {
			return fmt.Errorf("%w (%s)", ErrInfoLine, lang)
		}
	}
	w := WireDisplayConfig(d.ID, c, nil)
	if err := w.Validate(); err != nil {
		return fmt.Errorf("%w: %s", ErrInvalid, strings.TrimPrefix(err.Error(), wire.ErrInvalid.Error()+": "))
	}
	return nil
}

func (s *State) hasWaitingArea(id string) bool {
	return slices.ContainsFunc(s.Site.WaitingRooms, func(a WaitingArea) bool { return a.ID == id })
}

// WaitingAreaRooms are the ids of the rooms whose calls go to the
// waiting area, in the site's order.
func (s *State) WaitingAreaRooms(area string) []string {
	var out []string
	for _, r := range s.Rooms {
		if r.WaitingArea == area {
			out = append(out, r.ID)
		}
	}
	return out
}

// WireDisplayConfig is c as the hub sends it to the display id: rooms are
// the rooms of its waiting area (none for the whole site).
func WireDisplayConfig(id string, c DisplayConfig, rooms []string) wire.DisplayConfig {
	return wire.DisplayConfig{Device: id, WaitingArea: c.WaitingArea, Rooms: rooms, Languages: slices.Clone(c.Languages),
		Sound: c.Sound, Volume: c.Volume, Info: maps.Clone(c.Info), HighlightSeconds: c.HighlightSeconds,
		JoinQR: c.JoinQR, CallLight: c.CallLight}
}

// checkRoomArea refuses a room in a waiting area the site does not have.
func (s *State) checkRoomArea(r Room) error {
	if r.WaitingArea != "" && !s.hasWaitingArea(r.WaitingArea) {
		return fmt.Errorf("%w: waiting area %s", ErrNotFound, r.WaitingArea)
	}
	return nil
}

func applyDeviceConfigured(s *State, _ event.Event, v DeviceConfigured) {
	if d, ok := s.devices[v.Device]; ok {
		c := v.DisplayConfig
		d.Config = &c
	}
}
