// Command display runs a Vuoro display: the queue display of a waiting room
// (-mode queue) or the counter display above a service point (-mode counter
// -room 6). It follows the hub over MQTT and renders what the hub publishes;
// it keeps running while the hub is away and shows that it is.
//
//	display -mode queue -site lahti -fullscreen
//	display -mode counter -room 6 -site lahti -broker tcp://hub.local:1883
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"
	_ "time/tzdata" // the board shows Helsinki time whatever the image's zoneinfo

	"fyne.io/fyne/v2/app"

	"vuoro/display/board"
	"vuoro/shared/devcred"
	"vuoro/shared/devlink"
)

// version is the display's software version, reported to the hub; set at
// build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "display:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	cfg, err := parseFlags(args, os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	loc, err := time.LoadLocation(board.Zone)
	if err != nil {
		return fmt.Errorf("time zone: %w", err)
	}
	cred, err := devcred.Obtain(context.Background(), cfg.credentials, cfg.hub, cfg.enrol, cfg.caSHA256)
	if err != nil {
		return err
	}
	cfg.device = cred.Device
	log := slog.New(slog.NewTextHandler(os.Stderr, nil)).With("mode", cfg.mode, "device", cfg.device)
	slog.SetDefault(log)
	link, err := devlink.Open(devlink.Options{Broker: cfg.broker, Site: cfg.site, Device: cfg.device, Kind: cfg.kind(), Logger: log,
		Username: cred.Username, Password: cred.Password, CA: cred.CA, Version: version})
	if err != nil {
		return err
	}
	defer link.Close()
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	log.Info("display starting", "site", cfg.site, "broker", cfg.broker)
	settings := newLiveSettings()
	snd, err := openSound(cfg, settings.get, log)
	if err != nil {
		return err
	}
	defer snd.close()
	light, err := openCallLight(cfg)
	if err != nil {
		return err
	}
	defer startLight(ctx, light, log)()
	g := &gate{}
	show(ctx, app.NewWithID("fi.vuoro.display"), cfg, newScreen(cfg, link, loc, log, g, outputs{onCall: snd.call, light: light, settings: settings}), g)
	log.Info("display stopped")
	return nil
}
