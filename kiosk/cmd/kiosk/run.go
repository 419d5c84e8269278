package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"vuoro/kiosk/flow"
	"vuoro/kiosk/hubclient"
	"vuoro/kiosk/outbox"
	"vuoro/kiosk/ui"
	"vuoro/shared/devcred"
	"vuoro/shared/devlink"
	"vuoro/shared/wire"
)

func run(c config, log *slog.Logger) error {
	printer, err := openPrinter(c.printer, c.paper)
	if err != nil {
		return err
	}
	defer printer.Close()
	cred, err := devcred.Obtain(context.Background(), c.credentials, c.hub, c.enrol, c.caSHA256)
	if err != nil {
		return err
	}
	c.device = cred.Device
	link, err := devlink.Open(devlink.Options{Broker: c.broker, Site: c.site, Device: c.device, Kind: "kiosk", Logger: log,
		Username: cred.Username, Password: cred.Password, CA: cred.CA, Version: version})
	if err != nil {
		return err
	}
	defer link.Close()
	status := &printerStatus{}
	stopWatch := watch(printer, log, status.follow(link.SetHealth))
	defer stopWatch()
	hub, err := hubclient.New(link, hubclient.Options{Site: c.site, Device: c.device, Logger: log, CheckinKey: cred.Key()})
	if err != nil {
		return err
	}
	hub.Start()
	defer hub.Close()
	box, err := outbox.Open(outboxPath(c))
	if err != nil {
		return err
	}
	defer box.Close()
	if err := settlePrints(box, hub, log); err != nil { // prints a restart cut short (restart.go)
		return err
	}
	hub.SetConnected(link.Connected)
	stopOffline := offline(box, hub, link.Connected, log)
	defer stopOffline()
	sp, speechOn, stopSpeech, err := openSpeech(c, log)
	if err != nil {
		return err
	}
	defer stopSpeech()
	model, err := flow.New(offlineOptions(flow.Options{Issuer: hub, Printer: printer, Helper: hub, PrinterStatus: status, CheckIner: hub,
		Speaker: sp, Speech: speechOn, Join: hub.JoinURL}, box, c.device, hub))
	if err != nil {
		return err
	}
	startFrom(model, box, log)
	log.Info("kiosk starting", "site", c.site, "device", c.device, "broker", c.broker, "printer", c.printer)
	return show(c, model, hub, keepCatalog(box, log), link.Connected, log)
}

// watch logs and reports the printer's status changes (paper near end,
// paper out, cover open) until the returned stop is called, and waits for
// it then.
func watch(p *ticketPrinter, log *slog.Logger, report func(wire.Health)) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := p.Watch(ctx, log, report); err != nil && ctx.Err() == nil {
			log.Error("printer status watch stopped", "err", err)
		}
	}()
	return func() { cancel(); <-done }
}

// show runs the window until it is closed or the process is told to stop.
func show(c config, model *flow.Model, hub *hubclient.Client, catalog func(*wire.Catalog), connected func() bool, log *slog.Logger) error {
	a := app.NewWithID("fi.vuoro.kiosk")
	w := a.NewWindow("Vuoro")
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1280, 800))
	w.SetFullScreen(c.fullscreen)
	k := ui.New(w, model, log)
	defer k.Close()
	if err := guard(c, w); err != nil {
		return err
	}
	hub.OnCatalog(func(cat *wire.Catalog) { catalog(cat); k.SetCatalog(cat) })
	hub.OnHelpState(k.SetHelpState)
	hub.OnOnline(k.SetOnline)
	k.SetOnline(hub.Online()) // lost until the first heartbeat
	k.Start()
	stopHardware, err := hardware(c, k, connected, log)
	if err != nil {
		return err
	}
	defer stopHardware()
	stop := quitOnSignal(a)
	defer stop()
	w.ShowAndRun()
	return nil
}

// quitOnSignal quits a on SIGINT or SIGTERM, until stop is called.
func quitOnSignal(a fyne.App) (stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	stopped, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		select {
		case <-sig:
			fyne.Do(a.Quit)
		case <-stopped:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(stopped)
		<-done
	}
}
