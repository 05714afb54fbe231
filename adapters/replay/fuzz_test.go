package replay_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/immunebot/immune/adapters/replay"
)

// FuzzScanLine runs immune scan, with the real engine and store, on any
// input: it never stops early, it answers every line that is not blank
// with one output line in order, and each answer is an error line that
// names the line or a decision of the contract's shape.
func FuzzScanLine(f *testing.F) {
	for _, s := range []string{
		`{"id":"m1","platform":"discord","chat":"c1","user":"u1","time":"2026-10-01T12:00:00Z","text":"https://discrod.com/drop"}`,
		`{"id":"a2","platform":"discord","chat":"c","user":"u","time":"2026-10-01T12:01:00Z","member_since":"2026-10-01T11:59:00Z","is_admin":false,"text":"https://discrod.com/drop","links":[{"text":"x","url":"https://github.com"}],"attachments":[{"name":"a.png","mime":"image/png","size":10}],"edited":false,"forwarded_from":"someone"}`,
		`{"id":"m2","platform":"telegram","chat":"g","user":"u","time":"9999-12-31T23:30:00Z","text":"https://discrod.com/drop"}`,
		`{"id":"m3","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z","member_since":"0001-01-01T00:00:00Z","text":"hi"}`,
		`{"id":"m4","platform":"telegram","chat":"g","group":"s","user":"u","time":"2026-10-01T12:00:00+07:00","edited":true,"text":"free nitro hxxps://dlscord[.]com/gift @everyone"}`,
		`{"id":"m5","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00Z","attachments":[{"name":"photo.jpg\u202eexe.scr","mime":"","size":-1}]}`,
		`{"id":"m6","platform":"irc","chat":"g","user":"u","time":"2026-10-01T12:00:00Z"}`,
		`{"id":7}`, `[1,2]`, `not json`, ``, `   `, `{}`, `null`,
		`{"id":"m8","platform":"discord","chat":"c","user":"u","time":"2026-10-01T12:00:00Z","links":[{"text":"","url":" hxxp://x[.]top"}]}` + "\n" + `{"id":"m9"}`,
	} {
		f.Add(s)
	}
	sc, _ := newScanner(f)
	sc.BatchSize = 8
	f.Fuzz(func(t *testing.T, input string) {
		want := 0
		for _, l := range strings.Split(input, "\n") {
			if strings.Trim(strings.TrimSuffix(l, "\r"), " \t") != "" {
				want++
			}
		}
		var out bytes.Buffer
		st, err := sc.Run(context.Background(), strings.NewReader(input), &out)
		if err != nil {
			t.Fatalf("the scan stopped: %v (%+v) on %q", err, st, input)
		}
		got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			got = nil
		}
		if len(got) != want {
			t.Fatalf("%d output lines for %d lines: %q -> %q", len(got), want, input, out.String())
		}
		for _, l := range got {
			var o map[string]json.RawMessage
			if err := json.Unmarshal([]byte(l), &o); err != nil {
				t.Fatalf("output %q is not JSON: %v", l, err)
			}
			if _, isErr := o["error"]; isErr {
				var e replay.ErrorLine
				if err := json.Unmarshal([]byte(l), &e); err != nil || e.Line < 1 || e.Error == "" || len(o) != 2 {
					t.Fatalf("error line %q", l)
				}
				continue
			}
			var d replay.Output
			if err := json.Unmarshal([]byte(l), &d); err != nil || d.Score < 0 || d.Score > 1 || d.Reasons == nil || d.Actions == nil || d.Sweep == nil {
				t.Fatalf("decision %q (%v)", l, err)
			}
		}
	})
}
