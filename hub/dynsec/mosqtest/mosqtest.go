// Package mosqtest runs a real Mosquitto for tests: on a free loopback
// port, anonymous clients refused, accounts and rules in the
// dynamic-security plugin, whose file starts with one admin account.
package mosqtest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"testing"
	"time"
)

// Plugin is where Debian's mosquitto package installs the plugin.
const Plugin = "/usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so"

// Broker is a Mosquitto a test started; it stops when the test ends.
type Broker struct {
	Addr     string // host:port
	Admin    string // the dynamic-security admin account
	Password string
	Dynsec   string // the plugin's file of accounts and roles
	bin      string
	conf     string
	cmd      *exec.Cmd
}

// Start starts Mosquitto. Without it (or its plugin) the test is
// skipped, except in CI, where `make test` installs it.
func Start(t testing.TB) *Broker {
	t.Helper()
	bin := find(t)
	dir := t.TempDir()
	b := &Broker{Admin: "vuoro-hub", Password: "admin-secret-for-tests", bin: bin,
		Dynsec: filepath.Join(dir, "dynamic-security.json"), conf: filepath.Join(dir, "mosquitto.conf")}
	b.initDynsec(t)
	b.Addr = freeAddr(t)
	_, port, _ := net.SplitHostPort(b.Addr)
	// Run as root, mosquitto drops to the user "mosquitto", who could not
	// read the test's folder: it stays the test's user.
	me, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	conf := fmt.Sprintf("user %s\nlistener %s 127.0.0.1\nallow_anonymous false\npersistence false\nper_listener_settings false\nlog_type all\n"+
		"plugin %s\nplugin_opt_config_file %s\n", me.Username, port, Plugin, b.Dynsec)
	if err := os.WriteFile(b.conf, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	b.start(t)
	t.Cleanup(b.Stop)
	return b
}

func find(t testing.TB) string {
	bin, err := exec.LookPath("mosquitto")
	if err != nil {
		if _, e := os.Stat("/usr/sbin/mosquitto"); e == nil {
			bin, err = "/usr/sbin/mosquitto", nil
		}
	}
	if _, e := exec.LookPath("mosquitto_ctrl"); err == nil && e != nil {
		err = e
	}
	if _, e := os.Stat(Plugin); err == nil && e != nil {
		err = e
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("mosqtest: mosquitto not installed (%v); make test installs it", err)
		}
		t.Skipf("mosqtest: mosquitto not installed: %v", err)
	}
	return bin
}

func freeAddr(t testing.TB) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// initDynsec writes a dynamic-security file that knows only the admin.
func (b *Broker) initDynsec(t testing.TB) {
	t.Helper()
	init := exec.Command("mosquitto_ctrl", "dynsec", "init", b.Dynsec, b.Admin, b.Password)
	if out, err := init.CombinedOutput(); err != nil {
		t.Fatalf("mosqtest: dynsec init: %v: %s", err, out)
	}
}

func (b *Broker) start(t testing.TB) {
	t.Helper()
	b.cmd = exec.Command(b.bin, "-c", b.conf)
	if log, err := os.Create(b.conf + ".log"); err == nil {
		b.cmd.Stdout, b.cmd.Stderr = log, log
	}
	if err := b.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for range 50 {
		if c, err := net.Dial("tcp", b.Addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("mosqtest: mosquitto did not start")
}

// Stop stops the broker (stopping again does nothing).
func (b *Broker) Stop() {
	if b.cmd != nil {
		b.cmd.Process.Kill()
		b.cmd.Wait()
		b.cmd = nil
	}
}

// Restart stops the broker and starts it again on the same port. With
// lose, its dynamic-security file is first replaced by a fresh one that
// knows only the admin account, as when the broker's disk is lost.
func (b *Broker) Restart(t testing.TB, lose bool) {
	t.Helper()
	b.Stop()
	if lose {
		os.Remove(b.Dynsec)
		b.initDynsec(t)
	}
	b.start(t)
}

// Log is what the broker said.
func (b *Broker) Log() string {
	out, _ := os.ReadFile(b.conf + ".log")
	return string(out)
}

// URL is the broker's address for a paho client.
func (b *Broker) URL() string { return "tcp://" + b.Addr }
