// Package sitefile reads a site's declaration, a TOML file an installer
// edits by hand (the site, its waiting rooms, agencies, services and
// rooms), and brings a hub's queue engine to it: the file is compared with
// the engine's state and exactly the differences are committed as events.
//
// A site file is the truth for what it declares: an agency, service or
// room the file does not name is removed, and one it names differently is
// changed. A service's opening hours, daily cap and priority rule are left
// to the console unless the file gives one of them.
package sitefile
