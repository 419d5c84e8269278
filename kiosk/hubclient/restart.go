package hubclient

// CancelRequest cancels at the hub the ticket request with the id request,
// as a request given up on is (giveUp): re-sent until the hub acknowledges
// it, CancelFor has passed or Close; the hub voids the visit it got. The
// kiosk calls it at start for an online ticket whose printing a restart
// cut short, so no number waits that nobody holds. Call it after Start.
func (c *Client) CancelRequest(request string) { c.giveUp(request) }
