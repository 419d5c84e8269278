// Package flow is the kiosk's view-model: the check-in state machine of the
// entrance kiosk, in plain Go with no UI toolkit.
//
// A Model takes the citizen's taps (Tap, or the explicit methods Start,
// ChooseAgency, ChooseService, Back, Cancel, Help, SetLang, ToggleLarge),
// the hub's catalog (SetCatalog) and the clock (Tick), and State returns
// everything a view needs to draw the current screen, already translated.
//
// Work that talks to the hub or the printer is never done inside the model.
// A method that needs it returns a *Job; the caller runs it off the UI
// goroutine and hands the Result back to Apply. So the model stays
// synchronous and testable, and it never starts two jobs of one kind: a
// second tap while a ticket is being issued returns no job.
//
// A Model is not safe for concurrent use: call it from one goroutine (the
// UI's). A Job's Run touches no model state and may run on any goroutine.
package flow
