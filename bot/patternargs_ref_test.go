package bot

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/model"
	"github.com/immunebot/immune/internal/race"
)

// patternArgsRef and renderPatternRef are patternArgs and the
// phishing_pattern case of detail.render as they were before speed16
// wrote them without the slices and strings made between.
func patternArgsRef(shown string, cs []model.Contribution) []string {
	args := []string{shown}
	for _, c := range cs {
		var words []string
		for _, w := range c.Words {
			if w != "" {
				words = append(words, w)
			}
		}
		args = append(args, strconv.Itoa(int(c.Family))+":"+strings.Join(words, ", "))
	}
	return args
}

func renderPatternRef(t *texts, d detail) string {
	f, ok := t.details[d.key]
	if !ok {
		f = english.details[d.key]
	}
	var parts []string
	for _, a := range d.args[1:] {
		fam, words, _ := strings.Cut(a, ":")
		n, _ := strconv.Atoi(fam)
		s := t.families[n]
		if strings.Contains(s, "%s") {
			if words == "" {
				continue
			}
			s = sprintf(s, words)
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		parts = append(parts, t.families[model.Spelling])
	}
	return sprintf(f, d.args[0], strings.Join(parts, ", "))
}

// TestPatternDetailMatchesReference holds patternArgs and the rendering
// of phishing_pattern in both languages to the reference: 200,000 sets (a quarter under -race)
// of zero to four families (repeated, out of order) whose words are
// empty, long (past the buffer the rendering starts in), or hold
// quotes, percent signs and Vietnamese letters.
func TestPatternDetailMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 3))
	words := []string{"", "", "login", "verify, secure", "%s", "50%", `"q"`, "tài khoản", "xn--80ak6aa92e", strings.Repeat("long-word", 30)}
	shown := []string{"paypal-verify1[.]top", "", "a%sb", "xn--pypal-4ve[.]com/login"}
	for range race.Cases(200000) {
		cs := make([]model.Contribution, r.IntN(5))
		for i := range cs {
			cs[i].Family = model.Family(r.IntN(int(model.NumFamilies)))
			for k := range cs[i].Words {
				cs[i].Words[k] = words[r.IntN(len(words))]
			}
		}
		s := shown[r.IntN(len(shown))]
		args, want := patternArgs(s, cs), patternArgsRef(s, cs)
		if !slices.Equal(args, want) {
			t.Fatalf("patternArgs(%q, %+v) = %q, want %q", s, cs, args, want)
		}
		d := say2("phishing_pattern", args...)
		for _, tx := range []*texts{&english, &vietnamese} {
			if got, want := d.render(tx), renderPatternRef(tx, d); got != want {
				t.Fatalf("render(%q) = %q, want %q", args, got, want)
			}
		}
	}
}
