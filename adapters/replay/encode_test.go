package replay

import (
	"bytes"
	stdjson "encoding/json"
	"math"
	"reflect"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/immunebot/immune/bot"
)

// encoderLine is what the JSON encoder the printer falls back on writes
// for v.
func encoderLine(t *testing.T, v any) ([]byte, error) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// FuzzAppendOutput holds appendOutput and appendErrorLine to the JSON
// encoder: wherever they write a line, it is the encoder's byte for
// byte, and encoding/json reads it back to the same output.
func FuzzAppendOutput(f *testing.F) {
	f.Add("m1", 0, 0.0, "lookalike", "looks like discord.com (dlscord.com)", "delete", "m0", 2, true, 5)
	f.Add("m2", 1, 0.5, "lure", "lure words: \"free\", nitro", "warn", "", 0, false, 0)
	f.Add("m3", 2, 1.0, "x", "tiếng Việt ưu đãi 😅", "notify_admins", "a\\b", 20, true, 1)
	f.Add("m4", 0, 0.123, "c", "tab\there\nnew <b>&amp;</b> \u2028 \u2029 \x7f", "restrict", "\xff\xfe", -1, false, 3)
	f.Add("", 3, math.Copysign(0, -1), "", "", "", "", 0, false, 0)
	f.Add("m5", 1, 1e-7, "c", "d", "warn", "s", 1, true, 2)
	f.Add("m6", 1, 1e21, "c", "d", "warn", "s", 1, true, 2)
	f.Add("m7", 1, math.NaN(), "c", "d", "warn", "s", 1, true, 2)
	f.Add("m8", 1, 0.999, "c", "\u0000\u001f", "warn", "s", 1, true, 2)
	f.Fuzz(func(t *testing.T, id string, level int, score float64, code, detail, action, sweep string, strikes int, compromised bool, shape int) {
		o := Output{ID: id, Verdict: bot.Level(level), Score: score, UserState: bot.UserState{Strikes: strikes, Compromised: compromised}}
		if shape&1 == 0 {
			o.Reasons = []Reason{}
			for range shape % 3 {
				o.Reasons = append(o.Reasons, Reason{Code: bot.Code(code), Detail: detail})
			}
		}
		if shape&2 == 0 {
			o.Actions = []bot.Action{}
			for range shape % 4 {
				o.Actions = append(o.Actions, bot.Action(action))
			}
		}
		if shape&4 == 0 {
			o.Sweep = []string{}
			for range shape % 5 {
				o.Sweep = append(o.Sweep, sweep)
			}
		}
		check := func(got []byte, ok bool, v, back any) {
			t.Helper()
			want, err := encoderLine(t, v)
			if !ok {
				if len(got) != 0 {
					t.Fatalf("gave up on %+v and wrote %q", v, got)
				}
				return
			}
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("%+v:\nwrote   %q\nencoder %q (%v)", v, got, want, err)
			}
			if err := stdjson.Unmarshal(got, back); err != nil {
				t.Fatalf("encoding/json cannot read %q: %v", got, err)
			}
		}
		got, ok := appendOutput(nil, &o)
		var back Output
		check(got, ok, &o, &back)
		if ok {
			if back.ID != o.ID || back.Verdict != o.Verdict || back.Score != o.Score || !reflect.DeepEqual(back.Reasons, o.Reasons) ||
				!reflect.DeepEqual(back.Actions, o.Actions) || !reflect.DeepEqual(back.Sweep, o.Sweep) || back.UserState != o.UserState {
				t.Fatalf("encoding/json reads %q as %+v, not %+v", got, back, o)
			}
		}
		e := ErrorLine{Line: strikes, Error: detail}
		got, ok = appendErrorLine([]byte("before"), &e)
		if ok {
			got = got[len("before"):]
		} else if string(got) != "before" {
			t.Fatalf("gave up on %+v and wrote %q", e, got)
		} else {
			got = nil
		}
		var backE ErrorLine
		check(got, ok, &e, &backE)
		if ok && backE != e {
			t.Fatalf("encoding/json reads %q as %+v, not %+v", got, backE, e)
		}
	})
}

// TestAppendOutputWritesTheMix checks that appendOutput is the one taken
// for the outputs of a scan (plain ids, codes and details), and gives up
// where it is meant to.
func TestAppendOutputWritesTheMix(t *testing.T) {
	for _, o := range []Output{
		{ID: "m1", Verdict: bot.Delete, Score: 0.962, Reasons: []Reason{{Code: bot.CodeLookalike, Detail: "looks like discord.com"}},
			Actions: []bot.Action{bot.ActDelete, bot.ActRestrict}, Sweep: []string{"m0"}, UserState: bot.UserState{Strikes: 3, Compromised: true}},
		{ID: "m2", Reasons: []Reason{}, Actions: []bot.Action{}, Sweep: []string{}},
		{ID: "m3", Reasons: []Reason{{Code: "lure", Detail: "lure words: ưu đãi, nhận ngay"}}, Actions: []bot.Action{}, Sweep: []string{}},
	} {
		if _, ok := appendOutput(nil, &o); !ok {
			t.Errorf("gave up on %+v", o)
		}
	}
	for _, o := range []Output{{ID: `a"b`}, {ID: "a\\b"}, {ID: "a\nb"}, {ID: "\xff"}, {ID: "\u2028"}, {Score: math.NaN()}, {Score: 1e-9}, {Verdict: 7}} {
		if _, ok := appendOutput(nil, &o); ok {
			t.Errorf("wrote %+v, which it is to leave to the encoder", o)
		}
	}
}
