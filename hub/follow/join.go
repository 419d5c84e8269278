package follow

import (
	"crypto/hmac"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"net/http"
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// passFor is how long a phone may take to choose after scanning a code.
const passFor = 10 * time.Minute

// pass is a scan's right to check in: the time of the scan and a nonce
// under the hub's key, so each scan's tickets are its own (a double tap
// gets the same ticket) and the right ends passFor after the scan.
func (k Keys) pass(now time.Time) string {
	b := binary.BigEndian.AppendUint64(nil, uint64(now.Unix()))
	b = append(b, rand.Text()[:8]...)
	return enc.EncodeToString(append(b, k.mac("pass", string(b))[:16]...))
}

func (k Keys) passValid(p string, now time.Time) bool {
	b, err := enc.DecodeString(p)
	if err != nil || len(b) != 32 || !hmac.Equal(b[16:], k.mac("pass", string(b[:16]))[:16]) {
		return false
	}
	at := time.Unix(int64(binary.BigEndian.Uint64(b[:8])), 0)
	return !now.Before(at.Add(-time.Minute)) && now.Before(at.Add(passFor))
}

// serveScan is the address in the display's QR code: a code of this
// minute or the last gives the phone a pass to check in with.
func (h *Handler) serveScan(w http.ResponseWriter, r *http.Request) {
	now := h.o.Now()
	if !h.o.Keys.JoinValid(r.PathValue("code"), now) {
		h.expired(w, r)
		return
	}
	http.Redirect(w, r, "/join/p/"+h.o.Keys.pass(now), http.StatusSeeOther)
}

func (h *Handler) expired(w http.ResponseWriter, r *http.Request) {
	h.message(w, r, http.StatusGone, "join.expired", "join.rescan")
}

// choice is an agency or a service on the join page.
type choice struct {
	ID, Name string
	Open     bool
}

type joinData struct {
	page
	CSRF     string
	Agency   string // chosen: its services are listed
	Choices  []choice
	Problem  string
	Services bool
}

// serveJoin lists the agencies, or with ?agency= that agency's services.
func (h *Handler) serveJoin(w http.ResponseWriter, r *http.Request) {
	h.join(w, r, http.StatusOK, "")
}

func (h *Handler) join(w http.ResponseWriter, r *http.Request, code int, problem string) {
	pass := r.PathValue("pass")
	now := h.o.Now()
	if !h.o.Keys.passValid(pass, now) {
		h.expired(w, r)
		return
	}
	d := joinData{page: h.page(r, "join.title"), CSRF: h.o.Keys.formToken("join " + pass), Problem: problem}
	d.Agency = r.FormValue("agency")
	h.o.Eng.Read(func(st *queue.State) {
		for _, a := range st.Agencies {
			if d.Agency == "" {
				d.Choices = append(d.Choices, choice{ID: a.ID, Name: name(a.Names, d.Lang), Open: true})
				continue
			}
			if a.ID != d.Agency {
				continue
			}
			d.Services = true
			for _, sv := range st.ServicesOf([]string{a.ID}) {
				d.Choices = append(d.Choices, choice{ID: sv.ID, Name: name(sv.Names, d.Lang), Open: st.OpenNow(sv.ID, now)})
			}
		}
	})
	h.render(w, r, code, "join.html", d)
}

// serveIssue checks the phone in to the chosen service through the engine
// (device "phone") and sends it to its follow page, which is the ticket.
func (h *Handler) serveIssue(w http.ResponseWriter, r *http.Request) {
	pass := r.PathValue("pass")
	if !h.o.Keys.passValid(pass, h.o.Now()) {
		h.expired(w, r)
		return
	}
	if !h.o.Keys.formOK("join "+pass, r.PostFormValue("csrf")) {
		h.site.Error(w, r, http.StatusForbidden)
		return
	}
	service := r.PostFormValue("service")
	got, err := h.o.Eng.Issue("phone", queue.IssueRequest{RequestID: "phone-" + pass + "-" + service,
		Service: service, Device: "phone", Persons: 1})
	if err != nil {
		if !isRefusal(err) {
			h.o.Logger.Warn("follow: join refused", "service", service, "err", err)
		}
		lang := h.site.Langs.Of(r)
		h.join(w, r, http.StatusConflict, t(lang, "join.unavail"))
		return
	}
	http.Redirect(w, r, wire.FollowPrefix+got.FollowToken, http.StatusSeeOther)
}

// isRefusal is an engine's no to a check-in the citizen can act on.
func isRefusal(err error) bool {
	return errors.Is(err, queue.ErrClosed) || errors.Is(err, queue.ErrPaused) || errors.Is(err, queue.ErrFull)
}
