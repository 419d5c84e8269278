package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	"vuoro/hub/queue"
)

// input is what any action may take, from a form or a JSON body alike: a
// form field or a path wildcard has the name of the JSON field.
type input struct {
	Service     string            `json:"service"`
	Room        string            `json:"room"` // the room to call to; a new room's id
	Ticket      uint64            `json:"ticket"`
	KeepPlace   bool              `json:"keep_place"`
	To          string            `json:"to"`
	Position    string            `json:"position"` // front, end, original
	Reason      string            `json:"reason"`
	Persons     int               `json:"persons"`
	Priority    bool              `json:"priority"`
	Text        string            `json:"text"`
	Paused      bool              `json:"paused"`
	Appointment uint64            `json:"appointment"`
	At          string            `json:"at"` // the site's local time, "2026-11-23T10:00"
	Name        string            `json:"name"`
	HETU        string            `json:"hetu"` // personal data: never logged, never in a URL
	Help        uint64            `json:"help"`
	Login       string            `json:"login"`
	Password    string            `json:"password"`
	Role        string            `json:"role"`
	Agencies    []string          `json:"agencies"`
	AllQueues   bool              `json:"all_queues"` // a new user's grant of every queue of the site
	Floor       int               `json:"floor"`
	NoShowAfter int               `json:"no_show_after"`
	Retention   int               `json:"retention_days"`
	DayEnd      string            `json:"day_end"` // the site's, "20:00"
	Wayfinding  map[string]string `json:"wayfinding"`
	DailyCap    int               `json:"daily_cap"`
	Interleave  int               `json:"interleave"`
	BoostMin    int               `json:"boost_minutes"`
	Hours       map[string]string `json:"hours"`      // by weekday, "mon": "08:00-11:30, 12:30-16:15"
	Exceptions  []string          `json:"exceptions"` // "2026-12-24" (closed) or "2026-12-31 08:00-12:00"
	Agency      string            `json:"agency"`     // an agency's id
	Letter      string            `json:"letter"`     // a service's call id prefix
	Names       map[string]string `json:"names"`      // by language: "fi", "sv", "en"
	MultiDay    *bool             `json:"multi_day"`  // nil: not told (settings keep the queue's choice)
	Capacity    int               `json:"capacity"`
	Attributes  []string          `json:"attributes"` // a room's: "step-free", "display"
}

var errField = fmt.Errorf("%w: malformed field", queue.ErrInvalid)

// set sets the field named name (a JSON name; "hours.mon" for a map's
// entry) from text. Names of no field are ignored.
func (in *input) set(name string, values ...string) error {
	base, key, _ := strings.Cut(name, ".")
	f := fieldNamed(reflect.ValueOf(in).Elem(), base)
	if !f.IsValid() || len(values) == 0 {
		return nil
	}
	v := values[0]
	switch f.Kind() {
	case reflect.String:
		f.SetString(v)
	case reflect.Bool:
		f.SetBool(v == "on" || v == "true" || v == "1")
	case reflect.Pointer: // *bool: a checkbox that was posted
		b := v == "on" || v == "true" || v == "1"
		f.Set(reflect.ValueOf(&b))
	case reflect.Int, reflect.Uint64:
		return setNumber(f, strings.TrimSpace(v))
	case reflect.Slice:
		f.Set(reflect.ValueOf(lines(values)))
	case reflect.Map:
		if f.IsNil() {
			f.Set(reflect.MakeMap(f.Type()))
		}
		f.SetMapIndex(reflect.ValueOf(key), reflect.ValueOf(v))
	}
	return nil
}

func fieldNamed(v reflect.Value, name string) reflect.Value {
	for i := range v.NumField() {
		if tag, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ","); tag == name {
			return v.Field(i)
		}
	}
	return reflect.Value{}
}

func setNumber(f reflect.Value, v string) error {
	if v == "" {
		return nil
	}
	if f.Kind() == reflect.Uint64 {
		n, err := strconv.ParseUint(v, 10, 64)
		f.SetUint(n)
		return err
	}
	n, err := strconv.Atoi(v)
	f.SetInt(int64(n))
	return err
}

// lines splits each value on line ends and drops the empty lines.
func lines(values []string) []string {
	var out []string
	for _, v := range values {
		for l := range strings.Lines(v) {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// formInput reads a posted form.
func formInput(r *http.Request) (input, error) {
	var in input
	if err := r.ParseForm(); err != nil {
		return in, errField
	}
	for name, values := range r.PostForm {
		if err := in.set(name, values...); err != nil {
			return in, errField
		}
	}
	return in, nil
}

// jsonInput reads a JSON body; an empty body is an empty input.
func jsonInput(w http.ResponseWriter, r *http.Request) (input, error) {
	var in input
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil && !errors.Is(err, io.EOF) {
		return in, err
	}
	return in, nil
}
