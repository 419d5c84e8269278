package action

import (
	"reflect"
	"strings"
	"testing"

	"vuoro/hub/queue"
)

// A row without a role or a scope, with a scope its request cannot name,
// with a route whose wildcard is no field, or a second row of a name
// stops the program at start.
func TestDefineRefusesAMalformedRow(t *testing.T) {
	noop := func(*Deps, queue.Clerk, *helpReq) (Outcome, error) { return Outcome{}, nil }
	rows := map[string]Action{
		"no role":            {Name: "x-a", Scope: []Scope{Site}},
		"no scope":           {Name: "x-b", Least: queue.RoleClerk},
		"scope not named":    {Name: "x-c", Least: queue.RoleClerk, Scope: []Scope{VisitQueue}},
		"wildcard not field": {Name: "x-d", Least: queue.RoleClerk, Scope: []Scope{Site}, Routes: []string{"POST /api/v1/x/{ticket}"}},
		"second row":         {Name: "close-help", Least: queue.RoleAdvisor, Scope: []Scope{Site}},
	}
	for what, a := range rows {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: defined", what)
				}
			}()
			define(a, noop)
		}()
		if _, ok := Lookup(a.Name); ok && a.Name != "close-help" {
			t.Errorf("%s: in the table", what)
		}
	}
}

// The form and the JSON body of an action fill the same typed request.
func TestFormAndJSONFillTheSameRequest(t *testing.T) {
	a, _ := Lookup("configure")
	form := map[string][]string{"service": {"vero-veroasiat"}, "daily_cap": {"200"}, "boost_minutes": {" 10 "},
		"hours.mon": {"08:00-11:30, 12:30-16:15"}, "exceptions": {"2026-12-24\r\n\r\n2026-12-31 08:00-12:00"},
		"multi_day": {"on"}, "csrf": {"token"}, "back": {"/admin/queues"}}
	fromForm, fromJSON := a.New(), a.New()
	if err := a.FromForm(fromForm, form); err != nil {
		t.Fatal(err)
	}
	body := `{"service":"vero-veroasiat","daily_cap":200,"boost_minutes":10,"hours":{"mon":"08:00-11:30, 12:30-16:15"},
		"exceptions":["2026-12-24","2026-12-31 08:00-12:00"],"multi_day":true}`
	if err := a.FromJSON(fromJSON, strings.NewReader(body)); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromForm, fromJSON) {
		t.Fatalf("form %+v, JSON %+v", fromForm, fromJSON)
	}
	if r := fromForm.(*configureReq); *r.MultiDay != true || r.Interleave != 0 {
		t.Fatalf("request %+v", r)
	}
}

// A JSON body may carry a field another action takes, as the API always
// allowed; a name no action takes, or a malformed value, is refused.
func TestJSONBodyFields(t *testing.T) {
	a, _ := Lookup("recall")
	for body, ok := range map[string]bool{`{}`: true, ``: true, `{"service":"x","ticket":4}`: true,
		`{"servise":"x"}`: false, `{"ticket":"4"}`: false, `[1]`: false} {
		req := a.New()
		if err := a.FromJSON(req, strings.NewReader(body)); (err == nil) != ok {
			t.Errorf("%q: %v", body, err)
		}
	}
	req := a.New()
	a.FromJSON(req, strings.NewReader(`{"service":"x","ticket":4}`))
	if r := req.(*visitRef); r.Ticket != 4 {
		t.Errorf("ticket %d", r.Ticket)
	}
}

// A malformed number in a form is a malformed field, never a zero.
func TestFormRefusesAMalformedNumber(t *testing.T) {
	a, _ := Lookup("persons")
	if err := a.FromForm(a.New(), map[string][]string{"ticket": {"4"}, "persons": {"kolme"}}); err != ErrField {
		t.Fatalf("err = %v", err)
	}
}
