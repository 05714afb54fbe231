package replay_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/replay"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// newScanner makes a scanner with the real engine on a new bbolt file in a
// temporary directory, its store's clock the scan's (the latest message
// time read), so that pruning follows the messages.
func newScanner(t testing.TB) (*replay.Scanner, *store.DB) {
	t.Helper()
	sc := &replay.Scanner{SightingRetention: store.DefaultSightingRetention}
	db, err := store.Open(filepath.Join(t.TempDir(), "scan.db"), store.Options{Now: func() time.Time {
		if c := sc.Clock(); !c.IsZero() {
			return c
		}
		return time.Now()
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	sc.Engine = e
	return sc, db
}

func scanLines(t *testing.T, in string) []map[string]any {
	t.Helper()
	sc, _ := newScanner(t)
	var out bytes.Buffer
	if _, err := sc.Run(context.Background(), strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	var res []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		res = append(res, m)
	}
	return res
}

func TestContractFields(t *testing.T) {
	t.Parallel()
	in := `{"id":"a1","platform":"telegram","chat":"g","user":"u","user_name":"Lan","time":"2026-10-01T12:00:00Z","text":"hello there","unknown_field":{"x":[1,2]}}
{"id":"a2","platform":"discord","chat":"c","user":"u","time":"2026-10-01T12:01:00Z","member_since":"2026-10-01T11:59:00Z","is_admin":false,"text":"https://discrod.com/drop","links":[{"text":"x","url":"https://github.com"}],"attachments":[{"name":"a.png","mime":"image/png","size":10}],"edited":false,"forwarded_from":"someone"}
`
	out := scanLines(t, in)
	if len(out) != 2 {
		t.Fatalf("%d output lines", len(out))
	}
	clean := out[0]
	for _, k := range []string{"id", "verdict", "score", "reasons", "actions", "sweep", "user_state"} {
		if _, ok := clean[k]; !ok {
			t.Errorf("output lacks %q: %v", k, clean)
		}
	}
	if clean["id"] != "a1" || clean["verdict"] != "allow" || clean["score"] != 0.0 {
		t.Errorf("clean line: %v", clean)
	}
	for _, k := range []string{"reasons", "actions", "sweep"} {
		if l, ok := clean[k].([]any); !ok || len(l) != 0 {
			t.Errorf("%s of a clean allow is %v, want []", k, clean[k])
		}
	}
	if us := clean["user_state"].(map[string]any); us["strikes"] != 0.0 || us["compromised"] != false {
		t.Errorf("user_state %v", us)
	}
	bad := out[1]
	if bad["id"] != "a2" || bad["verdict"] != "delete" {
		t.Fatalf("threat line: %v", bad)
	}
	r := bad["reasons"].([]any)[0].(map[string]any)
	if r["code"] != "lookalike" || !strings.Contains(r["detail"].(string), "discord.com") {
		t.Errorf("reason %v", r)
	}
	if acts := bad["actions"].([]any); len(acts) != 2 || acts[0] != "delete" || acts[1] != "warn" {
		t.Errorf("actions %v", acts)
	}
	if s := bad["score"].(float64); s < 0.8 || s > 1 {
		t.Errorf("score %v", s)
	}
}

func TestMalformedLinesGetErrorsAndTheScanGoesOn(t *testing.T) {
	t.Parallel()
	lines := []string{
		`{"id":"ok1","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z","text":"hi"}`,
		`this is not json`,
		`[1, 2, 3]`,
		`{"id": 7, "platform":"telegram"}`,
		`{"id":"x","platform":"irc","chat":"g","user":"u","time":"2026-10-01T12:00:00Z"}`,
		`{"id":"x","platform":"telegram","chat":"g","user":"u","time":"yesterday"}`,
		`{"id":"","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z"}`,
		`{"id":"x","platform":"telegram","chat":"g","user":"u"}`,
		``,
		`{"id":"ok2","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z","text":"bye"}`,
	}
	out := scanLines(t, strings.Join(lines, "\n"))
	if len(out) != 9 {
		t.Fatalf("%d output lines, want 9 (the blank line prints nothing): %v", len(out), out)
	}
	if out[0]["id"] != "ok1" || out[8]["id"] != "ok2" {
		t.Errorf("good lines: %v, %v", out[0], out[8])
	}
	wantErr := map[int]string{2: "not a JSON message object", 3: "not a JSON message object", 4: `field "id": want a string, not a number`,
		5: "platform", 6: `field "time": want an RFC 3339 time`, 7: "no id", 8: "no time"}
	for i := 1; i < 8; i++ {
		line := int(out[i]["line"].(float64))
		msg, _ := out[i]["error"].(string)
		if want, ok := wantErr[line]; !ok || !strings.Contains(msg, want) {
			t.Errorf("error line %v: want line %d with %q", out[i], i+1, wantErr[i+1])
		}
		if len(out[i]) != 2 {
			t.Errorf("error object has extra fields: %v", out[i])
		}
	}
}

// TestErrorLinesNameTheField holds that a line with a field of the wrong
// type is refused with the field and what it wants, in the contract's
// words: the decoder's "cannot unmarshal string into Go struct field
// Input.attachments.0.size of type int64" named Go types, and for a bad
// time ("parsing time ...") not even which of the two times it was.
func TestErrorLinesNameTheField(t *testing.T) {
	t.Parallel()
	const head = `{"id":"x","platform":"telegram","chat":"g","user":"u",`
	for _, c := range []struct{ name, line, want string }{
		{"id a number", head + `"id":5,"time":"2026-10-01T12:00:00Z"}`, `field "id": want a string, not a number`},
		{"is_admin text", head + `"time":"2026-10-01T12:00:00Z","is_admin":"yes"}`, `field "is_admin": want true or false, not a string`},
		{"size text", head + `"time":"2026-10-01T12:00:00Z","attachments":[{"name":"a.exe","size":"12"}]}`, `field "attachments[0].size": want a whole number, not a string`},
		{"links one string", head + `"time":"2026-10-01T12:00:00Z","links":"https://x.com"}`, `field "links": want a list, not a string`},
		{"link url a number", head + `"time":"2026-10-01T12:00:00Z","links":[{"text":"a","url":5}]}`, `field "links[0].url": want a string, not a number`},
		{"time in words", head + `"time":"yesterday"}`, `field "time": want an RFC 3339 time such as "2026-10-01T12:00:00Z", not "yesterday"`},
		{"time without zone", head + `"time":"2026-10-01T12:00:00"}`, `field "time": want an RFC 3339 time such as "2026-10-01T12:00:00Z", not "2026-10-01T12:00:00"`},
		{"member_since empty", head + `"time":"2026-10-01T12:00:00Z","member_since":""}`, `field "member_since": want an RFC 3339 time such as "2026-10-01T12:00:00Z", not ""`},
		{"time a number", head + `"time":1759320000}`, `field "time": want an RFC 3339 time such as "2026-10-01T12:00:00Z", not a number`},
		// an entry of the right types with nothing to judge: it was judged
		// as if the link were not there
		{"link without url", head + `"time":"2026-10-01T12:00:00Z","links":[{"text":"click here"}]}`,
			`field "links[0].url": want the address the link opens, such as "https://example.com", not nothing`},
		{"link with an empty url, an unknown field beside", head + `"time":"2026-10-01T12:00:00Z","x":1,"links":[{"text":"a","url":"https://a.example"},{"text":"b","url":" "}]}`,
			`field "links[1].url": want the address the link opens, such as "https://example.com", not nothing`},
		{"size below zero", head + `"time":"2026-10-01T12:00:00Z","attachments":[{"name":"a.exe","size":-5}]}`,
			`field "attachments[0].size": want a number of bytes, 0 or more, not -5`},
		{"a list", `[1, 2]`, `not a JSON message object: a list`},
		{"null", `null`, `not a JSON message object: null`},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			out := scanLines(t, c.line+"\n")
			if len(out) != 1 || out[0]["line"] != 1.0 || out[0]["error"] != c.want {
				t.Errorf("%s\ngave %v\nwant error %q", c.line, out, c.want)
			}
		})
	}
}

// TestByteOrderMarkIsNoPartOfALine holds that an export saved with a
// UTF-8 byte order mark (as Windows tools write it) has its first message
// judged: it was an error line ("invalid character 'ï'"), and that
// message lost. Two such files run together (cat a.jsonl b.jsonl) put one
// inside: it is skipped there too.
func TestByteOrderMarkIsNoPartOfALine(t *testing.T) {
	t.Parallel()
	in := "\ufeff" + `{"id":"first","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z","text":"https://dlscord.com/gift"}` + "\r\n" +
		"\ufeff" + `{"id":"second","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z","text":"hi"}` + "\r\n"
	out := scanLines(t, in)
	if len(out) != 2 || out[0]["id"] != "first" || out[0]["verdict"] != "delete" || out[1]["id"] != "second" {
		t.Fatalf("lines after a byte order mark: %v", out)
	}
}

func TestOverlongLine(t *testing.T) {
	t.Parallel()
	long := `{"id":"big","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z","text":"` + strings.Repeat("a", replay.MaxLine) + `"}`
	in := long + "\n" + `{"id":"after","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z","text":"hi"}` + "\n"
	out := scanLines(t, in)
	if len(out) != 2 || out[0]["line"] != 1.0 || !strings.Contains(out[0]["error"].(string), "longer than") || out[1]["id"] != "after" {
		t.Fatalf("overlong line: %v", out)
	}
}

// An interactive caller writes a line and waits for its answer before
// writing the next: the scan must answer each line at once.
func TestAnswersEachLineOfAnInteractiveCaller(t *testing.T) {
	t.Parallel()
	sc, db := newScanner(t)
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		_, err := sc.Run(context.Background(), inR, outW)
		outW.Close()
		done <- err
	}()
	answers := bufio.NewScanner(outR)
	for i, text := range []string{"hello", "https://dlscord.com/x", "bye"} {
		line, _ := json.Marshal(map[string]any{"id": text, "platform": "telegram", "chat": "g", "user": "u",
			"time": time.Date(2026, 10, 1, 12, i, 0, 0, time.UTC), "text": text})
		if _, err := inW.Write(append(line, '\n')); err != nil {
			t.Fatal(err)
		}
		if !answers.Scan() {
			t.Fatalf("no answer to line %d", i+1)
		}
		var o replay.Output
		json.Unmarshal(answers.Bytes(), &o)
		if o.ID != text {
			t.Fatalf("answer %q to line %q", o.ID, text)
		}
		if i == 1 {
			// printed means committed: the strike is already in the file
			off, err := db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "u"})
			if err != nil || len(off.Strikes) != 1 || db.Pending() != 0 {
				t.Fatalf("printed before committed: %+v %v pending %d", off, err, db.Pending())
			}
		}
	}
	inW.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestNothingPrintedWhoseCommitFailed: once the store cannot commit, the
// lines decided since are not printed (their decisions are not durable),
// and the scan stops with an error that names the store's failure and the
// batch's last line; what was printed before stays printed.
func TestNothingPrintedWhoseCommitFailed(t *testing.T) {
	t.Parallel()
	sc, db := newScanner(t)
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		_, err := sc.Run(context.Background(), inR, outW)
		inR.Close() // a line written after the scan stopped is refused, not waited on
		outW.Close()
		done <- err
	}()
	write := func(i int) {
		t.Helper()
		line, _ := json.Marshal(map[string]any{"id": fmt.Sprint("m", i), "platform": "telegram", "chat": "g", "user": "u",
			"time": time.Date(2026, 10, 1, 12, i, 0, 0, time.UTC), "text": "https://dlscord.com/x"})
		if _, err := inW.Write(append(line, '\n')); err != nil && i <= 3 {
			t.Fatal(err)
		}
	}
	answers := bufio.NewScanner(outR)
	for i := 1; i <= 2; i++ {
		write(i)
		if !answers.Scan() {
			t.Fatalf("no answer to line %d", i)
		}
	}
	// the store fails: what comes next cannot be made durable
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for i := 3; i <= 5; i++ {
		write(i)
	}
	inW.Close()
	for answers.Scan() {
		t.Errorf("printed with its commit failed: %s", answers.Bytes())
	}
	err := <-done
	if !errors.Is(err, store.ErrClosed) || !strings.Contains(err.Error(), "commit batch ending at line") {
		t.Fatalf("scan on a store that cannot commit: %v", err)
	}
}

func TestCancelledScanStops(t *testing.T) {
	t.Parallel()
	sc, _ := newScanner(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out bytes.Buffer
	_, err := sc.Run(ctx, strings.NewReader(`{"id":"a","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z"}`+"\n"), &out)
	if err == nil {
		t.Fatal("cancelled scan returned no error")
	}
}

// TestYear9999LineIsAnErrorLine: a sender whose messages are dated near the
// year 9999 would be muted until after it, which no store record holds. The
// lines get error lines, the scan goes on, and the rest is committed and
// printed.
func TestYear9999LineIsAnErrorLine(t *testing.T) {
	t.Parallel()
	var lines []string
	lines = append(lines, `{"id":"a","platform":"discord","chat":"c","user":"u1","time":"2026-10-01T12:00:00Z","text":"https://discrod.com/drop"}`)
	for i := 1; i <= 3; i++ {
		lines = append(lines, fmt.Sprintf(`{"id":"far%d","platform":"discord","chat":"c","user":"u2","time":"9999-12-31T23:3%d:00Z","text":"https://discrod.com/drop%d"}`, i, i, i))
	}
	lines = append(lines,
		`{"id":"old","platform":"discord","chat":"c","user":"u3","time":"2026-10-01T12:00:00Z","member_since":"0001-01-02T00:00:00Z","text":"hi"}`,
		`{"id":"id-too-long","platform":"discord","chat":"c","user":"`+strings.Repeat("9", 40000)+`","time":"2026-10-01T12:00:00Z","text":"https://discrod.com/drop"}`,
		`{"id":"b","platform":"discord","chat":"c","user":"u1","time":"2026-10-01T12:01:00Z","text":"https://discrod.com/drop"}`)
	sc, db := newScanner(t)
	var buf bytes.Buffer
	st, err := sc.Run(context.Background(), strings.NewReader(strings.Join(lines, "\n")), &buf)
	if err != nil {
		t.Fatalf("scan stopped: %v", err)
	}
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("output line %q: %v", l, err)
		}
		out = append(out, m)
	}
	if len(out) != 7 || st.Errors != 5 {
		t.Fatalf("%d lines, %d errors: %v", len(out), st.Errors, out)
	}
	wantErr := map[int]string{2: "time 9999-12-31T23:31:00Z is outside the years 1970 to 2199", 3: "outside the years",
		4: "outside the years", 5: "member_since 0001-01-02T00:00:00Z", 6: "user is 40000 bytes long"}
	for line, want := range wantErr {
		if msg, _ := out[line-1]["error"].(string); !strings.Contains(msg, want) {
			t.Errorf("line %d: %v, want an error with %q", line, out[line-1], want)
		}
	}
	if out[6]["id"] != "b" || out[6]["user_state"].(map[string]any)["strikes"] != 2.0 {
		t.Errorf("the line after: %v", out[6])
	}
	if n := db.Pending(); n != 0 {
		t.Errorf("%d writes left buffered", n)
	}
}
