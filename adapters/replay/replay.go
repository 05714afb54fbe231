package replay

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	json "github.com/goccy/go-json"

	"github.com/immunebot/immune/bot"
)

// MaxLine is the longest input line read; longer lines get an error line.
const MaxLine = 1 << 20

// Input is one line of `immune scan` input.
type Input struct {
	ID            string           `json:"id"`
	Platform      bot.Platform     `json:"platform"`
	Chat          string           `json:"chat"`
	Group         string           `json:"group,omitempty"` // Discord server (optional)
	User          string           `json:"user"`
	UserName      string           `json:"user_name"`
	Time          time.Time        `json:"time"`
	MemberSince   *time.Time       `json:"member_since,omitempty"`
	IsAdmin       bool             `json:"is_admin,omitempty"`
	Text          string           `json:"text"`
	Links         []bot.LinkRef    `json:"links,omitempty"`
	Attachments   []bot.Attachment `json:"attachments,omitempty"`
	Edited        bool             `json:"edited,omitempty"`
	ForwardedFrom string           `json:"forwarded_from,omitempty"`
}

// Message converts an input line to the engine's message.
func (in *Input) Message() bot.Message {
	m := bot.Message{
		ID: in.ID, Platform: in.Platform, Chat: in.Chat, Group: in.Group, User: in.User, UserName: in.UserName,
		Time: in.Time, IsAdmin: in.IsAdmin, Text: in.Text, Links: in.Links, Attachments: in.Attachments,
		Edited: in.Edited, ForwardedFrom: in.ForwardedFrom,
	}
	if in.MemberSince != nil {
		m.MemberSince = *in.MemberSince
	}
	return m
}

// check refuses a line of the right types that still holds no message to
// judge, naming the field: a time the engine cannot judge by, a link
// without the address it opens, a file of fewer than 0 bytes.
func (in *Input) check() error {
	if err := bot.CheckTime("time", in.Time); err != nil {
		return err
	}
	if in.MemberSince != nil {
		if err := bot.CheckTime("member_since", *in.MemberSince); err != nil {
			return err
		}
	}
	for i := range in.Links {
		if strings.TrimSpace(in.Links[i].URL) == "" {
			return fmt.Errorf(`field "links[%d].url": want the address the link opens, such as "https://example.com", not nothing`, i)
		}
	}
	for i := range in.Attachments {
		if n := in.Attachments[i].Size; n < 0 {
			return fmt.Errorf(`field "attachments[%d].size": want a number of bytes, 0 or more, not %d`, i, n)
		}
	}
	return nil
}

// Reason is one reason in an output line.
type Reason struct {
	Code   bot.Code `json:"code"`
	Detail string   `json:"detail"`
}

// Output is one line of `immune scan` output.
type Output struct {
	ID        string        `json:"id"`
	Verdict   bot.Level     `json:"verdict"`
	Score     float64       `json:"score"`
	Reasons   []Reason      `json:"reasons"`
	Actions   []bot.Action  `json:"actions"`
	Sweep     []string      `json:"sweep"`
	UserState bot.UserState `json:"user_state"`
}

// ErrorLine is the output for an input line that cannot be judged.
type ErrorLine struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// NewOutput writes a decision in the output format.
func NewOutput(id string, d *bot.Decision) Output {
	o := Output{
		ID: id, Verdict: d.Verdict.Level, Score: math.Round(d.Verdict.Score*1000) / 1000,
		Reasons: make([]Reason, len(d.Verdict.Reasons)), Actions: d.Actions, Sweep: make([]string, len(d.Sweep)),
		UserState: d.User,
	}
	for i, r := range d.Verdict.Reasons {
		o.Reasons[i] = Reason{Code: r.Code, Detail: r.Detail}
	}
	if o.Actions == nil {
		o.Actions = []bot.Action{}
	}
	for i, s := range d.Sweep {
		o.Sweep[i] = s.ID
	}
	return o
}

// Scanner runs `immune scan`.
type Scanner struct {
	Engine *bot.Engine
	// BatchSize is how many lines a batch holds before it is committed
	// and printed: fewer when the input pauses, more (up to batchGrowth
	// times as many) while the last batch is still being committed. 0
	// means DefaultBatch.
	BatchSize int
	// Workers is how many messages are judged at once; 0 means one a CPU
	// (GOMAXPROCS). The messages of one account are judged by one worker
	// in their order (bot.Engine.Shard), so the decisions are those of one
	// worker; the output keeps the input's order.
	Workers int
	// SightingRetention is the store's: how long before Clock a commit
	// forgets link sightings (immune scan's store keeps them twice the
	// sweep window). Each line is judged as if the store had forgotten
	// those older than that before the latest message time read up to it
	// (bot.Message.SightingsFrom), which no commit running meanwhile has
	// gone past: whether a commit had pruned them when a line was judged
	// depends on the batch size and on timing, and must not show in the
	// output. 0 or less: no such limit (for a store that keeps them all).
	SightingRetention time.Duration

	latest atomic.Int64 // unix nanoseconds: see Clock
}

// Stats counts what a scan did.
type Stats struct {
	Lines, Errors, Flagged int
}

// Clock returns the scan's clock: the latest message time of the lines
// handed to the store to commit (the engine's clock is each message's own
// time), or the zero time before the first commit. Give it to the store so
// that pruning follows the messages, not the wall clock, when an old
// export is scanned. It never runs ahead of the lines decided: a commit
// runs while later lines are judged, and a clock set by the lines read
// ahead (a day later, in a quiet chat's export) would have it forget the
// sightings, records and first links those lines are judged by.
func (s *Scanner) Clock() time.Time {
	n := s.latest.Load()
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// Run reads messages from r until EOF and writes a decision (or an error
// line) for each to w. It returns early only when the store cannot commit,
// w cannot be written or ctx is done; the lines of a batch that failed to
// commit are not printed.
//
// Lines go from the reader to the judges and on to the printer in chunks
// (up to chunkLines lines read together), so that handing them from one
// goroutine to the next costs a channel operation a chunk, not a line.
func (s *Scanner) Run(ctx context.Context, r io.Reader, w io.Writer) (Stats, error) {
	var st Stats
	batch := s.BatchSize
	if batch <= 0 {
		batch = DefaultBatch
	}
	s.Engine.Batch = true
	s.Engine.NoOutbox = true // a scan carries out nothing
	s.Engine.NoCases = true  // and nobody presses buttons on its decisions
	s.Engine.NoTexts = true  // nor prints notices
	defer tuneGC()()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rd := newReader(r)
	go rd.run(ctx)
	// Lines already decided are made durable and printed even when the
	// scan is being cancelled.
	p := newPrinter(context.WithoutCancel(ctx), s.Engine, w, &s.latest, batch)
	js := s.startJudges(ctx, batch)
	// pending is the batch being decided: the workers write the outputs
	// of its lines in place, so it is moved to more room (grow) only once
	// they are done with it; decided counts its lines still being judged. The printer waits for them,
	// while the next batch is handed out. A batch is handed over at
	// batch lines, or later while the printer is still busy with the last
	// one (up to maxBatch): when commits are slow (a large store, a slow
	// disk) they grow and are fewer, rather than holding up the judging.
	maxBatch := batch * batchGrowth
	// Room for batch lines, grown only when a batch does grow: the
	// collector goes through every slot of a batch at each collection,
	// filled or not (BENCHMARKS.md).
	pending := make([]result, 0, batch)
	decided := new(sync.WaitGroup)
	var newest int64 // unix nanoseconds of the latest message time read
	flush := func() error {
		js.send(pending, decided)
		if len(pending) > 0 {
			pending = p.print(pending, st.Lines, newest, decided)
			decided = new(sync.WaitGroup)
		}
		return p.failed()
	}
	finish := func(err error) (Stats, error) {
		flush()
		err = errors.Join(err, p.close())
		js.stop()
		st.Errors, st.Flagged = p.errors, p.flagged
		return st, err
	}
	for {
		if err := ctx.Err(); err != nil {
			return finish(err)
		}
		var chunk []rawLine
		var ok bool
		select {
		case chunk, ok = <-rd.out:
		default:
			js.send(pending, decided)
		wait:
			select {
			case chunk, ok = <-rd.out:
			case <-rd.dry:
				if !rd.waiting() {
					goto wait // the read it began is over
				}
				// The input has nothing more for now: have what was
				// decided made durable and printed, so that an
				// interactive caller gets its answer.
				if err := flush(); err != nil {
					return finish(nil)
				}
				select {
				case chunk, ok = <-rd.out:
				case <-ctx.Done():
					return finish(ctx.Err())
				}
			case <-ctx.Done():
				return finish(ctx.Err())
			}
		}
		if !ok {
			return finish(nil)
		}
		for i := range chunk {
			l := &chunk[i]
			if l.err != nil {
				return finish(fmt.Errorf("read line %d: %w", l.n, l.err))
			}
			st.Lines = l.n
			if !l.msg && l.bad == "" {
				continue // a blank line: counted, nothing printed
			}
			if l.msg {
				newest = max(newest, l.in.Time.UnixNano())
				if s.SightingRetention > 0 {
					l.sightingsFrom = newest - int64(s.SightingRetention)
				}
			}
			if len(pending) == cap(pending) {
				pending = js.grow(pending, decided, maxBatch)
			}
			pending = append(pending, result{})
			js.judge(ctx, l, pending, len(pending)-1)
			if n := len(pending); n >= maxBatch || n >= batch && !p.busy() {
				if err := flush(); err != nil {
					return finish(nil)
				}
			}
		}
		// the chunk's lines held for the judge are decided before the
		// reader has the chunk back
		js.send(pending, decided)
		rd.recycle(chunk)
	}
}

// batchGrowth is how many times Scanner.BatchSize a batch may grow to
// while the printer is still busy with the last one.
const batchGrowth = 2

// ScanGCPercent is the garbage collector's target (debug.SetGCPercent)
// while a scan runs, unless the GOGC environment variable sets one. A scan
// is a batch job whose live heap is small beside what it allocates on the
// way (each line's decoded message, judgement and output): collecting at
// 400 % instead of Go's default 100 % costs it about a tenth less CPU
// (BENCHMARKS.md), for a peak heap of about five times the live one
// instead of twice. The Go compiler tunes its collector the same way.
const ScanGCPercent = 400

// gcTuning counts the scans running, so that the first sets the
// collector's target and the last puts back what was there.
var gcTuning struct {
	mu   sync.Mutex
	runs int
	was  int
}

// tuneGC sets ScanGCPercent for a scan and returns what puts the earlier
// target back once the last scan running ends.
func tuneGC() (restore func()) {
	if _, set := os.LookupEnv("GOGC"); set {
		return func() {}
	}
	gcTuning.mu.Lock()
	defer gcTuning.mu.Unlock()
	if gcTuning.runs == 0 {
		gcTuning.was = debug.SetGCPercent(ScanGCPercent)
	}
	gcTuning.runs++
	return func() {
		gcTuning.mu.Lock()
		defer gcTuning.mu.Unlock()
		if gcTuning.runs--; gcTuning.runs == 0 {
			debug.SetGCPercent(gcTuning.was)
		}
	}
}

// judges judge the lines of a batch: in the scanning goroutine itself
// with one worker, or in worker goroutines, each taking the messages of
// its accounts in order. Either judges the messages of a chunk together
// (see lineRun).
type judges struct {
	s    *Scanner
	ctx  context.Context
	work []chan *work
	done sync.WaitGroup // the workers
	next *work          // the lines handed out next
	free sync.Pool      // of *work
	held lineRun        // one worker: the messages to judge at the next send
}

// lineRun is a run of messages a judge decides together: first the
// classifier's judgement of each, one after another, then the rest of
// each decision in turn (bot.Engine.Prejudge). Each stage's code and
// tables then stay in the CPU's caches from one message to the next,
// rather than each stage pushing the other's out at every message. The
// decisions are those made one at a time.
type lineRun struct {
	lines []*rawLine
	outs  []*result
	msgs  []bot.Message
	pre   []bot.Prejudged
}

// add holds line l, its output to go to out.
func (r *lineRun) add(l *rawLine, out *result) {
	r.lines = append(r.lines, l)
	r.outs = append(r.outs, out)
}

// decide decides the lines held and empties the run.
func (r *lineRun) decide(ctx context.Context, s *Scanner) {
	n := len(r.lines)
	if n == 0 {
		return
	}
	if cap(r.msgs) < n {
		r.msgs, r.pre = make([]bot.Message, n), make([]bot.Prejudged, n)
	}
	msgs, pre := r.msgs[:n], r.pre[:n]
	for i, l := range r.lines {
		msgs[i] = s.message(l)
		s.Engine.Prejudge(&msgs[i], &pre[i])
	}
	for i, l := range r.lines {
		s.decide(ctx, l, &msgs[i], &pre[i], r.outs[i])
	}
	// msgs and pre are overwritten by the next run (what they hold of
	// these lines is at most a run's worth)
	clear(r.lines)
	clear(r.outs)
	r.lines, r.outs = r.lines[:0], r.outs[:0]
}

// work is a chunk of lines for the workers: each judges the lines of its
// accounts, in their order, and writes their outputs to out.
type work struct {
	lines   []judgement
	out     []result
	decided *sync.WaitGroup
	left    atomic.Int32 // the workers yet to go through it
}

// judgement is a line to decide, the worker its account goes to, and
// where its output goes in the batch.
type judgement struct {
	l      rawLine
	worker int
	i      int
}

// result is what is printed for a line: its decision, or the error line.
// Batches of them are reused, so that a line's output is not allocated.
type result struct {
	out Output
	bad *ErrorLine
}

func (s *Scanner) startJudges(ctx context.Context, batch int) *judges {
	n := s.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	js := &judges{s: s, ctx: ctx}
	if n == 1 {
		return js
	}
	js.work = make([]chan *work, n)
	for i := range js.work {
		// Room for every chunk of two batches at their largest: the
		// workers of one account may have more of a batch's messages
		// than another's.
		ch := make(chan *work, 2*batch*batchGrowth/chunkLines+4)
		js.work[i] = ch
		js.done.Add(1)
		go func() {
			defer js.done.Done()
			var run lineRun
			for w := range ch {
				for k := range w.lines {
					if j := &w.lines[k]; j.worker == i {
						run.add(&j.l, &w.out[j.i])
					}
				}
				run.decide(ctx, s)
				w.decided.Done()
				if w.left.Add(-1) == 0 {
					clear(w.lines)
					w.lines, w.out, w.decided = w.lines[:0], nil, nil
					js.free.Put(w)
				}
			}
		}()
	}
	return js
}

// judge decides line l into out[i] now (a line that is no message), or
// holds it for send: to decide with the others held (one worker), or in
// the chunk send hands the workers.
func (js *judges) judge(ctx context.Context, l *rawLine, out []result, i int) {
	if !l.msg {
		js.s.one(ctx, l, &out[i])
		return
	}
	if js.work == nil {
		js.held.add(l, &out[i])
		return
	}
	if js.next == nil {
		if w, ok := js.free.Get().(*work); ok {
			js.next = w
		} else {
			js.next = &work{lines: make([]judgement, 0, chunkLines)}
		}
	}
	js.next.lines = append(js.next.lines, judgement{l: *l, worker: js.s.Engine.ShardOf(l.in.Platform, l.in.User, len(js.work)), i: i})
	// the copy's member_since is its own: the reader reuses the chunk. It
	// is copied from where the line's points, which is l.since only when
	// the quick decoder read the line (encoding/json makes a new time).
	if j := &js.next.lines[len(js.next.lines)-1]; j.l.in.MemberSince != nil {
		j.l.since = *j.l.in.MemberSince
		j.l.in.MemberSince = &j.l.since
	}
}

// send hands the lines added since the last send, outputs in out, to the
// workers; decided counts them until every worker has been through them.
// With one worker it decides the lines held.
func (js *judges) send(out []result, decided *sync.WaitGroup) {
	if js.work == nil {
		js.held.decide(js.ctx, js.s)
		return
	}
	w := js.next
	if w == nil || len(w.lines) == 0 {
		return
	}
	js.next = nil
	w.out, w.decided = out, decided
	w.left.Store(int32(len(js.work)))
	decided.Add(len(js.work))
	for _, ch := range js.work {
		ch <- w
	}
}

// grow returns out with room for up to n lines, once the lines handed
// out so far are decided: they are written into out by index.
func (js *judges) grow(out []result, decided *sync.WaitGroup, n int) []result {
	js.send(out, decided)
	decided.Wait()
	return slices.Grow(out, n-len(out))
}

// stop ends the workers.
func (js *judges) stop() {
	for _, ch := range js.work {
		close(ch)
	}
	js.done.Wait()
}

// printer commits and prints batches in order, in its own goroutine, so
// that the engine judges the next batch while the last one is written: a
// batch's lines are printed only after a commit that began after the last
// of them was decided. It counts what the lines were.
type printer struct {
	ctx     context.Context
	engine  *bot.Engine
	out     *bufio.Writer
	encoded spool         // a batch's lines, encoded while it is committed
	enc     *json.Encoder // into encoded
	batches chan printBatch
	free    chan []result // emptied batches, for reuse
	done    chan struct{}
	mu      sync.Mutex
	err     error         // the first commit or write error; nothing is printed after it
	working atomic.Bool   // a batch is being committed and written
	clock   *atomic.Int64 // Scanner.latest, set before each commit
	batch   int           // the room of a new batch

	errors, flagged int // read after close
}

type printBatch struct {
	lines   []result
	last    int             // the input line number of the batch's last line
	newest  int64           // the latest message time up to its last line, unix nanoseconds
	decided *sync.WaitGroup // the lines still being judged
}

func newPrinter(ctx context.Context, e *bot.Engine, w io.Writer, clock *atomic.Int64, batch int) *printer {
	p := &printer{ctx: ctx, engine: e, out: bufio.NewWriterSize(w, 64<<10), clock: clock, batch: batch,
		batches: make(chan printBatch, 1), free: make(chan []result, 2), done: make(chan struct{})}
	p.enc = json.NewEncoder(&p.encoded)
	p.enc.SetEscapeHTML(false)
	go p.run()
	return p
}

// print hands a batch over, to be printed once decided, and returns an
// empty slice to fill next.
func (p *printer) print(lines []result, last int, newest int64, decided *sync.WaitGroup) []result {
	p.batches <- printBatch{lines: lines, last: last, newest: newest, decided: decided}
	select {
	case b := <-p.free:
		return b[:0]
	default:
		return make([]result, 0, p.batch)
	}
}

// busy reports whether a batch handed over is still being printed.
func (p *printer) busy() bool { return p.working.Load() || len(p.batches) > 0 }

// failed returns the error that stopped printing, if any.
func (p *printer) failed() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// close waits until every batch handed over is printed.
func (p *printer) close() error {
	close(p.batches)
	<-p.done
	return p.failed()
}

func (p *printer) run() {
	defer close(p.done)
	for b := range p.batches {
		p.working.Store(true)
		b.decided.Wait()
		if p.failed() == nil {
			// write counts the lines as it encodes them
			if err := p.write(b); err != nil {
				p.mu.Lock()
				p.err = err
				p.mu.Unlock()
			}
		} else {
			p.count(b.lines)
		}
		select {
		case p.free <- b.lines:
		default:
		}
		p.working.Store(false)
	}
}

// write commits and prints a batch. The lines are encoded while the
// commit runs (on another CPU, if there is one), and written once it is
// done.
func (p *printer) write(b printBatch) error {
	encoded := make(chan error, 1)
	go func() { encoded <- p.encode(b.lines) }()
	if b.newest > p.clock.Load() {
		p.clock.Store(b.newest) // the batch is decided: the clock may reach it
	}
	err := p.engine.Commit(p.ctx)
	eerr := <-encoded
	if err != nil {
		p.encoded.reset()
		return fmt.Errorf("commit batch ending at line %d: %w", b.last, err)
	}
	if eerr != nil {
		p.encoded.reset()
		return fmt.Errorf("write: %w", eerr)
	}
	_, err = p.encoded.WriteTo(p.out)
	if err == nil {
		err = p.out.Flush()
	}
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// count counts what the lines are.
func (p *printer) count(lines []result) {
	for i := range lines {
		p.countLine(&lines[i])
	}
}

func (p *printer) countLine(l *result) {
	if l.bad != nil {
		p.errors++
	} else if l.out.Verdict != bot.Allow {
		p.flagged++
	}
}

// encode counts the lines, encodes them into p.encoded and empties them:
// one pass over a batch that has long left the caches.
func (p *printer) encode(lines []result) error {
	p.encoded.reset()
	for i := range lines {
		l := &lines[i]
		p.countLine(l)
		// written here, or by the encoder where appendOutput leaves it
		var b []byte
		var ok bool
		if l.bad != nil {
			b, ok = appendErrorLine(p.encoded.room(), l.bad)
		} else {
			b, ok = appendOutput(p.encoded.room(), &l.out)
		}
		var err error
		switch {
		case ok:
			p.encoded.wrote(b)
		case l.bad != nil:
			err = p.enc.Encode(l.bad)
		default:
			err = p.enc.Encode(&l.out)
		}
		if err != nil {
			p.count(lines[i+1:])
			return err
		}
		*l = result{}
	}
	return nil
}

// DefaultBatch is how many lines a batch holds before it is committed (see
// Scanner.BatchSize). Each batch costs a commit with an fsync; an
// interactive caller's lines are committed one by one whatever the batch
// size.
//
// Each commit also writes again the last page of every bucket written in
// time order (the audit log, the records of flagged messages, first links,
// offenders): with 16,384 lines rather than 4,096 a batch, a scan on one
// CPU spends less of it committing.
const DefaultBatch = 16384

// chunkLines is how many lines the reader hands over together at most;
// it hands over fewer when the input has nothing more buffered, so that an
// interactive caller's line goes at once.
const chunkLines = 64

// readAhead is how many chunks are read ahead of the engine: a bound on
// memory (at most readAhead × chunkLines × MaxLine) and enough to tell a
// file or a fast pipe (lines waiting) from an interactive caller (none).
const readAhead = 2

// rawLine is one input line, numbered from 1, decoded: a message, or what
// is wrong with the line, or neither for a blank line. Chunks of them are
// reused, so that a line's Input is not allocated.
type rawLine struct {
	n     int
	msg   bool      // in is the line's message
	in    Input     // its MemberSince, if any, points to since (a new time if encoding/json read it)
	since time.Time // member_since, as the quick decoder read it
	// sightingsFrom is the earliest sighting the line's judging reads,
	// unix nanoseconds, or 0 for no limit: see Scanner.SightingRetention
	sightingsFrom int64
	bad           string // why the line is not a message
	err           error  // a read error other than EOF; the last value sent
}

// reader reads the input line by line and decodes each line, beside the
// engine rather than in front of it, so that a second CPU does it while
// the engine judges. It sends the lines in chunks on out, which it closes
// at EOF.
type reader struct {
	in   *bufio.Reader
	src  watched
	out  chan []rawLine
	free chan []rawLine // chunks handed back, for reuse
	dry  chan struct{}  // a token when a read of the input begins with every line read sent
}

// watched is the input, watched for reads that may wait: a read begins
// only when every line read before it has been sent.
type watched struct {
	r       io.Reader
	dry     chan struct{}
	reading atomic.Bool
}

func (w *watched) Read(p []byte) (int, error) {
	w.reading.Store(true)
	select {
	case w.dry <- struct{}{}:
	default:
	}
	n, err := w.r.Read(p)
	w.reading.Store(false)
	select {
	case <-w.dry: // not taken: the read did not wait for the scan to notice
	default:
	}
	return n, err
}

func newReader(r io.Reader) *reader {
	rd := &reader{out: make(chan []rawLine, readAhead), free: make(chan []rawLine, readAhead+2), dry: make(chan struct{}, 1)}
	rd.src = watched{r: r, dry: rd.dry}
	rd.in = bufio.NewReaderSize(&rd.src, 64<<10)
	return rd
}

// waiting reports whether the reader is reading the input, with every
// line read before sent: an interactive caller's input has nothing more
// until it gets its answers.
func (rd *reader) waiting() bool { return rd.src.reading.Load() }

// recycle hands a chunk back once its lines are taken.
func (rd *reader) recycle(chunk []rawLine) {
	clear(chunk)
	select {
	case rd.free <- chunk[:0]:
	default:
	}
}

func (rd *reader) run(ctx context.Context) {
	defer close(rd.out)
	var buf []byte
	chunk := make([]rawLine, 0, chunkLines)
	send := func() bool {
		select {
		case rd.out <- chunk:
		case <-ctx.Done():
			return false
		}
		select {
		case chunk = <-rd.free:
		default:
			chunk = make([]rawLine, 0, chunkLines)
		}
		return true
	}
	for n := 1; ; n++ {
		line, tooLong, err := readLine(rd.in, buf[:0])
		buf = line
		if len(line) > 0 || tooLong || err == nil {
			// decoded in its place in the chunk, which member_since
			// points into
			chunk = append(chunk, rawLine{n: n})
			l := &chunk[len(chunk)-1]
			switch {
			case tooLong:
				l.bad = fmt.Sprintf("line longer than %d bytes", MaxLine)
			case len(line) == 0:
			default:
				l.msg = true
				if decodeInput(line, &l.in, &l.since) {
					if err := l.in.check(); err != nil {
						l.msg, l.bad = false, err.Error()
					}
				} else if err := json.Unmarshal(line, &l.in); err != nil {
					l.msg, l.bad = false, inputError(line, err)
				} else if string(line) == "null" {
					l.msg, l.bad = false, "not a JSON message object: null"
				} else if err := l.in.check(); err != nil {
					l.msg, l.bad = false, err.Error()
				}
				if !l.msg {
					l.in = Input{}
				}
			}
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				chunk = append(chunk, rawLine{n: n, err: err})
			}
			if len(chunk) > 0 {
				send()
			}
			return
		}
		// The next line may not have been written yet: hand over what
		// was read before waiting for it.
		if len(chunk) == chunkLines || rd.in.Buffered() == 0 {
			if !send() {
				return
			}
		}
	}
}

// inputError says why a line could not be read as a message, in the
// contract's words: the field and what it wants ("field \"is_admin\": want
// true or false, not a string"), not the Go types the decoder names.
func inputError(line []byte, err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return "not a JSON message object: " + jsonKind(te.Value)
		}
		return fmt.Sprintf("field %q: want %s, not %s", fieldPath(te.Field), wantOf(te.Type), jsonKind(te.Value))
	}
	var pe *time.ParseError
	if errors.As(err, &pe) {
		// the decoder does not say which of the times it was
		var times struct {
			Time        *string `json:"time"`
			MemberSince *string `json:"member_since"`
		}
		if json.Unmarshal(line, &times) == nil {
			for _, f := range []struct {
				name string
				v    *string
			}{{"time", times.Time}, {"member_since", times.MemberSince}} {
				if f.v != nil {
					if _, err := time.Parse(time.RFC3339, *f.v); err != nil {
						return fmt.Sprintf("field %q: want an RFC 3339 time such as \"2026-10-01T12:00:00Z\", not %q", f.name, *f.v)
					}
				}
			}
		}
		return "bad time: " + err.Error()
	}
	return "not a JSON message object: " + err.Error()
}

// fieldPath writes the decoder's "attachments.0.size" as
// "attachments[0].size".
func fieldPath(f string) string {
	parts := strings.Split(f, ".")
	var b strings.Builder
	for i, p := range parts {
		switch {
		case p != "" && strings.Trim(p, "0123456789") == "" && i > 0:
			b.WriteString("[" + p + "]")
		case i > 0:
			b.WriteString("." + p)
		default:
			b.WriteString(p)
		}
	}
	return b.String()
}

// wantOf names, in the contract's words, the JSON a field of type t takes.
func wantOf(t reflect.Type) string {
	if t == nil {
		return "another type"
	}
	if t == reflect.TypeFor[time.Time]() {
		return `an RFC 3339 time such as "2026-10-01T12:00:00Z"`
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map, reflect.Pointer:
		return "an object"
	}
	return t.String()
}

// jsonKind names a JSON value the decoder reports by its kind.
func jsonKind(v string) string {
	switch v {
	case "string":
		return "a string"
	case "number":
		return "a number"
	case "array":
		return "a list"
	case "object":
		return "an object"
	case "bool":
		return "true or false"
	}
	return v
}

// one judges one line into r: its output, or its error line.
func (s *Scanner) one(ctx context.Context, l *rawLine, r *result) {
	if !l.msg {
		r.bad = &ErrorLine{Line: l.n, Error: l.bad}
		return
	}
	m := s.message(l)
	s.decide(ctx, l, &m, nil, r)
}

// message is the engine's message of a line that is one.
func (s *Scanner) message(l *rawLine) bot.Message {
	m := l.in.Message()
	if l.sightingsFrom != 0 {
		m.SightingsFrom = time.Unix(0, l.sightingsFrom).UTC()
	}
	return m
}

// decide decides message m of line l into r; pre, when set, is its first
// judgement (bot.Engine.Prejudge).
func (s *Scanner) decide(ctx context.Context, l *rawLine, m *bot.Message, pre *bot.Prejudged, r *result) {
	var d bot.Decision
	var err error
	if pre != nil {
		d, err = s.Engine.HandleJudged(ctx, m, pre)
	} else {
		d, err = s.Engine.Handle(ctx, m)
	}
	if errors.Is(err, bot.ErrBadMessage) {
		r.bad = &ErrorLine{Line: l.n, Error: err.Error()}
		return
	}
	// Any other error is the store's: the decision stands, and the batch's
	// commit reports the failure before the line is printed.
	r.out = NewOutput(l.in.ID, &d)
}

// readLine reads one line without its end into buf. Lines longer than
// MaxLine are consumed and reported as tooLong.
func readLine(r *bufio.Reader, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > MaxLine {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		n := len(buf)
		if n > 0 && buf[n-1] == '\n' {
			n--
		}
		if n > 0 && buf[n-1] == '\r' {
			n--
		}
		return bytes.TrimPrefix(trimSpace(buf[:n]), byteOrderMark), tooLong, err
	}
}

// byteOrderMark starts a file some editors and Windows tools write; it is
// no part of the line.
var byteOrderMark = []byte("\ufeff")

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}
