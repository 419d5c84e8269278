package web_test

import (
	"net/url"
	"strings"
	"testing"

	"vuoro/hub/queue"
)

func TestMultiDaySettingThroughTheAPIAndKeptByTheForm(t *testing.T) {
	h := newHub(t)
	token := apiLogin(t, h.srv, "admin")
	multiDay := func() bool {
		var on bool
		h.eng.Read(func(s *queue.State) { sv, _ := s.Service("vero-veroasiat"); on = sv.MultiDay })
		return on
	}
	path := "/api/v1/queues/vero-veroasiat/settings"
	code, body := api(t, h.srv, token, "PUT", path, `{"daily_cap":100,"multi_day":true}`)
	if code != 200 || !strings.Contains(body, `"multi_day":true`) || !multiDay() {
		t.Fatalf("PUT multi_day: %d %s; multi-day %v", code, body, multiDay())
	}
	if code, body := api(t, h.srv, token, "PUT", path, `{"daily_cap":120}`); code != 200 || !multiDay() {
		t.Fatalf("PUT without multi_day: %d %s; multi-day %v, want kept", code, body, multiDay())
	}
	admin, csrf := login(t, h.srv, "admin")
	if code, says := h.adminForm(admin, csrf, "configure", "/admin/queues?service=vero-veroasiat",
		url.Values{"service": {"vero-veroasiat"}, "daily_cap": {"90"}}); code != 303 || !multiDay() {
		t.Fatalf("the console's settings form: %d %q; multi-day %v, want kept (the form has no such field)", code, says, multiDay())
	}
	if code, _ := api(t, h.srv, token, "PUT", path, `{"multi_day":false}`); code != 200 || multiDay() {
		t.Fatalf("PUT multi_day false: %d; multi-day %v", code, multiDay())
	}
}
