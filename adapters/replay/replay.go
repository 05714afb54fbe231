package replay

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sync/atomic"
	"time"

	"github.com/immunebot/immune/bot"
)

// MaxLine is the longest input line read; longer lines get an error line.
const MaxLine = 4 << 20

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
	Engine    *bot.Engine
	BatchSize int // lines per commit at most; 0 means 512

	latest atomic.Int64 // unix nanoseconds of the latest message time seen
}

// Stats counts what a scan did.
type Stats struct {
	Lines, Errors, Flagged int
}

// Clock returns the scan's clock: the latest message time read so far (the
// engine's clock is each message's own time), or the zero time before the
// first. Give it to the store so that pruning follows the messages, not the
// wall clock, when an old export is scanned.
func (s *Scanner) Clock() time.Time {
	n := s.latest.Load()
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// Run reads messages from r until EOF and writes a decision (or an error
// line) for each to w. It returns early only when the store cannot commit
// or w cannot be written; the lines of the failed batch are not printed.
func (s *Scanner) Run(ctx context.Context, r io.Reader, w io.Writer) (Stats, error) {
	var st Stats
	batch := s.BatchSize
	if batch <= 0 {
		batch = 512
	}
	s.Engine.Batch = true
	in := bufio.NewReaderSize(r, 64<<10)
	out := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var pending []any
	var line []byte
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		if err := s.Engine.Commit(ctx); err != nil {
			return fmt.Errorf("commit batch ending at line %d: %w", st.Lines, err)
		}
		for _, p := range pending {
			if err := enc.Encode(p); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		}
		pending = pending[:0]
		return out.Flush()
	}
	for {
		if err := ctx.Err(); err != nil {
			return st, errors.Join(err, flush())
		}
		var tooLong bool
		var err error
		line, tooLong, err = readLine(in, line[:0])
		if len(line) > 0 || tooLong {
			st.Lines++
			if o := s.one(ctx, st.Lines, line, tooLong); o != nil {
				if _, ok := o.(ErrorLine); ok {
					st.Errors++
				} else if o.(Output).Verdict != bot.Allow {
					st.Flagged++
				}
				pending = append(pending, o)
			}
		} else if err == nil {
			st.Lines++ // a blank line: counted, nothing printed
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return st, flush()
			}
			return st, errors.Join(fmt.Errorf("read line %d: %w", st.Lines+1, err), flush())
		}
		if len(pending) >= batch || in.Buffered() == 0 {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
}

// one judges one line and returns its output or error line.
func (s *Scanner) one(ctx context.Context, n int, line []byte, tooLong bool) any {
	if tooLong {
		return ErrorLine{Line: n, Error: fmt.Sprintf("line longer than %d bytes", MaxLine)}
	}
	var in Input
	if err := json.Unmarshal(line, &in); err != nil {
		return ErrorLine{Line: n, Error: "not a JSON message object: " + err.Error()}
	}
	m := in.Message()
	if t := m.Time.UnixNano(); t > s.latest.Load() {
		s.latest.Store(t)
	}
	d, err := s.Engine.Handle(ctx, &m)
	if errors.Is(err, bot.ErrBadMessage) {
		return ErrorLine{Line: n, Error: err.Error()}
	}
	// Any other error is the store's: the decision stands, and the batch's
	// commit reports the failure before the line is printed.
	return NewOutput(in.ID, &d)
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
		return trimSpace(buf[:n]), tooLong, err
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}
