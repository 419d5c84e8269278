// Package action holds every action of the console, one file each: a
// typed request (only the fields it takes, with their JSON names), one
// handler, and one row that states the least role, the agency scope, the
// API routes and the form's name. The console's form (POST
// /console/{name}) and the JSON API go through the same row, and the row
// checks the role and the scope before the handler runs.
//
// Adding an action: a file with its request type, its handler and
//
//	var _ = define(Action{Name: …, Least: …, Scope: …, Routes: …}, handler)
//
// plus its template and texts, and a case of the authorization matrix
// (hub/web's guard test fails without one).
package action
