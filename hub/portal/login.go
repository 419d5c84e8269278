package portal

import (
	"net/http"
	"regexp"

	"vuoro/hub/voucher"
	"vuoro/hub/webkit"
)

// credential is the store key of a portal login.
func credential(login string) string { return "portal:" + login }

// authenticate checks a password and returns the kind of user.
func (p *Portal) authenticate(login, password string) kind {
	k := kindNone
	p.eng.Read(func(s *voucher.State) {
		if _, ok := s.Staff[login]; ok {
			k = kindStaff
		} else if _, ok := s.ProviderByLogin(login); ok {
			k = kindProvider
		}
	})
	hash, err := p.opts.Credentials.Credential(credential(login))
	if !webkit.CheckPassword(hash, err == nil && k != kindNone, password) {
		return kindNone
	}
	return k
}

// exists reports whether the session's user is still there.
func (p *Portal) exists(se session) bool {
	return se.Data.Kind == kindCitizen || p.authenticateKnown(se) != kindNone
}

func (p *Portal) authenticateKnown(se session) kind {
	k := kindNone
	p.eng.Read(func(s *voucher.State) {
		_, staff := s.Staff[se.Data.Login]
		_, prov := s.ProviderByLogin(se.Data.Login)
		if (staff && se.Data.Kind == kindStaff) || (prov && se.Data.Kind == kindProvider) {
			k = se.Data.Kind
		}
	})
	return k
}

type loginData struct {
	page
	Login string
}

func (p *Portal) loginPage(w http.ResponseWriter, r *http.Request) {
	p.render(w, http.StatusOK, "login.html", loginData{page: p.page(r, session{}, "login.title")})
}

func (p *Portal) login(w http.ResponseWriter, r *http.Request) {
	login, password := r.PostFormValue("login"), r.PostFormValue("password")
	keys := []string{"login:" + login, "ip:" + p.clientIP(r)}
	if p.limit.Locked(keys...) > 0 {
		p.loginFailed(w, r, login, http.StatusTooManyRequests, "err.tooMany")
		return
	}
	k := p.authenticate(login, password)
	if k == kindNone {
		p.limit.Fail(keys...)
		p.loginFailed(w, r, login, http.StatusUnauthorized, "login.wrong")
		return
	}
	p.limit.Forget(keys[0])
	p.setSession(w, r, userData{Kind: k, Login: login})
	p.opts.Logger.Info("portal login", "login", login, "role", roles[k])
	if k == kindStaff {
		p.redirect(w, r, "/municipal")
		return
	}
	p.redirect(w, r, "/provider")
}

func (p *Portal) loginFailed(w http.ResponseWriter, r *http.Request, login string, code int, key string) {
	p.opts.Logger.Warn("portal login failed", "login", scrub(login), "status", code)
	d := loginData{page: p.page(r, session{}, "login.title"), Login: login}
	d.Error = key
	p.render(w, code, "login.html", d)
}

func (p *Portal) logout(w http.ResponseWriter, r *http.Request, se session) {
	p.clearSession(w, se)
	p.redirect(w, r, "/")
}

// userName is the display name of a staff user or provider.
func (p *Portal) userName(se session) string {
	name := se.Data.Login
	p.eng.Read(func(s *voucher.State) {
		if u, ok := s.Staff[se.Data.Login]; ok {
			name = u.Name
		} else if pr, ok := s.ProviderByLogin(se.Data.Login); ok {
			name = pr.Name
		}
	})
	return name
}

// staffOf and providerOf return the logged-in user's record.
func (p *Portal) staffOf(se session) (u voucher.Staff) {
	p.eng.Read(func(s *voucher.State) { u = s.Staff[se.Data.Login] })
	return u
}

func (p *Portal) providerOf(se session) (pr voucher.Provider) {
	p.eng.Read(func(s *voucher.State) { pr, _ = s.ProviderByLogin(se.Data.Login) })
	return pr
}

// hetuLike finds what looks like a personal identity code.
var hetuLike = regexp.MustCompile(`\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]`)

// scrub hides a personal identity code someone typed as a login before
// the login goes to a log line.
func scrub(login string) string { return hetuLike.ReplaceAllString(login, "[hetu]") }
