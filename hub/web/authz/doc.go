// Package authz says who may do what in the console: the order of the
// roles, the queues a user works on, the queues an admin sets up and the
// users an admin manages. Its functions only read the engine's state, so
// the console's actions, pages, API and event log all ask the same rules.
package authz
