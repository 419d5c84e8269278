package web

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"slices"
)

// update is what a live stream sends: the parts of the page that changed,
// each the new content of the element with that id, the visit table's
// rows, and what to say.
type update struct {
	Parts map[string]string `json:"parts,omitempty"`
	Rows  *rowsUpdate       `json:"rows,omitempty"`
	Say   string            `json:"say,omitempty"`
}

// rowsUpdate is the visit table's rows, by their element ids in order, and
// the rows that are new or changed.
type rowsUpdate struct {
	Order []string          `json:"order"`
	HTML  map[string]string `json:"html,omitempty"`
}

func (u update) empty() bool { return len(u.Parts) == 0 && u.Rows == nil && u.Say == "" }

// sent is what a stream last sent of its page: each part's markup, and
// the rows of the visit table as data with what they were rendered in.
type sent struct {
	parts   map[string]string
	rows    map[uint64]row
	order   []string
	context string // what every row's markup depends on besides the row
}

// part renders a part and adds it to u if it changed.
func (s *sent) part(tpl *template.Template, u *update, id, tmpl string, data any) error {
	html, err := execute(tpl, tmpl, data)
	if err != nil || s.parts[id] == html {
		return err
	}
	if s.parts == nil {
		s.parts = map[string]string{}
	}
	s.parts[id] = html
	if u.Parts == nil {
		u.Parts = map[string]string{}
	}
	u.Parts[id] = html
	return nil
}

func execute(tpl *template.Template, name string, data any) (string, error) {
	var b bytes.Buffer
	if err := tpl.ExecuteTemplate(&b, name, data); err != nil {
		return "", fmt.Errorf("web: template %s: %w", name, err)
	}
	return b.String(), nil
}

// console adds to u what changed on the console: the alerts, the tabs,
// the panel, the pager, and only the rows that are new, changed or moved.
// The whole table goes only when its frame changed (another queue, or the
// table became empty or not).
func (s *sent) console(tpl *template.Template, u *update, d consoleData) error {
	for _, p := range [][2]string{{"part-alerts", "alerts"}, {"part-tabs", "tabs"}, {"part-panel", "console-panel"}} {
		if err := s.part(tpl, u, p[0], p[1], d); err != nil {
			return err
		}
	}
	ctx := fmt.Sprint(d.Lang, d.CSRF, d.Here, d.Active != nil, d.Room, d.RoomPaused, d.Advisor, d.Targets, d.NoShowAfter)
	frame := fmt.Sprint(d.Lang, d.Queue.Name, len(d.Rows) == 0)
	if s.parts["frame"] != frame || s.context != ctx {
		pager, err := execute(tpl, "pager", d)
		if err != nil {
			return err
		}
		s.keep(d.Rows)
		s.parts["frame"], s.parts["part-pager"], s.context = frame, pager, ctx
		return s.part(tpl, u, "part-table", "console-table", d)
	}
	if err := s.part(tpl, u, "part-pager", "pager", d); err != nil {
		return err
	}
	return s.rowsOf(tpl, u, d)
}

// keep notes the rows as sent.
func (s *sent) keep(rows []row) {
	s.rows, s.order = map[uint64]row{}, nil
	for _, r := range rows {
		s.rows[r.ID] = r
		s.order = append(s.order, rowID(r.ID))
	}
	if s.parts == nil {
		s.parts = map[string]string{}
	}
}

// rowsOf renders the rows that are new or differ from what was sent.
func (s *sent) rowsOf(tpl *template.Template, u *update, d consoleData) error {
	ru := &rowsUpdate{HTML: map[string]string{}}
	for _, r := range d.Rows {
		ru.Order = append(ru.Order, rowID(r.ID))
		if old, ok := s.rows[r.ID]; ok && reflect.DeepEqual(old, r) {
			continue
		}
		html, err := execute(tpl, "visit-row", visitPair{d, r})
		if err != nil {
			return err
		}
		ru.HTML[rowID(r.ID)] = html
	}
	if len(ru.HTML) == 0 && slices.Equal(ru.Order, s.order) {
		return nil
	}
	s.keep(d.Rows)
	u.Rows = ru
	return nil
}

func rowID(id uint64) string { return fmt.Sprintf("v-%d", id) }
