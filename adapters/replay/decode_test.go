package replay

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	json "github.com/goccy/go-json"

	"github.com/immunebot/immune/internal/chatmix"
)

// decodeSeeds are lines of every shape the fast reading takes or gives up
// on: the mix as encoding/json writes it (HTML characters escaped), and
// lines with escapes, surrogate pairs, bytes that are not UTF-8, nulls,
// repeated and unknown fields, names in capitals, numbers of every form.
func decodeSeeds(t testing.TB) []string {
	var buf bytes.Buffer
	enc := stdjson.NewEncoder(&buf)
	for _, m := range chatmix.Messages(300, 11) {
		since := m.MemberSince
		in := Input{ID: m.ID, Platform: m.Platform, Chat: m.Chat, Group: "s" + m.Chat, User: m.User, UserName: m.UserName,
			Time: m.Time, MemberSince: &since, Text: m.Text, Links: m.Links, Attachments: m.Attachments, IsAdmin: len(m.Text)%3 == 0,
			Edited: len(m.Text)%5 == 0, ForwardedFrom: m.UserName[:len(m.UserName)%4]}
		if err := enc.Encode(in); err != nil {
			t.Fatal(err)
		}
	}
	seeds := strings.Split(strings.TrimSpace(buf.String()), "\n")
	seeds = append(seeds,
		`{"id":"m1","platform":"discord","chat":"c1","user":"u1","time":"2026-10-01T12:00:00Z","text":"https://discrod.com/drop"}`,
		`{"id":"a2","platform":"discord","chat":"c","user":"u","time":"2026-10-01T12:01:00Z","member_since":"2026-10-01T11:59:00Z","is_admin":false,"text":"x","links":[{"text":"x","url":"https://github.com"}],"attachments":[{"name":"a.png","mime":"image/png","size":10}],"edited":false,"forwarded_from":"someone"}`,
		`{"id":"m4","platform":"telegram","chat":"g","group":"s","user":"u","time":"2026-10-01T12:00:00+07:00","edited":true,"text":"free nitro hxxps://dlscord[.]com/gift @everyone"}`,
		`{"id":"m5","platform":"telegram","chat":"g","user":"u","time":"2026-10-01T12:00:00.123456789Z","attachments":[{"name":"photo.jpg\u202eexe.scr","mime":"","size":-1}]}`,
		`{"id":"m6","platform":"irc","chat":"g","user":"u","time":"2026-10-01T12:00:00Z"}`,
		`{"id":"e","platform":"tele\u0067ram","text":"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 \u0000 \uFFFD"}`,
		`{"id":"e","text":"lone \ud83d here"}`, `{"id":"e","text":"lone \ude00 here"}`, `{"id":"e","text":"bad \x here"}`,
		"{\"id\":\"e\",\"text\":\"not utf-8 \xff\xfe here\"}", "{\"id\":\"e\",\"text\":\"tab\there\"}",
		`{"id":null}`, `{"member_since":null}`, `{"links":null}`, `{"id":"a","id":"b"}`, `{"ID":"a"}`, `{"Text":"a"}`, `{"extra":1,"id":"a"}`,
		`{"links":[]}`, `{"attachments":[]}`, `{"links":[{}]}`, `{"links":[{"text":"a","text":"b"}]}`, `{"links":[{"url":1}]}`,
		`{"attachments":[{"size":1.5}]}`, `{"attachments":[{"size":1e3}]}`, `{"attachments":[{"size":-0}]}`, `{"attachments":[{"size":007}]}`,
		`{"attachments":[{"size":9223372036854775807}]}`, `{"attachments":[{"size":9223372036854775808}]}`,
		`{"attachments":[{"size":-9223372036854775808}]}`, `{"attachments":[{"size":-9223372036854775809}]}`,
		`{"attachments":[{"size":"1"}]}`, `{"is_admin":1}`, `{"is_admin":"true"}`, `{"is_admin":tru}`, `{"edited":false }`,
		`{"time":"2026-13-01T12:00:00Z"}`, `{"time":"2026-10-01 12:00:00Z"}`, `{"time":"2026-10-01T12:00:00\u005a"}`, `{"time":1}`,
		` { "id" : "a" , "text" : "b" } `, "{\"id\":\"a\"}\t", `{"id":"a",}`, `{"id":"a"`, `{"id":"a"}}`, `{"id":"a"} x`, `[]`, `null`, `{}`,
		`{"id":"a" "b":1}`, "{\"id\":\"a\"}\x00", "{\"id\":\"a\"\x00}", `{"time":"0000-02-29T00:00:00Z"}`, `{"time":"0000-01-01T00:00:00Z"}`, `{"time":"9999-12-31T23:59:59Z"}`, `{"time":"1969-12-31T23:59:59Z"}`, `{"time":"1600-03-01T00:00:00Z"}`, `{"time":"0399-02-28T00:00:00Z"}`, `{"time":"2100-02-29T00:00:00Z"}`, `{"time":"2000-02-29T23:59:59Z"}`, `{"time":"2026-04-31T00:00:00Z"}`, `{"time":"2026-10-01T24:00:00Z"}`, `{"time":"2026-10-01T12:00:60Z"}`, `{"time":"2026-10-01T12:00:00z"}`, `{"time":"+026-10-01T12:00:00Z"}`, `{"id":["a"]}`, `{"text":{"a":1}}`, `{"platform":"Discord"}`, `{"platform":""}`,
	)
	return seeds
}

// FuzzDecodeInput holds the fast reading of a line to the JSON decoder's:
// where it reads a line, the decoder reads it without error into the same
// Input, down to a nil slice or an empty one.
func FuzzDecodeInput(f *testing.F) {
	for _, s := range decodeSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var fast Input
		if !decodeInput([]byte(line), &fast, nil) {
			if !reflect.DeepEqual(fast, Input{}) {
				t.Fatalf("gave up on %q and left %+v", line, fast)
			}
			return
		}
		var want Input
		if err := json.Unmarshal([]byte(line), &want); err != nil {
			t.Fatalf("read %q, which the decoder refuses: %v", line, err)
		}
		if !reflect.DeepEqual(fast, want) {
			t.Fatalf("%q:\nfast    %#v\ndecoder %#v", line, fast, want)
		}
		// read again with member_since's place given, as the scan does
		var at Input
		var since time.Time
		if !decodeInput([]byte(line), &at, &since) || !reflect.DeepEqual(at, fast) || at.MemberSince != nil && at.MemberSince != &since {
			t.Fatalf("%q with member_since's place given:\n%#v\nwithout %#v", line, at, fast)
		}
	})
}

// TestDecodeInputReadsTheMix checks that the fast reading is the one
// taken: it reads every line of the realistic mix, and the lines the
// decoder alone reads are the ones the fast reading is meant to give up on.
func TestDecodeInputReadsTheMix(t *testing.T) {
	seeds := decodeSeeds(t)
	for _, s := range seeds[:300] {
		var in Input
		if !decodeInput([]byte(s), &in, nil) {
			t.Errorf("gave up on a line of the mix: %s", s)
		}
	}
	for _, s := range []string{`{"id":"a","id":"b"}`, `{"ID":"a"}`, `{"extra":1}`, `{"id":null}`, "{\"text\":\"\xff\"}", `{"text":"\ud83d"}`} {
		var in Input
		if decodeInput([]byte(s), &in, nil) {
			t.Errorf("read %s, which it is to leave to the decoder", s)
		}
	}
}

// BenchmarkDecodeInput reads the lines of the mix with the fast reading
// (fast) and with the JSON decoder (decoder), a line an op.
func BenchmarkDecodeInput(b *testing.B) {
	var buf bytes.Buffer
	enc := stdjson.NewEncoder(&buf)
	for _, m := range chatmix.Messages(10000, 7) {
		since := m.MemberSince
		if err := enc.Encode(Input{ID: m.ID, Platform: m.Platform, Chat: m.Chat, User: m.User, UserName: m.UserName,
			Time: m.Time, MemberSince: &since, Text: m.Text, Links: m.Links, Attachments: m.Attachments}); err != nil {
			b.Fatal(err)
		}
	}
	lines := bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n"))
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			var in Input
			if !decodeInput(lines[i%len(lines)], &in, nil) {
				b.Fatal("gave up")
			}
		}
	})
	b.Run("decoder", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			var in Input
			if err := json.Unmarshal(lines[i%len(lines)], &in); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestUTCSecondsAsTimeParse holds the fast reading of a time to
// time.Time's own on a day in every week of the years 0 to 9999, at a
// time of day that moves, and on the days around the end of February
// and of each month, real or not.
func TestUTCSecondsAsTimeParse(t *testing.T) {
	check := func(s string) {
		t.Helper()
		var fast, want time.Time
		ok := utcSeconds([]byte(s), &fast)
		err := want.UnmarshalJSON([]byte(`"` + s + `"`))
		if ok != (err == nil) || ok && !reflect.DeepEqual(fast, want) {
			t.Fatalf("%s: fast %v %#v, time.Time %v %#v", s, ok, fast, err, want)
		}
	}
	at := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; at.Year() < 10000; i++ {
		check(at.Add(time.Duration(i*7919%86400) * time.Second).Format("2006-01-02T15:04:05Z"))
		at = at.AddDate(0, 0, 7)
	}
	for _, y := range []int{0, 1, 4, 100, 399, 400, 1900, 1969, 1970, 2000, 2024, 2025, 2100, 9996, 9999} {
		for m := 1; m <= 12; m++ {
			for d := 27; d <= 32; d++ {
				check(fmt.Sprintf("%04d-%02d-%02dT23:59:59Z", y, m, d))
			}
		}
	}
}
