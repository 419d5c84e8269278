package server

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/queue"
	"vuoro/hub/sitefile"
)

// Admin is the site admin a new site starts with.
type Admin struct {
	Login    string
	Password string // 12-72 bytes
}

// ActorSetup is how the event log names the hub creating the first admin.
const ActorSetup = "setup"

// checkDataFile refuses to start on a missing data file unless a new site
// was asked for, and always on a zero-byte one (bbolt would silently
// initialise it). It runs before the file is opened.
func (o Options) checkDataFile(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if o.Init || o.SiteFile != "" || o.Demo {
			return nil
		}
		return fmt.Errorf("%w at %s: start with -init to create a new site, or restore the file from backup", ErrNoDataFile, path)
	case err != nil:
		return fmt.Errorf("server: data file: %w", err)
	case fi.Size() == 0:
		return fmt.Errorf("%w: %s has 0 bytes, so it is damaged, not new: restore it from backup "+
			"(or, to start a new site on purpose, move it away and start with -init)", ErrEmptyDataFile, path)
	}
	return nil
}

// readSiteFile reads the site file, if one is given, before anything is
// opened; its site id is the hub's unless -site says another.
func readSiteFile(o *Options) (*sitefile.File, error) {
	if o.SiteFile == "" {
		return nil, nil
	}
	f, err := sitefile.Read(o.SiteFile)
	if err != nil {
		return nil, err
	}
	if o.Site != "" && o.Site != f.Site.ID {
		return nil, fmt.Errorf("server: -site %s but %s declares site %s", o.Site, o.SiteFile, f.Site.ID)
	}
	o.Site = f.Site.ID
	return f, nil
}

// applySiteFile brings the engine to the site file, if one is given.
func (h *Hub) applySiteFile() error {
	if h.site == nil {
		return nil
	}
	changes, err := sitefile.Apply(h.engine, h.site, sitefile.Actor, h.opts.Clock.Now())
	for _, c := range changes {
		h.opts.Logger.Info("site file applied", "change", c.String())
	}
	if err != nil {
		return err
	}
	h.opts.Logger.Info("site file read", "file", h.opts.SiteFile, "changes", len(changes))
	return nil
}

// firstAdmin creates the site admin a site with no users starts with; a
// site with users ignores it.
func (h *Hub) firstAdmin() error {
	a, log := h.opts.FirstAdmin, h.opts.Logger
	var users int
	h.engine.Read(func(st *queue.State) { users = len(st.Clerks) })
	switch {
	case a.Login == "" && users == 0:
		log.Warn("the site has no users: start once with VUORO_ADMIN_LOGIN and VUORO_ADMIN_PASSWORD to create its site admin")
		return nil
	case a.Login == "":
		return nil
	case users > 0:
		log.Info("VUORO_ADMIN_LOGIN ignored: the site already has users", "login", a.Login)
		return nil
	}
	if len(a.Password) < 12 || len(a.Password) > 72 {
		return fmt.Errorf("%w: VUORO_ADMIN_PASSWORD must have 12-72 characters", ErrFirstAdmin)
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(a.Password), h.opts.BcryptCost)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrFirstAdmin, err)
	}
	if err := h.store.SetCredential(a.Login, hash); err != nil {
		return err
	}
	c := queue.Clerk{Login: a.Login, Name: a.Login, Role: queue.RoleSiteAdmin, AllQueues: true}
	if err := h.engine.AddClerk(ActorSetup, c); err != nil {
		return fmt.Errorf("%w: %v", ErrFirstAdmin, err)
	}
	log.Info("first site admin created", "login", a.Login)
	return nil
}
