package bot_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
)

// TestVerdictDump writes everything the classifier concludes about a large,
// varied corpus to the file named by IMMUNE_VERDICT_DUMP, one line a
// message: the level, the exact score, every reason (code, weight, subject,
// what it imitates, its English and Vietnamese details and its
// explanation), the links found with every field, the suspect ones, the
// text key and the combiner's inputs. A change that must not change
// verdicts (a speed-up) is checked by dumping before and after and
// comparing the files byte for byte:
//
//	IMMUNE_VERDICT_DUMP=/tmp/before.txt go test -run VerdictDump -count 1 ./bot/
//	(change)
//	IMMUNE_VERDICT_DUMP=/tmp/after.txt go test -run VerdictDump -count 1 ./bot/
//	cmp /tmp/before.txt /tmp/after.txt
//
// The corpus is 200,000 messages of the realistic chat mix and, read where
// they stand (never copied into the project), the evaluation set, the
// real-world and training lists of ../shared posted as bare links, some of
// them written disguised, carried behind other text or beside lure words,
// and the SMS collection's texts (IMMUNE_SHARED names where ../shared is
// for a copy of the project elsewhere). Without IMMUNE_VERDICT_DUMP it is
// skipped.
func TestVerdictDump(t *testing.T) {
	out := os.Getenv("IMMUNE_VERDICT_DUMP")
	if out == "" {
		t.Skip("IMMUNE_VERDICT_DUMP not set")
	}
	shared := os.Getenv("IMMUNE_SHARED") // where ../shared is, for a copy of the project elsewhere
	if shared == "" {
		shared = "../../shared"
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	c := bot.NewClassifier(bot.ClassifierConfig{})
	n := 0
	judge := func(m *bot.Message, h bot.Hints) {
		j := c.Classify(m, h)
		writeJudgement(w, n, &j)
		n++
	}
	for seed := uint64(1); seed <= 4; seed++ {
		for _, m := range chatmix.Messages(50000, seed) {
			judge(&m, bot.Hints{EditAddedLink: seed == 4 && n%7 == 0})
		}
	}
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	// the evaluation set's messages, as immune scan reads them
	if data, err := os.ReadFile(shared + "/eval/dev.jsonl"); err != nil {
		t.Fatal(err)
	} else {
		for _, line := range strings.Split(string(data), "\n") {
			var m struct {
				bot.Message
				Text        string           `json:"text"`
				Time        time.Time        `json:"time"`
				MemberSince time.Time        `json:"member_since"`
				Links       []bot.LinkRef    `json:"links"`
				Attachments []bot.Attachment `json:"attachments"`
			}
			if json.Unmarshal([]byte(line), &m) != nil {
				continue
			}
			msg := bot.Message{Platform: bot.Discord, Chat: "c", User: "u", Text: m.Text, Time: m.Time, MemberSince: m.MemberSince, Links: m.Links, Attachments: m.Attachments}
			judge(&msg, bot.Hints{})
		}
	}
	lures := []string{
		"Free nitro for everyone, claim it here before it ends: %s",
		"@everyone airdrop is live, connect your wallet %s",
		"Tài khoản của bạn bị khóa, xác minh ngay tại %s để tránh bị đình chỉ",
		"look at this %s lol",
	}
	hosts := func(path string, gz bool) {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err) // a dump without it would compare equal to another without it
		}
		defer f.Close()
		var r io.Reader = f
		if gz {
			z, err := gzip.NewReader(f)
			if err != nil {
				t.Fatal(err)
			}
			r = z
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		i := 0
		for sc.Scan() {
			s := strings.TrimSpace(sc.Text())
			if s == "" || s[0] == '#' {
				continue
			}
			i++
			url := s
			if !strings.Contains(s, "://") {
				url = "https://" + s + "/"
			}
			m := bot.Message{Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: url}
			judge(&m, bot.Hints{})
			switch i % 11 {
			case 3: // beside lure words, from a newcomer
				m.Text = fmt.Sprintf(lures[i%len(lures)], url)
				m.MemberSince = t0.Add(-time.Duration(i%3000) * time.Second)
				judge(&m, bot.Hints{})
			case 5: // written disguised
				m.Text = "go to " + strings.ReplaceAll(strings.Replace(url, "https", "hxxps", 1), ".", "[.]")
				judge(&m, bot.Hints{})
			case 7: // carried behind other text
				m.Text = "see the link"
				m.Links = []bot.LinkRef{{Text: []string{"discord.com/gift", "click here", "https://www.paypal.com/"}[i%3], URL: url}}
				judge(&m, bot.Hints{})
			case 9: // with a file
				m.Text = "here " + url
				m.Attachments = []bot.Attachment{{Name: []string{"photo.jpg", "setup.exe", "invoice.pdf.scr", "notes.zip"}[i%4], MIME: "application/octet-stream", Size: 1000}}
				judge(&m, bot.Hints{})
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{"discord-phishing-domains.txt", "top-hosts-10k.txt"} {
		hosts(shared+"/eval/realworld/"+p, false)
	}
	for _, p := range []string{"abused-benign-domains", "benign-domains", "phish-domains-2024-03", "phish-domains-vn-2024-03", "phish-shared-hosts-2024-03", "phish-urls-2024-03"} {
		hosts(shared+"/train/"+p+".txt.gz", true)
	}
	if data, err := os.ReadFile(shared + "/eval/realworld/sms-spam-collection.tsv"); err != nil {
		t.Fatal(err)
	} else {
		for _, line := range strings.Split(string(data), "\n") {
			_, text, ok := strings.Cut(line, "\t")
			if !ok {
				continue
			}
			m := bot.Message{Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: text}
			judge(&m, bot.Hints{})
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d messages judged into %s", n, out)
}

func writeJudgement(w *bufio.Writer, n int, j *bot.Judgement) {
	g := func(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
	v := &j.Verdict
	fmt.Fprintf(w, "%d %s %s risky=%t suspect=%v key=%q", n, v.Level, g(v.Score), j.Risky, j.Suspect, j.TextKey)
	link, weighed, ms := j.CombinerInputs()
	fmt.Fprintf(w, " comb=%s,%t,%v", g(link), weighed, ms)
	for i := range v.Reasons {
		r := &v.Reasons[i]
		key, args := r.Explanation()
		fmt.Fprintf(w, "\n\tR %s %s %q %q %q %q %q %q %q %q %q", r.Code, g(r.Weight), r.Subject, r.Imitates, r.Source, r.File, r.Decoy, r.Detail, r.DetailIn("vi"), key, args)
	}
	for i := range j.Links {
		l := &j.Links[i]
		s, e := l.Span()
		fmt.Fprintf(w, "\n\tL %q %q %q %q %q %q %q %q %q %q %s %t %t %t %t %t %q %d %d",
			l.Raw, l.Scheme, l.UserInfo, l.Host, l.Unicode, l.Port, l.Path, l.Query, l.Domain, l.Suffix, l.IP, l.ICANN,
			l.Bare, l.Disguised, l.Hidden, l.Carried, l.Visible, s, e)
	}
	w.WriteByte('\n')
}
