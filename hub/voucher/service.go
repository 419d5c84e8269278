package voucher

import (
	"fmt"
	"strings"
	"time"
)

// Open gives provider the right to record for the client of the voucher
// with number and check code, and returns the voucher. A wrong number, a
// wrong check code and another municipality's voucher all look alike.
func (e *Engine) Open(provider, number, check string) (Voucher, error) {
	var out Voucher
	err := e.do(func(s *State) error {
		p, _ := s.Provider(provider)
		v, ok := s.vouchers[s.numbers[Normalize(number)]]
		if !WellFormed(number, check) || !ok || v.Check != strings.TrimSpace(check) || v.Municipality != p.Municipality {
			return ErrNoMatch
		}
		if _, offers := p.Offer(v.Service); !offers {
			return fmt.Errorf("%w: you do not offer this service", ErrForbidden)
		}
		if !v.Ended.IsZero() {
			return ErrClosed
		}
		out = *v
		if s.ProviderMay(provider, v.ID) {
			return nil
		}
		_, err := e.commit("provider:"+provider, Opened{Voucher: v.ID, Provider: provider})
		return err
	})
	return out, err
}

// Entry is a service event as a provider types it.
type Entry struct {
	Date        time.Time
	Description string
	Amount      Cents
	Corrects    uint64 // for a credit: the event it corrects
}

// Record records a service event for a client of provider. The balance
// never goes below zero; a correction is a credit against one of the
// provider's own events, never more than is left of it.
func (e *Engine) Record(provider, by string, id uint64, in Entry) (ServiceEvent, error) {
	var out ServiceEvent
	err := e.do(func(s *State) error {
		v, ok := s.vouchers[id]
		if !ok || !s.ProviderMay(provider, id) {
			return ErrNotFound
		}
		if err := s.checkEntry(provider, *v, in); err != nil {
			return err
		}
		_, err := e.commit("provider:"+provider, ServiceRecorded{ServiceEvent{Voucher: id, Provider: provider,
			Date: dateOf(in.Date), Description: strings.TrimSpace(in.Description), Amount: in.Amount, Corrects: in.Corrects, By: by}})
		if err == nil {
			out = s.events[len(s.events)-1]
		}
		return err
	})
	return out, err
}

func (s *State) checkEntry(provider string, v Voucher, in Entry) error {
	switch {
	case strings.TrimSpace(in.Description) == "" || len(in.Description) > 500 || in.Amount == 0:
		return fmt.Errorf("%w: date, description and amount", ErrInvalid)
	case !v.ValidOn(in.Date):
		return ErrClosed
	case in.Amount > v.Balance():
		return ErrBalance
	case in.Amount < 0:
		return s.checkCredit(provider, v, in)
	case in.Corrects != 0:
		return fmt.Errorf("%w: only a negative amount corrects", ErrInvalid)
	}
	return nil
}

func (s *State) checkCredit(provider string, v Voucher, in Entry) error {
	left := Cents(0)
	for _, ev := range s.events {
		if ev.ID == in.Corrects && ev.Voucher == v.ID && ev.Provider == provider && ev.Amount > 0 {
			left += ev.Amount
		}
		if ev.Corrects == in.Corrects && ev.Corrects != 0 {
			left += ev.Amount
		}
	}
	if -in.Amount > left {
		return fmt.Errorf("%w: a correction credits at most what is left of one of your events", ErrInvalid)
	}
	return nil
}

// GiveFeedback records feedback or a survey answer from author (the
// client or their proxy) on the service of a provider who served v.
func (e *Engine) GiveFeedback(author Person, id uint64, f Feedback) (Feedback, error) {
	var out Feedback
	err := e.do(func(s *State) error {
		v, ok := s.vouchers[id]
		if !ok || !(Citizen{HETU: author.HETU}).May(*v) {
			return ErrNotFound
		}
		text := strings.TrimSpace(f.Text)
		if !s.ProviderMay(f.Provider, id) || f.Rating < 0 || f.Rating > 5 || (text == "" && f.Rating == 0) || len(text) > 2000 {
			return fmt.Errorf("%w: feedback", ErrInvalid)
		}
		in := Feedback{Voucher: id, Provider: f.Provider, Author: author, AsProxy: author.HETU != v.Citizen.HETU, Rating: f.Rating, Text: text}
		_, err := e.commit(actorOf(in.AsProxy), FeedbackGiven{in})
		if err == nil {
			out = *s.feedback[len(s.feedback)-1]
		}
		return err
	})
	return out, err
}

func actorOf(proxy bool) string {
	if proxy {
		return "citizen:proxy"
	}
	return "citizen:self"
}

// Reply records provider's reply to feedback on its service.
func (e *Engine) Reply(provider, by string, feedback uint64, text string) error {
	return e.do(func(s *State) error {
		f := s.Feedback(feedback)
		if f == nil || f.Provider != provider {
			return ErrNotFound
		}
		text = strings.TrimSpace(text)
		if text == "" || len(text) > 2000 {
			return fmt.Errorf("%w: reply", ErrInvalid)
		}
		_, err := e.commit("provider:"+provider+":"+by, Replied{Feedback: feedback, Text: text})
		return err
	})
}
