// Package hubclient is the kiosk's side of the MQTT protocol with the hub:
// it asks for tickets, sends help requests and follows the catalog.
//
// Delivery of a ticket request is acknowledged by the application, not by
// MQTT: a QoS 1 publish can be reported done across a reconnect without
// having arrived. So Issue publishes the request and publishes the same
// request again (same message id) every Retry until the hub's reply with
// that id arrives or the context ends. The hub answers a repeated id with the
// ticket it already issued, so a citizen never gets two tickets.
package hubclient
