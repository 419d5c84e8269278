package action

import (
	"reflect"
	"strconv"
	"strings"
)

// Set sets the field of req named name (its JSON name; "hours.mon" for a
// map's entry) from a form's or a path's text. A name of no field is
// ignored. A checkbox is "on"; numbers are decimal; a list takes a line
// a value.
func Set(req any, name string, values ...string) error {
	base, key, _ := strings.Cut(name, ".")
	f := fieldNamed(reflect.ValueOf(req).Elem(), base)
	if !f.IsValid() || len(values) == 0 {
		return nil
	}
	v := values[0]
	switch f.Kind() {
	case reflect.String:
		f.SetString(v)
	case reflect.Bool:
		f.SetBool(checked(v))
	case reflect.Pointer: // *bool: a checkbox that was posted; *int, *string: a field told
		return setPointer(f, v)
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

// setPointer sets a pointer field: a checkbox, a number or a text told.
func setPointer(f reflect.Value, v string) error {
	p := reflect.New(f.Type().Elem())
	switch p.Elem().Kind() {
	case reflect.Bool:
		p.Elem().SetBool(checked(v))
	case reflect.String:
		p.Elem().SetString(v)
	default:
		if err := setNumber(p.Elem(), strings.TrimSpace(v)); err != nil {
			return err
		}
	}
	f.Set(p)
	return nil
}

func checked(v string) bool { return v == "on" || v == "true" || v == "1" }

// fieldNamed finds a struct's field by its JSON name, in the struct or
// in a struct it embeds.
func fieldNamed(v reflect.Value, name string) reflect.Value {
	for i := range v.NumField() {
		sf := v.Type().Field(i)
		if sf.Anonymous && sf.Type.Kind() == reflect.Struct {
			if f := fieldNamed(v.Field(i), name); f.IsValid() {
				return f
			}
			continue
		}
		if tag, _, _ := strings.Cut(sf.Tag.Get("json"), ","); tag == name {
			return v.Field(i)
		}
	}
	return reflect.Value{}
}

// fieldNames are the JSON names of a request's fields.
func fieldNames(req any) map[string]bool {
	out := map[string]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for i := range t.NumField() {
			sf := t.Field(i)
			if sf.Anonymous && sf.Type.Kind() == reflect.Struct {
				walk(sf.Type)
			} else if tag, _, _ := strings.Cut(sf.Tag.Get("json"), ","); tag != "" && tag != "-" {
				out[tag] = true
			}
		}
	}
	walk(reflect.TypeOf(req).Elem())
	return out
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
