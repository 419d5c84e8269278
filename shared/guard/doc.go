// Package guard holds Vuoro's repository-wide layout tests: which folders
// may import what, and that every package says what it is for. It has no
// code of its own.
package guard
