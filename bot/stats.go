package bot

import "sync/atomic"

// Stats are the engine's running counts since start for one platform, for
// metrics.
type Stats struct {
	Messages       uint64                  // messages handled
	Levels         map[Level]uint64        // verdicts by level
	Actions        map[Action]uint64       // actions decided, by kind
	Swept          uint64                  // earlier copies swept
	Compromised    uint64                  // accounts marked compromised
	Commands       uint64                  // commands run
	Refused        uint64                  // commands refused to non-admins
	StoreErrors    uint64                  // store reads or writes that failed
	Repeats        uint64                  // messages judged before and handed over again: nothing done
	Presses        map[ButtonAction]uint64 // admin-note buttons pressed and acted on, by button
	PressesRefused uint64                  // presses refused: not an admin, not an operator
}

// platforms are the platforms the engine counts apart, by index.
var platforms = [...]Platform{Telegram, Discord}

type counters struct {
	messages, swept, compromised, commands, refused, storeErrors, pressRefused, repeats atomic.Uint64
	levels                                                                              [3]atomic.Uint64
	actions                                                                             [len(actionOrder)]atomic.Uint64
	presses                                                                             [len(buttonOrder)]atomic.Uint64
	_                                                                                   [64]byte // apart from the next part's
}

// countParts is how many parts a platform's counters are kept in: the
// messages of an account are counted in the part of its shard (see
// Engine.Shard), so that workers judging at once do not all add to the
// same words. Stats adds the parts up.
const countParts = 8

// buttonOrder indexes the press counters.
var buttonOrder = [...]ButtonAction{BtnNotThreat, BtnRepost, BtnBan, BtnBlockEverywhere}

// count returns the counters of a platform; messages of a platform the
// engine does not know are never counted, so any will do for them.
func (e *Engine) count(p Platform) *counters { return e.countIn(p, 0) }

// countIn returns the counters of a platform's part for an account of
// shard (shardOf).
func (e *Engine) countIn(p Platform, shard uint64) *counters {
	if p == Discord {
		return &e.counts[1][shard%countParts]
	}
	return &e.counts[0][shard%countParts]
}

// Stats returns the engine's counts by platform.
func (e *Engine) Stats() map[Platform]Stats {
	out := make(map[Platform]Stats, len(platforms))
	for pi, p := range platforms {
		s := Stats{Levels: map[Level]uint64{}, Actions: map[Action]uint64{}, Presses: map[ButtonAction]uint64{}}
		for k := range e.counts[pi] {
			c := &e.counts[pi][k]
			s.Messages += c.messages.Load()
			s.Swept += c.swept.Load()
			s.Compromised += c.compromised.Load()
			s.Commands += c.commands.Load()
			s.Refused += c.refused.Load()
			s.StoreErrors += c.storeErrors.Load()
			s.PressesRefused += c.pressRefused.Load()
			s.Repeats += c.repeats.Load()
			for i := range c.levels {
				s.Levels[Level(i)] += c.levels[i].Load()
			}
			for i, a := range actionOrder {
				s.Actions[a] += c.actions[i].Load()
			}
			for i, b := range buttonOrder {
				s.Presses[b] += c.presses[i].Load()
			}
		}
		out[p] = s
	}
	return out
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
	if len(d.Sweep) > 0 {
		c.swept.Add(uint64(len(d.Sweep)))
	}
	if evidence != "" {
		c.compromised.Add(1)
	}
	if err != nil {
		c.storeErrors.Add(1)
	}
}

func (c *counters) press(b ButtonAction) {
	for i, o := range buttonOrder {
		if o == b {
			c.presses[i].Add(1)
		}
	}
}
