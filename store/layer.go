package store

import (
	"time"

	"github.com/immunebot/immune/bot"
)

// layer holds buffered writes. The DB has a top layer that takes every write
// and, while a Commit runs, the flushing layer below it that the Commit is
// writing. A read looks at the top layer, then the flushing one, then the
// cache and the file. A nil pointer in a map is a deletion.
//
// Pruning by time is a watermark: a layer's sightPrune (auditPrune) removes
// every sighting (audit entry) before it from the layers below and the file,
// and is applied before the layer's own writes, which were made after it.
type layer struct {
	offenders   map[bot.AccountKey]*bot.Offender
	chats       map[bot.ChatKey]*bot.ChatSettings
	firstLinks  map[bot.AccountKey]time.Time
	lists       map[listKey]*bot.ListEntry
	sightings   map[bot.AccountKey]sightList
	sightPrune  uint64 // timeBits; 0 is none
	audit       []bufferedAudit
	auditBytes  []byte // the encoded entries of audit
	auditPrune  uint64 // timeBits; 0 is none
	tasks       map[taskKey]*bot.Task
	judged      map[bot.MessageRef]*bot.Judged
	judgedPrune uint64 // timeBits; 0 is none
	cases       map[string]*bot.Case
	caseRefs    map[bot.MessageRef]string // case id
	casePrune   string                    // bot.CaseIDFloor; "" is none
	expansions  map[string]*bot.Expansion // nil: forgotten

	// The time bits the file's keys of the records the layer replaces
	// begin with: set by the Commit writing the layer (noteOldKeys).
	oldOffenders, oldFirstLinks map[bot.AccountKey]uint64
	oldJudged                   map[bot.MessageRef]uint64
	oldTasks                    map[taskKey]uint64
	// oldRecords are the records the layer's offender writes replace, as
	// cached (set by noteOldKeys too): noteScopes reads the file for the
	// others. notes are the DB's scopeNotes, which no one changes while
	// the layer is written, and flushScopes whether the layer's Commit
	// brings the index up to date (both set by flush), noteAll whether
	// every record written is noted, its scopes changed or not (while the
	// index is rebuilt: startIndexBuild); scopeChanges what noteScopes
	// found (see scopes.go).
	oldRecords   map[bot.AccountKey]*bot.Offender
	notes        *scopeNotes
	flushScopes  bool
	noteAll      bool
	scopeChanges []scopeMove
	named        layerNames // the same of names (see names.go)

	// The stale copies of offender records and first links the layer's
	// Commit deletes, before its writes (see staleCopies).
	offenderDrops, firstLinkDrops staleDrops

	// offender records the last write of the layer put, and their bytes
	// (for DB.Writes)
	offenderPuts, offenderBytes int64

	// writeBuf holds the file keys and encoded records a Commit of the
	// layer hands bbolt, and the slices below its writes in key order:
	// kept from one Commit to the next, as the maps are, rather than
	// allocated for each record. bbolt copies keys but keeps each value
	// until its transaction ends, and a layer's transaction has always
	// ended before the layer is written again.
	writeBuf        []byte
	offenderWrites  []put[bot.AccountKey, *bot.Offender]
	firstLinkWrites []put[bot.AccountKey, time.Time]
	judgedWrites    []put[bot.MessageRef, *bot.Judged]
	sightingWrites  []put[sightKey, *bot.Sighting]
}

func newLayer() *layer {
	return &layer{
		offenders:  make(map[bot.AccountKey]*bot.Offender),
		chats:      make(map[bot.ChatKey]*bot.ChatSettings),
		firstLinks: make(map[bot.AccountKey]time.Time),
		lists:      make(map[listKey]*bot.ListEntry),
		sightings:  make(map[bot.AccountKey]sightList),
		tasks:      make(map[taskKey]*bot.Task),
		judged:     make(map[bot.MessageRef]*bot.Judged),
		cases:      make(map[string]*bot.Case),
		caseRefs:   make(map[bot.MessageRef]string),
		expansions: make(map[string]*bot.Expansion),
	}
}

// reset empties a layer written to the file, for reuse as the top layer:
// its maps keep their room, so a batch of writes does not grow them from
// nothing again.
func (l *layer) reset() {
	clear(l.offenders)
	clear(l.chats)
	clear(l.firstLinks)
	clear(l.lists)
	clear(l.sightings)
	l.audit, l.auditBytes = l.audit[:0], l.auditBytes[:0]
	if cap(l.auditBytes) > writeBufKeep {
		l.auditBytes = nil
	}
	clear(l.tasks)
	clear(l.judged)
	clear(l.cases)
	clear(l.caseRefs)
	clear(l.expansions)
	l.sightPrune, l.auditPrune, l.judgedPrune, l.casePrune = 0, 0, 0, ""
	clear(l.oldOffenders)
	clear(l.oldFirstLinks)
	clear(l.oldJudged)
	clear(l.oldTasks)
	clear(l.oldRecords)
	l.dropStale()
}

// dropStale forgets the stale copies the layer was to delete: they are
// found again (a Commit that failed hands its layer back to the next).
func (l *layer) dropStale() {
	l.offenderDrops.reset()
	l.firstLinkDrops.reset()
}

func (l *layer) empty() bool {
	return len(l.offenders) == 0 && len(l.chats) == 0 && len(l.lists) == 0 && len(l.firstLinks) == 0 && len(l.tasks) == 0 &&
		len(l.sightings) == 0 && len(l.audit) == 0 && l.sightPrune == 0 && l.auditPrune == 0 &&
		len(l.judged) == 0 && l.judgedPrune == 0 &&
		len(l.cases) == 0 && len(l.caseRefs) == 0 && l.casePrune == "" &&
		len(l.expansions) == 0 && len(l.offenderDrops.keys) == 0 && len(l.firstLinkDrops.keys) == 0
}

// size counts the buffered writes.
func (l *layer) size() int {
	n := len(l.offenders) + len(l.chats) + len(l.lists) + len(l.audit) + len(l.firstLinks) + len(l.tasks) + len(l.judged) + len(l.cases) +
		len(l.expansions)
	for _, m := range l.sightings {
		n += len(m)
	}
	return n
}

func (l *layer) setSighting(k sightKey, s *bot.Sighting) {
	m := l.sightings[k.acct]
	m.set(k, s)
	l.sightings[k.acct] = m
}

// pruneSightings forgets the layer's sightings before the time bits and
// records them as the watermark for the layers below.
func (l *layer) pruneSightings(bits uint64) {
	if bits <= l.sightPrune {
		return
	}
	l.sightPrune = bits
	for acct, m := range l.sightings {
		if m = m.before(bits); len(m) == 0 {
			delete(l.sightings, acct)
		} else {
			l.sightings[acct] = m
		}
	}
}

// pruneAudit forgets the layer's audit entries before the time bits and
// records them as the watermark for the layers below.
func (l *layer) pruneAudit(bits uint64) {
	if bits <= l.auditPrune {
		return
	}
	l.auditPrune = bits
	kept := l.audit[:0]
	for _, a := range l.audit {
		if a.bits >= bits {
			kept = append(kept, a)
		}
	}
	l.audit = kept // the bytes of those dropped stay until reset
}

// absorb applies up on top of l, as if up's writes had been made to l after
// l's own. A Commit that fails absorbs the top layer into the one it could not
// write, which becomes the top layer again.
func (l *layer) absorb(up *layer) {
	l.pruneSightings(up.sightPrune)
	for _, m := range up.sightings {
		for _, e := range m {
			l.setSighting(e.key, e.s)
		}
	}
	l.pruneAudit(up.auditPrune)
	for _, a := range up.audit {
		start := len(l.auditBytes)
		l.auditBytes = append(l.auditBytes, up.auditValue(a)...)
		l.audit = append(l.audit, bufferedAudit{bits: a.bits, start: start, end: len(l.auditBytes)})
	}
	for k, o := range up.offenders {
		l.offenders[k] = o
	}
	for k, s := range up.chats {
		l.chats[k] = s
	}
	for k, t := range up.firstLinks {
		l.firstLinks[k] = t
	}
	for k, e := range up.lists {
		l.lists[k] = e
	}
	for k, t := range up.tasks {
		l.tasks[k] = t
	}
	l.pruneJudged(up.judgedPrune)
	for k, j := range up.judged {
		l.judged[k] = j
	}
	l.pruneCases(up.casePrune)
	for _, c := range up.cases {
		l.putCase(c, nil) // the refs follow
	}
	for r, id := range up.caseRefs {
		l.caseRefs[r] = id
	}
	for k, x := range up.expansions {
		l.expansions[k] = x
	}
}
