// Package voucher is the service voucher system (PSOP) of a municipality:
// the vouchers it grants to citizens, their proxies, the approved service
// providers, the service events that use up a voucher's balance, the
// citizens' feedback and the providers' replies.
//
// Like hub/queue it is plain Go with an injected clock: every change is
// decided by the Engine and applied, and answered only once it is in the
// event log (kinds "voucher.*"); Open rebuilds the state from the log's
// snapshot and the events after it (or the whole log). The
// authorization rules (Citizen.May, Staff.May, State.ProviderMay) live here
// too, so that every front end asks the same questions.
//
// Personal identity codes are kept in the payloads of the log, which is
// therefore personal data; never in an event's Actor, an error or a log line.
package voucher
