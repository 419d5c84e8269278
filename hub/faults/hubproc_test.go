package faults

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"vuoro/hub/dynsec/mosqtest"
)

// hubBin is the hub command, built once for the package's tests.
var hubBin string

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "vuoro-faults-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	hubBin = filepath.Join(dir, "hub")
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	build := exec.Command(gobin, "build", "-o", hubBin, "vuoro/hub/cmd/hub")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "faults: building the hub:", err)
		return 1
	}
	return m.Run()
}

// hubProc is a hub running as its own process on fixed ports, so that a
// restart comes back where the devices look for it.
type hubProc struct {
	t        testing.TB
	dir      string
	httpAddr string
	mqttAddr string // where devices reach the broker: the hub's own, or Mosquitto
	extra    []string
	env      []string
	mosq     *mosqtest.Broker // the external broker, if the hub uses one
	cmd      *exec.Cmd
	runs     int
}

// newHubProc makes a hub on a folder of its own; with m, on Mosquitto
// (managing its accounts), else on its embedded broker.
func newHubProc(t testing.TB, m *mosqtest.Broker) *hubProc {
	t.Helper()
	h := &hubProc{t: t, dir: t.TempDir(), httpAddr: freeAddr(t), mqttAddr: freeAddr(t), mosq: m}
	if m != nil {
		h.mqttAddr = m.Addr
		h.extra = []string{"-mqtt-external", m.URL(), "-mqtt-user", m.Admin}
		h.env = []string{"VUORO_MQTT_PASSWORD=" + m.Password}
	}
	t.Cleanup(func() {
		if h.cmd != nil {
			h.cmd.Process.Signal(syscall.SIGCONT)
			h.cmd.Process.Kill()
			h.cmd.Wait()
		}
	})
	return h
}

func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// start runs the hub on its data folder and waits until /healthz says ok.
func (h *hubProc) start() {
	h.t.Helper()
	h.runs++
	args := append([]string{"-demo", "-data", filepath.Join(h.dir, "data"), "-http", h.httpAddr, "-mqtt", h.mqttAddr}, h.extra...)
	cmd := exec.Command(hubBin, args...)
	cmd.Env = append(os.Environ(), h.env...)
	logf, err := os.Create(filepath.Join(h.dir, fmt.Sprintf("hub-%d.log", h.runs)))
	if err != nil {
		h.t.Fatal(err)
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		h.t.Fatal(err)
	}
	h.cmd = cmd
	if err := h.waitHealthy(60 * time.Second); err != nil {
		h.t.Fatalf("hub run %d: %v (log in %s)", h.runs, err, logf.Name())
	}
}

func (h *hubProc) waitHealthy(within time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	for {
		req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+h.httpAddr+"/healthz", nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("not healthy within %s", within)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// kill9 ends the hub with SIGKILL: no clean stop, no last snapshot.
func (h *hubProc) kill9() {
	h.t.Helper()
	h.cmd.Process.Kill()
	h.cmd.Wait()
	h.cmd = nil
}

// freeze stops the process (SIGSTOP): its connections stay open, but
// nothing answers, as with a hub that hangs.
func (h *hubProc) freeze() { h.signal(syscall.SIGSTOP) }

// thaw lets a frozen hub go on.
func (h *hubProc) thaw() { h.signal(syscall.SIGCONT) }

func (h *hubProc) signal(s syscall.Signal) {
	h.t.Helper()
	if err := h.cmd.Process.Signal(s); err != nil {
		h.t.Fatal(err)
	}
}

// stop stops the hub cleanly (SIGTERM).
func (h *hubProc) stop() {
	h.t.Helper()
	h.cmd.Process.Signal(syscall.SIGTERM)
	h.cmd.Wait()
	h.cmd = nil
}
