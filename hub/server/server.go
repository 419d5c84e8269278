// Package server assembles a whole hub, the store, the queue engine, the
// embedded MQTT broker, the device bridge and the web console, into one
// thing that starts and stops. The hub's main and the end-to-end tests use it.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"vuoro/hub/broker"
	"vuoro/hub/demo"
	"vuoro/hub/devsync"
	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/hub/web"
)

// Options configure a hub. Zero values take the defaults.
type Options struct {
	DataDir  string // where hub.db lives; "data"
	HTTPAddr string // console; "127.0.0.1:8080" (port 0 picks one)
	MQTTAddr string // embedded broker; "127.0.0.1:1883"
	Site     string // site id in MQTT topics; "lahti"
	Demo     bool   // seed the demo site into an empty hub
	Logger   *slog.Logger
	Clock    queue.Clock // time.Now by default
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
	opts   Options
	store  *store.Store
	engine *queue.Engine
	broker *broker.Broker
	sync   *devsync.Sync
	http   *http.Server
	ln     net.Listener
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Start opens the data, rebuilds the queues from the event log and starts
// serving MQTT and HTTP.
func Start(o Options) (_ *Hub, err error) {
	o = o.withDefaults()
	h := &Hub{opts: o}
	defer func() {
		if err != nil {
			h.Close()
		}
	}()
	if err := os.MkdirAll(o.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	if h.store, err = store.Open(filepath.Join(o.DataDir, "hub.db")); err != nil {
		return nil, err
	}
	if h.engine, err = queue.Open(h.store, o.Clock); err != nil {
		return nil, err
	}
	if err := h.seed(); err != nil {
		return nil, err
	}
	if h.broker, err = broker.Start(o.MQTTAddr, o.Logger.With("part", "broker")); err != nil {
		return nil, err
	}
	h.sync = devsync.New(h.broker, h.engine, devsync.Options{Site: o.Site, Logger: o.Logger.With("part", "devsync"), Now: o.Clock.Now})
	if err := h.serveHTTP(); err != nil {
		return nil, err
	}
	h.run()
	return h, nil
}

func (h *Hub) seed() error {
	if !h.opts.Demo {
		return nil
	}
	seeded, err := demo.Seed(h.engine, h.store, h.opts.Site)
	if seeded {
		h.opts.Logger.Info("demo site seeded", "site", h.opts.Site)
	}
	return err
}

func (h *Hub) serveHTTP() error {
	ln, err := net.Listen("tcp", h.opts.HTTPAddr)
	if err != nil {
		return fmt.Errorf("server: listen %s: %w", h.opts.HTTPAddr, err)
	}
	h.ln = ln
	console := web.New(h.engine, h.store, web.Options{Logger: h.opts.Logger.With("part", "web"), Now: h.opts.Clock.Now})
	h.http = &http.Server{Handler: console, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(h.opts.Logger.Handler(), slog.LevelWarn)}
	return nil
}

func (h *Hub) run() {
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
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

// HTTPAddr is the console's address.
func (h *Hub) HTTPAddr() string { return h.ln.Addr().String() }

// MQTTAddr is the embedded broker's address.
func (h *Hub) MQTTAddr() string { return h.broker.Addr() }

// Engine is the hub's queue engine.
func (h *Hub) Engine() *queue.Engine { return h.engine }

// Sync is the hub's device bridge.
func (h *Hub) Sync() *devsync.Sync { return h.sync }

// Close stops serving and closes the data file, waiting for every
// goroutine the hub started.
func (h *Hub) Close() error {
	if h.http != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		h.http.Shutdown(ctx)
		cancel()
	}
	if h.cancel != nil {
		h.cancel()
	}
	h.wg.Wait()
	if h.broker != nil {
		h.broker.Close()
	}
	if h.store != nil {
		return h.store.Close()
	}
	return nil
}
