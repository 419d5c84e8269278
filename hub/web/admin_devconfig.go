package web

import (
	"net/http"
	"net/url"
	"strconv"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

// configView is the form that sets up one display: filled from its
// configuration, or, after a refusal, from what the admin typed.
type configView struct {
	Device    queue.Device
	Queue     bool        // a queue display: a waiting area, the join QR code
	Areas     []option    // the site's waiting areas, the display's selected
	Langs     [3]string   // the languages calls are spoken in, in order
	Slots     [3]langSlot // each place of Langs: the languages, its own selected
	Sound     bool
	Volume    string
	Highlight string
	Info      map[string]string
	JoinQR    bool
	CallLight bool
}

// langSlot is one place in the order of languages: its label's key and
// the languages to choose from.
type langSlot struct {
	Label   string
	Options []option
}

// langChoices are the languages a display may speak, with the catalogue
// keys of their names; slotLabels the keys of the places' labels.
var (
	langChoices = []string{"fi", "sv", "en"}
	spokenNames = map[string]string{"fi": "devices.speak_fi", "sv": "devices.speak_sv", "en": "devices.speak_en"}
	slotLabels  = [3]string{"devices.lang_first", "devices.lang_second", "devices.lang_third"}
)

// configOf is the form of the display id named in the page's address;
// nil for none, a kiosk or a revoked device.
func configOf(st *queue.State, id string, lang i18n.Lang, typed url.Values) *configView {
	d, ok := st.Device(id)
	if !ok || d.Kind == queue.DeviceKiosk || !d.Revoked.IsZero() {
		return nil
	}
	c := d.DisplayConfigOf()
	if typed != nil {
		c = typedConfig(typed)
	}
	v := &configView{Device: d, Queue: d.Kind == queue.DeviceQueueDisplay, Sound: c.Sound, Volume: strconv.Itoa(c.Volume),
		Highlight: strconv.Itoa(c.HighlightSeconds), Info: c.Info, JoinQR: c.JoinQR, CallLight: c.CallLight}
	if typed != nil { // as typed, a number that is none included
		v.Volume, v.Highlight = typed.Get("volume"), typed.Get("highlight_s")
	}
	copy(v.Langs[:], c.Languages)
	for i, chosen := range v.Langs {
		v.Slots[i].Label = slotLabels[i]
		for _, l := range langChoices {
			v.Slots[i].Options = append(v.Slots[i].Options, option{ID: l, Name: tr(lang, spokenNames[l]), Selected: l == chosen})
		}
	}
	for _, a := range st.Site.WaitingRooms {
		v.Areas = append(v.Areas, option{ID: a.ID, Name: nameIn(a.Names, lang, a.ID), Selected: a.ID == c.WaitingArea})
	}
	return v
}

// typedConfig is the configuration as the refused form posted it.
func typedConfig(f url.Values) queue.DisplayConfig {
	c := queue.DisplayConfig{WaitingArea: f.Get("waiting_area"), Sound: f.Get("sound") == "on", JoinQR: f.Get("join_qr") == "on",
		CallLight: f.Get("call_light") == "on", Info: map[string]string{}}
	for _, l := range f["languages"] {
		if l != "" {
			c.Languages = append(c.Languages, l)
		}
	}
	for _, l := range langChoices {
		c.Info[l] = f.Get("info." + l)
	}
	return c
}

// configureDevice runs the form that sets up a display. Refused, it
// answers with the form as typed and why; done, with the devices page
// saying so.
func (s actionRoutes) configureDevice(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	out, err := s.run("configure-device", r, c)
	t := target{path: "/admin/devices", q: url.Values{"device": {r.PostForm.Get("device")}}}
	if err == nil {
		s.sess.Update(se.Token, func(d *clerkData) { d.Flash = out.Note })
		http.Redirect(w, r, t.String(), http.StatusSeeOther)
		return
	}
	v := s.viewOf(r, se, c, t)
	v.Error, v.typed = errText(v.Lang, err), r.PostForm
	s.renderView(w, status(err), v)
}
