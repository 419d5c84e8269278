// Package server assembles a whole hub, the store, the queue engine, the
// embedded MQTT broker, the device bridge and the web console, into one
// thing that starts and stops. The hub's main and the end-to-end tests use it.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/broker"
	"vuoro/hub/demo"
	"vuoro/hub/devsync"
	"vuoro/hub/extbus"
	"vuoro/hub/follow"
	"vuoro/hub/portal"
	"vuoro/hub/queue"
	"vuoro/hub/report"
	"vuoro/hub/sitefile"
	"vuoro/hub/store"
	"vuoro/hub/tlsca"
	"vuoro/hub/web"
	"vuoro/hub/webkit"
)

// Options configure a hub. Zero values take the defaults.
type Options struct {
	DataDir  string // where hub.db lives; "data"
	HTTPAddr string // console; "127.0.0.1:8080" (port 0 picks one)
	MQTTAddr string // embedded broker; "127.0.0.1:1883"
	// MQTTExternal, when set, is an external broker's URL
	// ("tcp://broker:1883") used instead of the embedded one.
	MQTTExternal string
	MQTTUser     string // the hub's account there: the dynamic-security admin
	MQTTPassword string
	// TLS makes the embedded broker speak MQTT over TLS only, with a
	// certificate of the CA the hub keeps in DataDir/tls; devices get the
	// CA at enrolment and trust it alone.
	TLS bool
	// TLSHosts are the names and addresses devices reach the broker at,
	// put in its certificate; the -mqtt address's host, this machine's
	// name, localhost and the loopback addresses by default.
	TLSHosts []string
	// MQTTPlainAddr, with TLS, adds a plain MQTT listener (off by
	// default), as for devices not yet moved to TLS.
	MQTTPlainAddr string
	// MQTTUnmanaged leaves the external broker's accounts and ACLs to its
	// operator; by default the hub manages them through Mosquitto's
	// dynamic-security plugin (hub/dynsec) and will not start without it.
	MQTTUnmanaged bool
	Site          string // site id in MQTT topics; "lahti"
	Demo          bool   // seed the demo site into an empty hub
	// DemoDevices, with Demo, is a folder where the demo's kiosk and
	// displays get their credentials files (make run starts them with those).
	DemoDevices string
	// Init allows starting on no data file: a new, empty site. Without it
	// (or SiteFile or Demo) a missing data file stops the hub.
	Init bool
	// SiteFile is a site file (TOML) the hub is brought to at every start;
	// its site id is the Site.
	SiteFile string
	// FirstAdmin is the site admin created when the site has no users.
	FirstAdmin Admin
	// BcryptCost is the cost of the first admin's password hash;
	// bcrypt.DefaultCost. Tests pass bcrypt.MinCost.
	BcryptCost int
	// SecureCookies marks the console's cookies Secure: set it whenever the
	// console is reached over HTTPS (through a TLS-terminating proxy).
	SecureCookies bool
	Portal        PortalOptions
	// PublicURL is how browsers reach the hub ("https://vuoro.lahti.fi");
	// the HTTP address by default. SAML messages carry it.
	PublicURL string
	Logger    *slog.Logger
	Clock     queue.Clock // time.Now by default
	// HousekeepEvery is how often the hub checks for the day's end and
	// for personal data past its retention; 30 s. Tests go faster.
	HousekeepEvery time.Duration
	// TrustedProxies are the reverse proxies in front of the hub; the
	// client address they forward is the one logins are throttled by.
	TrustedProxies []netip.Prefix
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (o Options) withDefaults() Options {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&o.DataDir, "data")
	def(&o.HTTPAddr, "127.0.0.1:8080")
	def(&o.MQTTAddr, "127.0.0.1:1883")
	def(&o.Site, "lahti")
	if o.BcryptCost == 0 {
		o.BcryptCost = bcrypt.DefaultCost
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Clock == nil {
		o.Clock = realClock{}
	}
	return o
}

// Hub is a running hub.
type Hub struct {
	opts  Options
	store *store.Store
	// portalStore is the voucher portal's own data file, when it runs.
	portalStore *store.Store
	portal      *portal.Portal
	engine      *queue.Engine
	reports     *report.Keeper // the queue reports' daily aggregates
	site        *sitefile.File // the site file, if the hub has one
	bus         bus
	broker      *broker.Broker // the embedded broker, when it runs
	ca          *tlsca.CA      // the broker's CA, with TLS
	mqtt        string         // the broker's host:port devices connect to
	sync        *devsync.Sync
	console     *web.Server
	followPages *follow.Handler
	commits     *commitMetrics // the journals' group commits, for /metrics
	syncMu      sync.Mutex     // guards sync and mosq for republish, which may run before they are set
	mosq        *mosq          // the external broker's accounts, when the hub manages them
	ctl         *extbus.Bus    // the connection mosq sends its commands over
	checkinKey  []byte         // the site's check-in key, given to kiosks at enrolment
	http        *http.Server
	ln          net.Listener
	cancel      context.CancelFunc
	wg          sync.WaitGroup
	closeOnce   sync.Once
	closeErr    error
}

// Start opens the data, rebuilds the queues from the event log and starts
// serving MQTT and HTTP.
func Start(o Options) (_ *Hub, err error) {
	site, err := readSiteFile(&o)
	if err != nil {
		return nil, err
	}
	o = o.withDefaults()
	h := &Hub{opts: o, site: site, commits: newCommitMetrics()}
	defer func() {
		if err != nil {
			h.Close()
		}
	}()
	if err := os.MkdirAll(o.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	path := filepath.Join(o.DataDir, "hub.db")
	if err := o.checkDataFile(path); err != nil {
		return nil, err
	}
	if h.store, err = store.Open(path); err != nil {
		return nil, err
	}
	if h.engine, err = queue.Open(h.store, o.Clock); err != nil {
		return nil, err
	}
	h.engine.OnCommit(h.commits.observe("queue"))
	logStart(o.Logger, "queue", h.engine.Started())
	if h.reports, err = report.Open(h.store); err != nil {
		return nil, err
	}
	h.reports.Start(h.engine)
	if h.checkinKey, err = checkinKey(h.store, o.Site); err != nil {
		return nil, err
	}
	for _, step := range []func() error{h.seed, h.applySiteFile, h.firstAdmin} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	if err := h.startBus(); err != nil {
		return nil, err
	}
	keys, err := h.followKeys()
	if err != nil {
		return nil, err
	}
	ds := devsync.New(h.bus, h.engine, devsync.Options{Site: o.Site, Log: h.logEpoch(), Logger: o.Logger.With("part", "devsync"),
		Now: o.Clock.Now, CheckinKey: h.checkinKey, PublicURL: h.publicURL, JoinURL: h.joinURL(keys)})
	h.syncMu.Lock()
	h.sync = ds
	h.syncMu.Unlock()
	if err := h.serveHTTP(); err != nil {
		return nil, err
	}
	h.run()
	return h, nil
}

// bus is the MQTT connection of the hub: the embedded broker or an
// external one.
type bus interface {
	devsync.Bus
	Close() error
}

func (h *Hub) startBus() error {
	o := h.opts
	if o.MQTTExternal != "" {
		if o.TLS {
			return errors.New("server: -tls is the embedded broker's; an external broker has its own TLS settings")
		}
		return h.startExternal()
	}
	bo := broker.Options{Addr: o.MQTTAddr, Site: o.Site, Auth: deviceAuth{h.engine, h.store},
		Logger: o.Logger.With("part", "broker")}
	if err := h.withTLS(&bo); err != nil {
		return err
	}
	b, err := broker.Start(bo)
	if err != nil {
		return err
	}
	h.bus, h.mqtt, h.broker = b, b.Addr(), b
	h.disconnectRevoked(b)
	return nil
}

func (h *Hub) seed() error {
	if !h.opts.Demo {
		return nil
	}
	seeded, err := demo.Seed(h.engine, h.store, h.opts.Site)
	if seeded {
		h.opts.Logger.Info("demo site seeded", "site", h.opts.Site)
	}
	if err != nil || h.opts.DemoDevices == "" {
		return err
	}
	return h.writeDemoDevices(h.opts.DemoDevices)
}

func (h *Hub) serveHTTP() error {
	ln, err := net.Listen("tcp", h.opts.HTTPAddr)
	if err != nil {
		return fmt.Errorf("server: listen %s: %w", h.opts.HTTPAddr, err)
	}
	h.ln = ln
	mux := http.NewServeMux()
	base := h.publicURL()
	if err := h.startPortal(mux, base); err != nil {
		return err
	}
	console := web.New(h.engine, h.store, web.Options{Logger: h.opts.Logger.With("part", "web"), Now: h.opts.Clock.Now,
		SecureCookies: h.opts.SecureCookies, TrustedProxies: h.opts.TrustedProxies, SiteFile: h.opts.SiteFile,
		Devices: h.Devices(), HubURL: base, MQTTCA: h.CAFingerprint(), Reports: h.reports})
	h.console = console
	if err := h.startFollow(mux); err != nil {
		return err
	}
	mux.HandleFunc("GET /healthz", h.serveHealth)
	mux.Handle("GET /metrics", h.metricsHandler())
	mux.Handle("POST /api/v1/devices/enrol", enrolAPI{h.Devices(), webkit.NewLimiter(h.opts.Clock.Now, enrolRules), h})
	mux.Handle("/", console)
	h.http = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(h.opts.Logger.Handler(), slog.LevelWarn)}
	h.http.RegisterOnShutdown(console.Close) // live streams end, so Shutdown need not wait for them
	h.http.RegisterOnShutdown(h.followPages.Close)
	return nil
}

func (h *Hub) run() {
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	h.startHousekeeping(ctx)
	h.startMetadataRefresh(ctx)
	if h.mosq != nil {
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			h.mosq.run(ctx)
		}()
	}
	h.wg.Add(2)
	go func() {
		defer h.wg.Done()
		if err := h.sync.Run(ctx); err != nil {
			h.opts.Logger.Error("device sync stopped", "err", err)
		}
	}()
	go func() {
		defer h.wg.Done()
		if err := h.http.Serve(h.ln); !errors.Is(err, http.ErrServerClosed) {
			h.opts.Logger.Error("http server stopped", "err", err)
		}
	}()
}

// publicURL is how browsers and phones reach the hub: -public-url, or
// else the HTTP listener's address; empty before it listens.
func (h *Hub) publicURL() string {
	switch {
	case h.opts.PublicURL != "":
		return strings.TrimSuffix(h.opts.PublicURL, "/")
	case h.ln != nil:
		return "http://" + h.ln.Addr().String()
	}
	return ""
}

// HTTPAddr is the console's address.
func (h *Hub) HTTPAddr() string { return h.ln.Addr().String() }

// logEpoch names this run of this data file's log for the displays: its
// identity and a random part new at every start. Displays compare
// sequence numbers only within one epoch, so they follow a new hub, a
// backup restored by copying the file back (same identity, lower
// sequence) and a plain restart alike, each by taking its first snapshot
// as the truth.
func (h *Hub) logEpoch() string {
	b := make([]byte, 4)
	rand.Read(b)
	return h.store.Identity() + "-" + hex.EncodeToString(b)
}

// DataFile is the path of the hub's data file.
func (h *Hub) DataFile() string { return filepath.Join(h.opts.DataDir, "hub.db") }

// MQTTAddr is the host:port of the broker the devices connect to.
func (h *Hub) MQTTAddr() string { return h.mqtt }

// Engine is the hub's queue engine.
func (h *Hub) Engine() *queue.Engine { return h.engine }

// republish sends every retained state again after the external broker
// reconnects; the first connection comes before the bridge exists, and
// the bridge publishes everything when it starts.
func (h *Hub) republish() {
	h.syncMu.Lock()
	s := h.sync
	h.syncMu.Unlock()
	if s != nil {
		s.Republish()
	}
}

// Devices enrols, activates and revokes the hub's devices.
func (h *Hub) Devices() Devices {
	d := NewDevices(h.engine, h.store, h.opts.Clock.Now, h.broker).WithCA(h.caPEM())
	d.seen = h.deviceSeen
	d.checkin = h.checkinKey
	h.syncMu.Lock()
	if h.mosq != nil {
		d.accounts = h.mosq
	}
	h.syncMu.Unlock()
	return d
}

// deviceSeen is a device's last status as the device bridge keeps it.
func (h *Hub) deviceSeen(id string) (devsync.Seen, bool) {
	h.syncMu.Lock()
	s := h.sync
	h.syncMu.Unlock()
	if s == nil {
		return devsync.Seen{}, false
	}
	return s.Device(id)
}

// Bus is the hub's own MQTT connection (the embedded broker's inline
// client, or the external broker's session): it may read and write every
// topic of the site.
func (h *Hub) Bus() devsync.Bus { return h.bus }

// Sync is the hub's device bridge.
func (h *Hub) Sync() *devsync.Sync { return h.sync }

// Close stops serving and closes the data file, waiting for every
// goroutine the hub started. Closing again does nothing.
func (h *Hub) Close() error {
	h.closeOnce.Do(func() { h.closeErr = h.close() })
	return h.closeErr
}

func (h *Hub) close() error {
	if h.http != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		h.http.Shutdown(ctx)
		cancel()
	}
	if h.cancel != nil {
		h.cancel()
	}
	h.wg.Wait()
	h.closeEngines()
	if h.bus != nil {
		h.bus.Close()
	}
	if h.ctl != nil {
		h.ctl.Close()
	}
	if h.portalStore != nil {
		h.portalStore.Close()
	}
	if h.store != nil {
		return h.store.Close()
	}
	return nil
}
