// Package dynsec manages the accounts and access rules of a Mosquitto
// broker (2.0 or later) through its dynamic-security plugin: JSON commands
// published on $CONTROL/dynamic-security/v1, answered on .../response to
// the client that sent them. The hub uses it to give its external broker
// the same devices and rules as the embedded one (Reconcile).
package dynsec

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
)

// The plugin's control topic and the topic of its answers.
const (
	Topic         = "$CONTROL/dynamic-security/v1"
	ResponseTopic = Topic + "/response"
)

// Conn is an MQTT connection of an account allowed the control topic:
// the hub's extbus.Bus.
type Conn interface {
	Publish(topic string, payload []byte, retain bool) error
	Subscribe(filter string, h func(topic string, payload []byte)) error
}

// Command is one command of the plugin: {"command":"createClient",...}.
type Command map[string]any

// response is the plugin's answer to one command.
type response struct {
	Command     string          `json:"command"`
	Error       string          `json:"error"`
	Data        json.RawMessage `json:"data"`
	Correlation string          `json:"correlationData"`
}

// Client sends commands to the plugin and waits for their answers.
type Client struct {
	conn    Conn
	mu      sync.Mutex
	next    int
	waiting map[string]chan response
}

// New subscribes to the plugin's answers on c.
func New(c Conn) (*Client, error) {
	cl := &Client{conn: c, waiting: map[string]chan response{}}
	if err := c.Subscribe(ResponseTopic, cl.answer); err != nil {
		return nil, fmt.Errorf("dynsec: %w", err)
	}
	return cl, nil
}

func (c *Client) answer(_ string, payload []byte) {
	var msg struct {
		Responses []response `json:"responses"`
	}
	if json.Unmarshal(payload, &msg) != nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range msg.Responses {
		if ch, ok := c.waiting[r.Correlation]; ok {
			ch <- r // buffered for its one answer
			delete(c.waiting, r.Correlation)
		}
	}
}

// Do sends cmds in one message and returns the data of each answer, in
// order; the first refusal is the error (later commands still ran).
func (c *Client) Do(ctx context.Context, cmds ...Command) ([]json.RawMessage, error) {
	chans := c.expect(cmds)
	defer c.forget(cmds)
	b, err := json.Marshal(map[string]any{"commands": cmds})
	if err != nil {
		return nil, fmt.Errorf("dynsec: %w", err)
	}
	if err := c.conn.Publish(Topic, b, false); err != nil {
		return nil, fmt.Errorf("dynsec: %w", err)
	}
	out := make([]json.RawMessage, len(cmds))
	var first error
	for i, ch := range chans {
		select {
		case r := <-ch:
			out[i] = r.Data
			if r.Error != "" && first == nil {
				first = &CommandError{Command: r.Command, Message: r.Error}
			}
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: %s: %v", ErrTimeout, cmds[i]["command"], ctx.Err())
		}
	}
	return out, first
}

// expect gives each command a correlation id and a channel for its answer.
func (c *Client) expect(cmds []Command) []chan response {
	c.mu.Lock()
	defer c.mu.Unlock()
	chans := make([]chan response, len(cmds))
	for i, cmd := range cmds {
		c.next++
		id := strconv.Itoa(c.next)
		cmd["correlationData"] = id
		chans[i] = make(chan response, 1)
		c.waiting[id] = chans[i]
	}
	return chans
}

func (c *Client) forget(cmds []Command) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, cmd := range cmds {
		delete(c.waiting, cmd["correlationData"].(string))
	}
}
