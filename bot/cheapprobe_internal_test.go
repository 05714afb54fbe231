package bot

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/internal/trainlist"
)

// TestCheapEndingProbe writes the trade table of a change to how names on
// cheap endings are read (cheap40, name41): each probe line's set, its
// link, the level (0 allow, 1 warn, 2 delete) and the score, one line
// each, to the file IMMUNE_CHEAP_PROBE names; with IMMUNE_CHEAP_BASE
// naming an earlier such file it logs, set by set, the lines flagged
// before and now, and how many lost their flag and how many lost a
// level. Skipped without IMMUNE_CHEAP_PROBE.
//
// The probes, read where they stand (never copied into the project;
// IMMUNE_SHARED names where ../shared is): the training lists' phishing
// domains on cheap endings (a suffix of abusedTLDs) posted bare as
// https://NAME/ and in "see NAME for details"; the phishing URLs on
// them, bare and so framed; the real-world Discord list and top-10k
// hosts as written; the popular benign domains on cheap endings as
// https://NAME/. From the project's own cmd/train/benign-hosts.txt (real
// small sites' names): those on cheap endings in five frames, and every
// registrable label moved onto .xyz, .site, .online and .com, bare and
// in a short remark. Every message is a Telegram member's of a year's
// standing. The phishing domains' lines name their split (fnv-32a of the
// domain mod 10 ≤ 1: the trainer's validation and test parts, which the
// link model never learned from) as "pd-bare-oos".
//
//	IMMUNE_CHEAP_PROBE=/tmp/base.tsv go test -run CheapEndingProbe -count 1 ./bot/
//	(change)
//	IMMUNE_CHEAP_PROBE=/tmp/new.tsv IMMUNE_CHEAP_BASE=/tmp/base.tsv go test -run CheapEndingProbe -count 1 -v ./bot/
func TestCheapEndingProbe(t *testing.T) {
	out := os.Getenv("IMMUNE_CHEAP_PROBE")
	if out == "" {
		t.Skip("IMMUNE_CHEAP_PROBE not set")
	}
	shared := os.Getenv("IMMUNE_SHARED")
	if shared == "" {
		shared = "../../shared"
	}
	cheap := func(s string) bool {
		if !strings.Contains(s, "://") {
			s = "https://" + s
		}
		l, ok := linkx.Parse(s)
		return ok && l.Domain != "" && abusedTLDs[l.Suffix] > 0
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	c := NewClassifier(ClassifierConfig{})
	at := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	judge := func(set, key, text string) {
		m := Message{ID: "x", Platform: Telegram, Chat: "c", User: "u", Time: at, Text: text, MemberSince: at.AddDate(-1, 0, 0)}
		v := c.Classify(&m, Hints{}).Verdict
		fmt.Fprintf(w, "%s\t%s\t%d\t%.3f\n", set, key, v.Level, v.Score)
	}
	for _, d := range probeLines(t, shared+"/train/phish-domains-2024-03.txt.gz") {
		if !cheap(d) {
			continue
		}
		bare, see := "pd-bare", "pd-see"
		if fnv32(d)%10 <= 1 {
			bare, see = "pd-bare-oos", "pd-see-oos"
		}
		judge(bare, d, "https://"+d+"/")
		judge(see, d, "see "+d+" for details")
	}
	for _, u := range probeLines(t, shared+"/train/phish-urls-2024-03.txt.gz") {
		if cheap(u) {
			judge("pu-bare", u, u)
			judge("pu-see", u, "see "+u+" for details")
		}
	}
	for _, d := range probeLines(t, shared+"/eval/realworld/discord-phishing-domains.txt") {
		judge("discord", d, d)
	}
	for _, d := range probeLines(t, shared+"/eval/realworld/top-hosts-10k.txt") {
		judge("top10k", d, d)
	}
	for _, d := range probeLines(t, shared+"/train/benign-domains.txt.gz") {
		if cheap(d) {
			judge("benign-cheap", d, "https://"+d+"/")
		}
	}
	seen := map[string]bool{}
	for _, h := range probeLines(t, "../cmd/train/benign-hosts.txt") {
		l, ok := linkx.Parse("https://" + h + "/")
		if !ok || l.Domain == "" {
			continue
		}
		if abusedTLDs[l.Suffix] > 0 {
			for i, frame := range []string{"https://%s/", "%s", "check out https://%s/", "http://%s/blog", "my notes: https://%s/about"} {
				judge("small-cheap"+strconv.Itoa(i), h, fmt.Sprintf(frame, h))
			}
		}
		label := strings.TrimSuffix(l.Domain, "."+l.Suffix)
		if !l.ICANN || seen[label] {
			continue
		}
		seen[label] = true
		for _, e := range []string{"xyz", "site", "online", "com"} {
			judge("moved-"+e, label, "https://"+label+"."+e+"/")
			judge("moved-remark-"+e, label, "my side project lives at "+label+"."+e)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if base := os.Getenv("IMMUNE_CHEAP_BASE"); base != "" {
		logProbeTrade(t, base, out)
	}
}

// probeLines returns the items of a list (a gzipped training list read
// by trainlist.Read, or a plain one), without blank lines and # comments.
func probeLines(t *testing.T, path string) []string {
	t.Helper()
	var out []string
	if strings.HasSuffix(path, ".gz") {
		if err := trainlist.Read(path, func(item string, _ int) { out = append(out, item) }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(b)) {
		if s := strings.TrimSpace(line); s != "" && s[0] != '#' {
			out = append(out, s)
		}
	}
	return out
}

// fnv32 is FNV-1a of s, as the trainer splits domains (cmd/train splitOf).
func fnv32(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// logProbeTrade logs, set by set in the order base has them, the lines
// flagged in base and in now, and of base's flagged lines how many now
// pass (lost flag), and how many read a level lower (lost a level).
func logProbeTrade(t *testing.T, base, now string) {
	t.Helper()
	type row struct{ lines, before, after, lostFlag, lostLevel int }
	levels := func(path string) (map[string]byte, []string) {
		m := map[string]byte{}
		var sets []string
		named := map[string]bool{}
		for _, line := range probeLines(t, path) {
			p := strings.Split(line, "\t")
			if len(p) != 4 {
				continue
			}
			if !named[p[0]] {
				named[p[0]] = true
				sets = append(sets, p[0])
			}
			m[p[0]+"\t"+p[1]] = p[2][0] - '0'
		}
		return m, sets
	}
	before, sets := levels(base)
	after, _ := levels(now)
	rows := map[string]*row{}
	for k, b := range before {
		set, _, _ := strings.Cut(k, "\t")
		r := rows[set]
		if r == nil {
			r = &row{}
			rows[set] = r
		}
		a := after[k]
		r.lines++
		if b > 0 {
			r.before++
		}
		if a > 0 {
			r.after++
		}
		if b > 0 && a == 0 {
			r.lostFlag++
		}
		if a < b {
			r.lostLevel++
		}
	}
	for _, s := range sets {
		if r := rows[s]; r != nil {
			t.Logf("%-16s %6d lines: flagged %6d -> %6d (lost flag %d, lost a level %d)", s, r.lines, r.before, r.after, r.lostFlag, r.lostLevel)
		}
	}
}
