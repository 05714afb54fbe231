package bot

import "sync/atomic"

// Stats are the engine's running counts since start, for metrics.
type Stats struct {
	Messages    uint64            // messages handled
	Levels      map[Level]uint64  // verdicts by level
	Actions     map[Action]uint64 // actions decided, by kind
	Swept       uint64            // earlier copies swept
	Compromised uint64            // accounts marked compromised
	Commands    uint64            // commands run
	Refused     uint64            // commands refused to non-admins
	StoreErrors uint64            // store reads or writes that failed
	Repeats     uint64            // messages judged before and handed over again: nothing done
}

type counters struct {
	messages, swept, compromised, commands, refused, storeErrors, repeats atomic.Uint64
	levels                                                                [3]atomic.Uint64
	actions                                                               [len(actionOrder)]atomic.Uint64
}

// Stats returns the engine's counts.
func (e *Engine) Stats() Stats {
	c := &e.counts
	s := Stats{
		Messages: c.messages.Load(), Swept: c.swept.Load(), Compromised: c.compromised.Load(),
		Commands: c.commands.Load(), Refused: c.refused.Load(), StoreErrors: c.storeErrors.Load(), Repeats: c.repeats.Load(),
		Levels: map[Level]uint64{}, Actions: map[Action]uint64{},
	}
	for i := range c.levels {
		s.Levels[Level(i)] = c.levels[i].Load()
	}
	for i, a := range actionOrder {
		s.Actions[a] = c.actions[i].Load()
	}
	return s
}

func (c *counters) count(d *Decision, evidence string, err error) {
	c.messages.Add(1)
	if d.Repeat {
		c.repeats.Add(1)
	}
	if l := d.Verdict.Level; l >= 0 && int(l) < len(c.levels) {
		c.levels[l].Add(1)
	}
	for _, a := range d.Actions {
		for i, o := range actionOrder {
			if o == a {
				c.actions[i].Add(1)
			}
		}
	}
	c.swept.Add(uint64(len(d.Sweep)))
	if evidence != "" {
		c.compromised.Add(1)
	}
	if err != nil {
		c.storeErrors.Add(1)
	}
}
