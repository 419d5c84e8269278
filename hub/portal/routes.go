package portal

import (
	"io/fs"
	"net/http"
	"strings"
)

func (p *Portal) routes() {
	static, _ := fs.Sub(staticFS, "static")
	p.mux.Handle("GET "+p.path+"/static/", p.site.Static(p.path+"/static/", static))
	p.handle("GET /{$}", p.home)
	p.handle("GET /lang/{lang}", p.setLang)
	p.handle("GET /providers", p.compare)
	p.handle("GET /login", p.loginPage)
	p.handle("POST /login", p.login)
	p.handle("POST /logout", p.as(kindStaff, kindProvider)(p.logout))
	p.municipalRoutes()
	p.providerRoutes()
	p.citizenRoutes()
}

func (p *Portal) handle(pattern string, h http.HandlerFunc) {
	method, path, _ := strings.Cut(pattern, " ")
	p.mux.HandleFunc(method+" "+p.path+path, h)
}

func (p *Portal) municipalRoutes() {
	staff := p.as(kindStaff)
	p.handle("GET /municipal", staff(p.municipal))
	p.handle("GET /municipal/grant", staff(p.grantPage))
	p.handle("POST /municipal/grant", staff(p.grant))
	p.handle("GET /municipal/vouchers/{id}", staff(p.staffVoucher))
	p.handle("POST /municipal/vouchers/{id}/proxy", staff(p.setProxy))
	p.handle("POST /municipal/vouchers/{id}/end", staff(p.endVoucher))
	p.handle("GET /municipal/providers/{id}", staff(p.providerEvents))
	p.handle("GET /municipal/summary", staff(p.summary))
}

func (p *Portal) providerRoutes() {
	prov := p.as(kindProvider)
	p.handle("GET /provider", prov(p.providerHome))
	p.handle("POST /provider/open", prov(p.openClient))
	p.handle("GET /provider/clients/{id}", prov(p.client))
	p.handle("POST /provider/clients/{id}/events", prov(p.record))
	p.handle("POST /provider/feedback/{id}/reply", prov(p.reply))
}

func (p *Portal) citizenRoutes() {
	cit := p.as(kindCitizen)
	p.handle("GET /citizen/login", p.citizenLogin)
	p.handle("POST /saml/acs", p.acs)
	p.handle("GET /saml/finish", p.finishLogin)
	p.handle("GET /saml/slo", p.slo)
	p.handle("GET /saml/metadata", p.metadata)
	p.handle("GET /logged-out", p.loggedOut)
	p.handle("GET /citizen", cit(p.choose))
	p.handle("POST /citizen/act", cit(p.act))
	p.handle("GET /citizen/others", cit(p.others))
	p.handle("POST /citizen/others", cit(p.actForOther))
	p.handle("GET /citizen/mandate", cit(p.mandateReturn))
	p.handle("GET /citizen/vouchers", cit(p.citizenVouchers))
	p.handle("GET /citizen/vouchers/{id}", cit(p.citizenVoucher))
	p.handle("POST /citizen/vouchers/{id}/feedback", cit(p.giveFeedback))
	p.handle("GET /citizen/feedback", cit(p.feedbackList))
	p.handle("POST /citizen/logout", cit(p.citizenLogout))
}
