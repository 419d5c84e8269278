package voucher

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Cents is an amount of money in euro cents.
type Cents int64

// Euros formats c as "1 234,50" (Finnish and Swedish) or "1,234.50" (English).
func (c Cents) Euros(lang string) string {
	sign, sep := "", ","
	if c < 0 {
		sign, c = "-", -c
	}
	if lang == "en" {
		sep = "."
	}
	return fmt.Sprintf("%s%s%s%02d", sign, group(int64(c)/100, lang), sep, int64(c)%100)
}

// ParseEuros reads an amount typed as "12", "12,5", "12.50" or "1 200,00".
func ParseEuros(s string) (Cents, error) {
	s = strings.NewReplacer(" ", "", "\u00a0", "", "€", "", ",", ".").Replace(strings.TrimSpace(s))
	whole, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	if len(frac) == 1 {
		frac += "0"
	}
	w, err1 := strconv.ParseInt(whole, 10, 64)
	f, err2 := strconv.ParseInt("0"+frac, 10, 64)
	if err1 != nil || err2 != nil || len(frac) > 2 || w > 1e9 {
		return 0, fmt.Errorf("%w: not an amount in euros", ErrInvalid)
	}
	c := Cents(w*100 + f)
	if neg {
		c = -c
	}
	return c, nil
}

func group(n int64, lang string) string {
	s := fmt.Sprint(n)
	sep := "\u00a0"
	if lang == "en" {
		sep = ","
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}

// Staff is a user of a municipality: a client servant who grants vouchers.
type Staff struct {
	Login        string `json:"login"`
	Name         string `json:"name"`
	Municipality string `json:"municipality"`
}

// Offer is a provider's price for one service type.
type Offer struct {
	Service string `json:"service"` // a ServiceType ID
	Price   Cents  `json:"price"`
	Unit    string `json:"unit"` // "hour" or "visit"
}

// Provider is a service provider approved by a municipality.
type Provider struct {
	ID            string            `json:"id"`
	Login         string            `json:"login"`
	Name          string            `json:"name"`
	Municipality  string            `json:"municipality"`
	Address       string            `json:"address"`
	City          string            `json:"city"`
	StepFree      bool              `json:"step_free"`     // step-free access to the premises
	Accessibility string            `json:"accessibility"` // more about accessibility, in Finnish
	Description   map[string]string `json:"description"`   // by language; "fi" always
	Offers        []Offer           `json:"offers"`
}

// Offer returns the provider's offer for a service type.
func (p Provider) Offer(service string) (Offer, bool) {
	for _, o := range p.Offers {
		if o.Service == service {
			return o, true
		}
	}
	return Offer{}, false
}

// Person is a citizen as the municipality recorded them.
type Person struct {
	HETU string `json:"hetu"`
	Name string `json:"name"`
}

// Voucher is a service voucher: purchasing power for one service type.
type Voucher struct {
	ID           uint64    `json:"id"` // the log sequence of its grant
	Number       string    `json:"number"`
	Check        string    `json:"check"`
	Municipality string    `json:"municipality"`
	Citizen      Person    `json:"citizen"`
	Proxy        Person    `json:"proxy"` // the one proxy; zero if none
	Service      string    `json:"service"`
	Value        Cents     `json:"value"`
	OwnShare     Cents     `json:"own_share"` // the customer's own share per visit
	ValidFrom    time.Time `json:"valid_from"`
	ValidUntil   time.Time `json:"valid_until"` // the last valid day
	Granted      time.Time `json:"granted"`
	GrantedBy    string    `json:"granted_by"`
	Ended        time.Time `json:"ended"`
	Used         Cents     `json:"used"`
}

// Balance is what is left of the voucher's value.
func (v Voucher) Balance() Cents { return v.Value - v.Used }

// ValidOn reports whether the voucher may be used on day (a date).
func (v Voucher) ValidOn(day time.Time) bool {
	d := dateOf(day)
	return v.Ended.IsZero() && !d.Before(v.ValidFrom) && !d.After(v.ValidUntil)
}

// ServiceEvent is a provider's record of service given; it uses up the
// balance. A correction is a new event with a negative amount.
type ServiceEvent struct {
	ID          uint64    `json:"id"`
	Voucher     uint64    `json:"voucher"`
	Provider    string    `json:"provider"`
	Date        time.Time `json:"date"`
	Description string    `json:"description"`
	Amount      Cents     `json:"amount"`
	Corrects    uint64    `json:"corrects,omitempty"` // the event a credit corrects
	Recorded    time.Time `json:"recorded"`
	By          string    `json:"by"`
}

// Feedback is a citizen's or a proxy's feedback on a provider's service,
// with a satisfaction rating 1–5 (0 when not given) and the reply.
type Feedback struct {
	ID        uint64    `json:"id"`
	Voucher   uint64    `json:"voucher"`
	Provider  string    `json:"provider"`
	Author    Person    `json:"author"`
	AsProxy   bool      `json:"as_proxy"`
	Rating    int       `json:"rating"`
	Text      string    `json:"text"`
	Given     time.Time `json:"given"`
	Reply     string    `json:"reply"`
	Replied   time.Time `json:"replied"`
	RepliedBy string    `json:"replied_by"`
}

func dateOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
