// Package web serves the clerks' console: server-rendered pages
// (html/template, assets embedded) and a JSON API under /api/v1 with the
// same actions and the same authorization.
//
// Browsers authenticate with a session cookie and send a CSRF token with
// every form; API clients log in for a bearer token. Every action goes
// through the queue engine, which records it in the event log with its actor.
package web
