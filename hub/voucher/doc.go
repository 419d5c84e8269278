// Package voucher is the service voucher system (PSOP) of a municipality:
// the vouchers it grants to citizens, their proxies, the approved service
// providers, the service events that use up a voucher's balance, the
// citizens' feedback and the providers' replies.
//
// Like hub/queue it is plain Go with an injected clock: every change is
// decided by the Engine, appended to an event log (kinds "voucher.*") and
// only then applied; Open rebuilds the state by replaying the log. The
// authorization rules (Citizen.May, Staff.May, State.ProviderMay) live here
// too, so that every front end asks the same questions.
//
// Personal identity codes are kept in the payloads of the log, which is
// therefore personal data; never in an event's Actor, an error or a log line.
package voucher
