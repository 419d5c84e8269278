package hubclient

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"vuoro/shared/wire"
)

// Link is the MQTT session the client needs; *devlink.Link is one.
type Link interface {
	Subscribe(topic string, h func(payload []byte))
	Publish(topic string, m wire.Message, retain bool) error
}

// Options configure a Client. Site and Device are required.
type Options struct {
	Site   string
	Device string
	Retry  time.Duration // re-send an unanswered request after; 2 s
	// CancelFor bounds how long the cancel of a request given up on is
	// re-sent while the hub does not acknowledge it; 10 min.
	CancelFor time.Duration
	Logger    *slog.Logger     // slog.Default() if nil
	Now       func() time.Time // clock for message headers; time.Now if nil
	// CheckinKey is the site's check-in key from the kiosk's credentials:
	// a card's code is sent as its HMAC under it. Nil: no check-in by card.
	CheckinKey []byte
}

// Client talks to the hub for one kiosk. Its methods are safe for
// concurrent use.
type Client struct {
	link Link
	opts Options

	mu         sync.Mutex
	waiting    map[string]chan *wire.TicketReply  // by request id
	checkins   map[string]chan *wire.CheckinReply // by request id
	helpWait   map[string]chan uint64             // help requests awaiting the hub's record, by id
	helpState  *wire.HelpState                    // the latest the hub told
	onHelp     func(*wire.HelpState)
	lastTicket string // the request id of the last ticket issued

	acks      acks                     // offline deliveries waiting for the hub (deliver.go)
	reach     reach                    // whether the hub answered lately (deliver.go)
	connected func() bool              // whether the link is up; SetConnected
	cancels   map[string]chan struct{} // cancels awaiting the hub's ack, by request id
	live      *live                    // the hub's heartbeats; see heartbeat.go
}

// RefusedError is the hub's refusal of a ticket request.
type RefusedError struct {
	Code    string // wire.ErrCodeClosed, wire.ErrCodeFull, ...
	Message string
	// OpensAt, with wire.ErrCodeTooEarly, is when the appointment's
	// check-in opens.
	OpensAt time.Time
}

// RefusalOpensAt returns when a check-in refused as too early opens.
func (e *RefusedError) RefusalOpensAt() time.Time { return e.OpensAt }

func (e *RefusedError) Error() string {
	return fmt.Sprintf("hubclient: ticket refused: %s: %s", e.Code, e.Message)
}

// RefusalCode returns the hub's error code, for the kiosk's flow.
func (e *RefusedError) RefusalCode() string { return e.Code }

// New returns a client over link and subscribes to the kiosk's ticket
// replies and help state.
func New(link Link, o Options) (*Client, error) {
	if !wire.ValidID(o.Site) || !wire.ValidID(o.Device) {
		return nil, fmt.Errorf("hubclient: invalid site %q or device %q", o.Site, o.Device)
	}
	c := &Client{link: link, opts: o.withDefaults(), waiting: map[string]chan *wire.TicketReply{}, helpWait: map[string]chan uint64{},
		cancels: map[string]chan struct{}{}, live: newLive(), checkins: map[string]chan *wire.CheckinReply{}}
	link.Subscribe(wire.Topic{Kind: wire.KindHeartbeat, Site: o.Site}.String(), c.onHeartbeat)
	link.Subscribe(c.topic(wire.KindTicketReply), c.onReply)
	link.Subscribe(c.topic(wire.KindCheckinReply), c.onCheckinReply)
	link.Subscribe(c.topic(wire.KindHelpState), c.onHelpState)
	return c, nil
}

func (o Options) withDefaults() Options {
	if o.Retry <= 0 {
		o.Retry = 2 * time.Second
	}
	if o.CancelFor <= 0 {
		o.CancelFor = 10 * time.Minute
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

func (c *Client) topic(k wire.Kind) string {
	return wire.Topic{Kind: k, Site: c.opts.Site, ID: c.opts.Device}.String()
}

// OnCatalog calls fn with every valid catalog the hub publishes, the
// retained one first. A malformed catalog is logged and ignored.
func (c *Client) OnCatalog(fn func(*wire.Catalog)) {
	topic := wire.Topic{Kind: wire.KindCatalog, Site: c.opts.Site}.String()
	c.link.Subscribe(topic, func(payload []byte) {
		cat, err := wire.Decode[wire.Catalog](payload)
		if err != nil {
			c.opts.Logger.Warn("ignoring catalog", "err", err)
			return
		}
		fn(cat)
	})
}

// ErrNoReply is wrapped into the error of an Issue whose context ended
// before the hub answered.
var ErrNoReply = errors.New("hubclient: no reply from the hub")
