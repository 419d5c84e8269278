package devsync_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// helpStates subscribes c to kiosk k1's help state.
func helpStates(t *testing.T, c mqtt.Client) chan *wire.HelpState {
	t.Helper()
	out := make(chan *wire.HelpState, 10)
	topic := wire.Topic{Kind: wire.KindHelpState, Site: "lahti", ID: "k1"}.String()
	c.Subscribe(topic, 1, func(_ mqtt.Client, m mqtt.Message) {
		h, err := wire.Decode[wire.HelpState](m.Payload())
		if err != nil {
			t.Error(err)
			return
		}
		out <- h
	}).Wait()
	return out
}

// nextState waits for kiosk k1 to be told state.
func nextState(t *testing.T, states chan *wire.HelpState, state string) *wire.HelpState {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case h := <-states:
			if h.State == state {
				return h
			}
		case <-deadline:
			t.Fatalf("kiosk never told the help request is %s", state)
			return nil
		}
	}
}

func pressHelp(t *testing.T, c mqtt.Client, id, ticketRequest string) {
	t.Helper()
	r := &wire.HelpRequest{Header: wire.NewHeader(time.Now()), Device: "k1", Lang: "fi", Screen: "success", TicketRequest: ticketRequest}
	r.ID = id
	b, err := wire.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	c.Publish(wire.Topic{Kind: wire.KindHelp, Site: "lahti", ID: "k1"}.String(), 1, false, b).Wait()
}

// TestKioskHearsItsHelpRecordedTakenAndClosed: after a ticket, the
// citizen presses Help; the kiosk is told the request is recorded, then
// taken by an advisor, then closed when the visit ends.
func TestKioskHearsItsHelpRecordedTakenAndClosed(t *testing.T) {
	eng, _, url := hub(t)
	c, replies := device(t, url)
	states := helpStates(t, c)
	send(t, c, request) // ticket request req-1
	ticket := reply(t, replies)
	pressHelp(t, c, "help-1", "req-1")
	open := nextState(t, states, wire.HelpOpen)
	if open.RequestID != "help-1" || open.Device != "k1" {
		t.Fatalf("acknowledged %+v", open)
	}
	var h queue.Help
	eng.Read(func(st *queue.State) { h, _ = st.HelpRequest(open.Help) })
	if h.Ticket == 0 {
		t.Fatalf("help %+v is not about the visit %s just issued", h, ticket.Ticket.CallID)
	}
	pressHelp(t, c, "help-1", "req-1") // the kiosk's retry: answered again, not recorded twice
	if again := nextState(t, states, wire.HelpOpen); again.Help != open.Help {
		t.Fatalf("retry recorded as request %d beside %d", again.Help, open.Help)
	}
	if _, err := eng.AckHelp("clerk:neuvoja", open.Help); err != nil {
		t.Fatal(err)
	}
	nextState(t, states, wire.HelpTaken)
	if _, err := eng.CallTicket("vero", h.Ticket, "6"); err != nil {
		t.Fatal(err)
	}
	if _, err := eng.End("vero", h.Ticket); err != nil {
		t.Fatal(err)
	}
	if closed := nextState(t, states, wire.HelpClosed); closed.Help != open.Help {
		t.Fatalf("closed %+v", closed)
	}
	eng.Read(func(st *queue.State) {
		if n := len(st.OpenHelp()); n != 0 {
			t.Fatalf("%d help requests still open", n)
		}
	})
}

// watchDisplays subscribes c to the display snapshot and room 6's state;
// each message comes as "topic payload".
func watchDisplays(t *testing.T, url string) chan string {
	got := make(chan string, 10)
	for _, k := range []wire.Topic{{Kind: wire.KindDisplay, Site: "lahti"}, {Kind: wire.KindRoom, Site: "lahti", ID: "6"}} {
		subscribeAs(t, url, k, func(_ mqtt.Client, m mqtt.Message) { got <- m.Topic() + " " + string(m.Payload()) })
	}
	return got
}

func TestDisplayStateCarriesTheLogIdentity(t *testing.T) {
	_, _, url := hub(t)
	got := watchDisplays(t, url)
	for range 2 {
		select {
		case m := <-got:
			var v struct{ Log string }
			_, payload, _ := strings.Cut(m, " ")
			if json.Unmarshal([]byte(payload), &v); len(v.Log) != 16 {
				t.Fatalf("%s carries log %q, want the store's identity", m, v.Log)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("no display state")
		}
	}
}

// waitRunning waits until the bridge serves: it has subscribed to the
// devices' topics and published the retained display snapshot.
func waitRunning(t *testing.T, url string) {
	t.Helper()
	select {
	case <-watchDisplays(t, url):
	case <-time.After(5 * time.Second):
		t.Fatal("the bridge never published the display snapshot")
	}
}
