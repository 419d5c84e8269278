package action

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// known are the JSON names of every action's request. A body may carry
// a field another action takes (it is ignored, as it always was); a name
// no action takes is malformed.
var known = map[string]bool{}

// New returns an empty request of the action.
func (a *Action) New() any { return a.newReq() }

// FromForm fills req from a posted form: a field has the JSON name of
// the request's field ("hours.mon" for a map's entry); other fields (the
// form's token, the page to go back to) are ignored.
func (a *Action) FromForm(req any, form url.Values) error {
	for name, values := range form {
		if err := Set(req, name, values...); err != nil {
			return ErrField
		}
	}
	return nil
}

// FromJSON fills req from a JSON body; an empty body is an empty request.
func (a *Action) FromJSON(req any, body io.Reader) error { return decodeJSON(req, a.fields, body) }

// DecodeJSON fills v, a pointer to a struct, from a JSON body as an
// action's request is filled.
func DecodeJSON(v any, body io.Reader) error { return decodeJSON(v, fieldNames(v), body) }

func decodeJSON(req any, fields map[string]bool, body io.Reader) error {
	var m map[string]json.RawMessage
	if err := json.NewDecoder(body).Decode(&m); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		return err
	}
	for name := range m {
		switch lower := strings.ToLower(name); {
		case !known[lower]:
			return fmt.Errorf("json: unknown field %q", name)
		case !fields[lower]:
			delete(m, name)
		}
	}
	b, _ := json.Marshal(m)
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(req)
}
