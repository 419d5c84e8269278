package queue

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"vuoro/hub/event"
)

// Blocks of numbers for kiosks that lose the hub.
//
// The hub hands each active kiosk, per open service, a small block of the
// day's numbers in advance (event block.granted). Blocks are numbered from
// OfflineFirst up (R901, R902, ...), apart from the online numbers, which
// start at 1 each morning: the day's first citizen gets R1 whatever the
// kiosks hold, the numbers a kiosk never used leave no gap in the numbers
// clerks call, and a clerk can tell an offline ticket by its number. Both
// ranges are of the service's letter and never overlap: on a day busy
// enough for online numbers to reach the blocks, they step over every
// number granted, and later blocks follow the online numbers. A block number becomes a visit only when the kiosk delivers the
// ticket it issued from it (DeliverOffline): a number never delivered is a
// gap in the day's numbering, never a visit, and never on a display.
//
// A kiosk holding fewer than BlockLow unused numbers of a service gets
// another block (TopUpBlocks); the hub learns what a kiosk used only from
// its deliveries. Blocks are of one site-local day: the kiosk issues only
// from blocks of its today, and the day close ends them (a delivery of a
// closed day is recorded as expired). Closed days' blocks are kept only to
// check late deliveries, until the retention period drops them with the
// visits. A revoked kiosk's blocks are void at once.
const (
	BlockSize    = 5   // numbers in one block
	BlockLow     = 3   // a kiosk holding fewer unused numbers of a service gets another block
	OfflineFirst = 901 // the first number of the day's first block of a service
)

// Block is a run of a service's numbers of one day handed to a kiosk.
type Block struct {
	Device  string    `json:"device"`
	Service string    `json:"service"`
	Letter  string    `json:"letter"` // the service's letter when it was granted: its call ids
	Day     string    `json:"day"`
	First   int       `json:"first"`
	Last    int       `json:"last"`
	Granted time.Time `json:"granted"`
	// Used are the numbers delivered, each with the kiosk's request id.
	Used map[int]string `json:"used,omitempty"`
}

// Holds reports whether n is one of the block's numbers.
func (b Block) Holds(n int) bool { return n >= b.First && n <= b.Last }

// Unused is how many of the block's numbers were not delivered.
func (b Block) Unused() int { return b.Last - b.First + 1 - len(b.Used) }

// BlockGranted is the payload of KindBlockGranted.
type BlockGranted struct {
	Device  string `json:"device"`
	Service string `json:"service"`
	Letter  string `json:"letter"`
	Day     string `json:"day"`
	First   int    `json:"first"`
	Last    int    `json:"last"`
}

func (BlockGranted) Kind() string      { return KindBlockGranted }
func (v BlockGranted) service() string { return v.Service }

// Blocks returns the kiosk's blocks of days not yet closed, in the order
// they were granted, with copies of their used numbers.
func (s *State) Blocks(device string) []Block {
	var out []Block
	for _, b := range s.blocks[device] {
		if b.Day > s.closed {
			out = append(out, b.clone())
		}
	}
	return out
}

func (b *Block) clone() Block {
	c := *b
	c.Used = maps.Clone(b.Used)
	return c
}

// allBlocks copies every block, closed days' too, by device.
func (s *State) allBlocks() []Block {
	var out []Block
	for _, dev := range slices.Sorted(maps.Keys(s.blocks)) {
		for _, b := range s.blocks[dev] {
			out = append(out, b.clone())
		}
	}
	return out
}

// TopUpBlocks grants a block of each open service to every active kiosk
// that holds fewer than BlockLow unused numbers of it today. A service with
// a daily cap gets no block that could pass it. It returns how many blocks
// it granted.
func (e *Engine) TopUpBlocks() (int, error) {
	var n int
	err := e.do(func(s *State) error {
		for _, g := range s.blocksDue(e.now()) {
			if _, err := e.commit(event.ActorSystem, g); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// BlocksDue reports whether TopUpBlocks would grant anything at now.
func (s *State) BlocksDue(now time.Time) bool { return len(s.blocksDue(now)) > 0 }

// blocksDue decides the blocks due at now.
func (s *State) blocksDue(now time.Time) []BlockGranted {
	var out []BlockGranted
	day := s.day(now)
	next := map[string]int{} // service → its next number, past the blocks decided here
	for _, d := range s.Devices() {
		if d.Kind != DeviceKiosk || !d.Usable() {
			continue
		}
		for _, sv := range s.Services {
			if !s.OpenNow(sv.ID, now) || s.unused(d.ID, sv.ID, day) >= BlockLow || !s.capAllows(sv, day, len(next)) {
				continue
			}
			first := max(s.nextBlock(sv.ID, day), next[sv.ID])
			next[sv.ID] = first + BlockSize
			out = append(out, BlockGranted{Device: d.ID, Service: sv.ID, Letter: sv.Letter, Day: day, First: first,
				Last: first + BlockSize - 1})
		}
	}
	return out
}

// unused is how many unused numbers of service on day the kiosk holds.
func (s *State) unused(device, service, day string) int {
	n := 0
	for _, b := range s.blocks[device] {
		if b.Service == service && b.Day == day {
			n += b.Unused()
		}
	}
	return n
}

// capAllows reports whether another block of sv fits in its daily cap,
// counting the numbers kiosks hold unused, and extra blocks decided but
// not yet applied.
func (s *State) capAllows(sv Service, day string, extra int) bool {
	limit := sv.Settings.DailyCap
	if limit <= 0 {
		return true
	}
	held := 0
	for dev := range s.blocks {
		held += s.unused(dev, sv.ID, day)
	}
	return s.counts[sv.ID+"|"+day]+held+(extra+1)*BlockSize <= limit
}

func applyBlockGranted(s *State, ev event.Event, v BlockGranted) {
	b := &Block{Device: v.Device, Service: v.Service, Letter: v.Letter, Day: v.Day, First: v.First, Last: v.Last, Granted: ev.Time}
	s.blocks[v.Device] = append(s.blocks[v.Device], b)
	k := v.Service + "|" + v.Day
	s.offline[k] = max(s.offline[k], v.Last)
}

// nextBlock is the first number of the next block of service on day: past
// every block granted, and past the online numbers once they reach the
// blocks' range.
func (s *State) nextBlock(service, day string) int {
	k := service + "|" + day
	n := max(OfflineFirst, s.offline[k]+1)
	if online := max(s.numbers[k], s.carry[service]); online >= OfflineFirst {
		n = max(n, online+1)
	}
	return n
}

// blockOf returns the kiosk's block of service on day that holds n.
func (s *State) blockOf(device, service, day string, n int) *Block {
	i := slices.IndexFunc(s.blocks[device], func(b *Block) bool { return b.Service == service && b.Day == day && b.Holds(n) })
	if i < 0 {
		return nil
	}
	return s.blocks[device][i]
}

// blocksUntil reports whether a kiosk holds a block of a day not yet
// closed, day or before.
func (s *State) blocksUntil(day string) bool {
	for _, list := range s.blocks {
		if slices.ContainsFunc(list, func(b *Block) bool { return b.Day > s.closed && b.Day <= day }) {
			return true
		}
	}
	return false
}

// dropBlocks forgets the blocks of days before cutoff.
func (s *State) dropBlocks(cutoff string) {
	for dev, list := range s.blocks {
		list = slices.DeleteFunc(list, func(b *Block) bool { return b.Day < cutoff })
		if len(list) == 0 {
			delete(s.blocks, dev)
			continue
		}
		s.blocks[dev] = list
	}
}

// checkBlock refuses a block of no numbers.
func (s *State) checkBlock(v BlockGranted) error {
	if v.First < 1 || v.Last < v.First {
		return fmt.Errorf("queue: block %d..%d", v.First, v.Last)
	}
	return nil
}
