package chatmix

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/immunebot/immune/bot"
)

// Mix describes a stream of messages. The zero fields take the defaults of
// Default.
type Mix struct {
	Chats    int           // groups (or channels) the stream is spread over
	Accounts int           // members who post, some far more than others
	Gap      time.Duration // time between two messages of the stream
	// Links and Threats are the shares of messages with benign links and
	// of threats; the rest is plain chat, about half of it with dots in it
	// ("3.50", "v1.4.2", "notes.md", "ok. see you").
	Links, Threats float64
	Platform       bot.Platform
	Start          time.Time // the first message's time
}

// Default is the stream of a busy deployment: 5,000 chats, 500,000
// accounts posting as often as people do (a few a lot, most rarely), a
// message every 5 seconds, 22 % with benign links (popular sites and a long
// tail of small ones), 3 % threats (spammers, and hijacked accounts
// spraying one lure into several chats).
var Default = Mix{
	Chats:    5000,
	Accounts: 500000,
	Gap:      5 * time.Second,
	Links:    0.22,
	Threats:  0.03,
	Platform: bot.Telegram,
	Start:    time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC),
}

// Messages returns n messages of the Default mix for a seed.
func Messages(n int, seed uint64) []bot.Message { return Default.Messages(n, seed) }

func (x Mix) withDefaults() Mix {
	d := Default
	if x.Chats <= 0 {
		x.Chats = d.Chats
	}
	if x.Accounts <= 0 {
		x.Accounts = d.Accounts
	}
	if x.Gap <= 0 {
		x.Gap = d.Gap
	}
	if x.Links <= 0 {
		x.Links = d.Links
	}
	if x.Threats <= 0 {
		x.Threats = d.Threats
	}
	if x.Platform == "" {
		x.Platform = d.Platform
	}
	if x.Start.IsZero() {
		x.Start = d.Start
	}
	return x
}

// gen holds what a stream draws from.
type gen struct {
	Mix
	r       *rand.Rand
	words   *rand.Zipf // rank in vocab
	hosts   *rand.Zipf // rank in tail
	chats   *rand.Zipf
	users   *rand.Zipf
	perm    uint64 // spreads the Zipf ranks of users over the id space
	spray   []bot.Message
	sprayAt int
}

// Messages returns n messages of the mix, deterministic for a seed.
func (x Mix) Messages(n int, seed uint64) []bot.Message {
	s := x.Stream(seed)
	out := make([]bot.Message, n)
	for i := range out {
		out[i] = s.Next()
	}
	return out
}

// A Stream makes the messages of a mix one at a time, as they would
// arrive: the same messages, in the same order, as Messages makes for its
// seed.
type Stream struct {
	g *gen
	i int
}

// Stream returns the mix's stream for a seed.
func (x Mix) Stream(seed uint64) *Stream {
	x = x.withDefaults()
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return &Stream{g: &gen{
		Mix:   x,
		r:     r,
		words: rand.NewZipf(r, 1.07, 2, uint64(len(vocab)-1)),
		hosts: rand.NewZipf(r, 1.1, 4, uint64(len(tailHosts)-1)),
		chats: rand.NewZipf(r, 1.2, 8, uint64(x.Chats-1)),
		users: rand.NewZipf(r, 1.1, 16, uint64(x.Accounts-1)),
		perm:  seed*2 + 0x5851f42d4c957f2d | 1,
	}}
}

// Next returns the stream's next message.
func (s *Stream) Next() bot.Message {
	g, i := s.g, s.i
	s.i++
	x := g.Mix
	m := g.next()
	m.ID = "m" + strconv.Itoa(i)
	m.Platform = x.Platform
	if m.Chat == "" {
		m.Chat = g.chat()
	}
	if m.User == "" {
		u := g.user()
		m.User = "u" + strconv.FormatUint(u, 10)
		m.MemberSince = x.Start.Add(-time.Duration(u%700+1) * 24 * time.Hour)
	}
	m.UserName = "member " + m.User
	m.Time = x.Start.Add(time.Duration(i) * x.Gap)
	if strings.HasPrefix(m.User, "spam") {
		m.MemberSince = m.Time.Add(-time.Duration(1+g.r.IntN(600)) * time.Second)
	}
	return m
}

func (g *gen) chat() string { return "c" + strconv.FormatUint(g.chats.Uint64(), 10) }

func (g *gen) user() uint64 {
	return (g.users.Uint64()*g.perm + 12345) % uint64(g.Accounts)
}

func (g *gen) next() bot.Message {
	if g.sprayAt < len(g.spray) {
		m := g.spray[g.sprayAt]
		g.sprayAt++
		return m
	}
	p := g.r.Float64()
	switch {
	case p < g.Threats:
		return g.threat()
	case p < g.Threats+g.Links:
		return bot.Message{Text: g.linkMessage()}
	}
	return bot.Message{Text: g.plain()}
}

// plain is link-free chat: words of a long-tail vocabulary, and in about
// half of the messages something with a dot that is no link.
func (g *gen) plain() string {
	var b strings.Builder
	n := 1 + g.r.IntN(6)
	if g.r.IntN(4) == 0 {
		n += g.r.IntN(18)
	}
	dot := g.r.IntN(2) == 0
	at := g.r.IntN(n + 1)
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		if dot && i == at {
			b.WriteString(dotted[g.r.IntN(len(dotted))])
			b.WriteByte(' ')
		}
		b.WriteString(vocab[g.words.Uint64()])
	}
	if dot && at == n {
		b.WriteString(". " + vocab[g.words.Uint64()])
	}
	if g.r.IntN(5) == 0 {
		b.WriteString(" " + emoji[g.r.IntN(len(emoji))])
	}
	return b.String()
}

// linkMessage is a message with a benign link: a popular site, or one of a
// long tail of small ones.
func (g *gen) linkMessage() string {
	var link string
	if g.r.IntN(10) < 6 {
		link = "https://" + popular[g.r.IntN(len(popular))]
	} else {
		link = "https://" + tailHosts[g.hosts.Uint64()]
		switch g.r.IntN(3) {
		case 0:
			link += "/" + vocab[g.words.Uint64()]
		case 1:
			link += "/p/" + strconv.Itoa(g.r.IntN(100000))
		}
	}
	words := vocab[g.words.Uint64()] + " " + vocab[g.words.Uint64()]
	switch g.r.IntN(4) {
	case 0:
		return link
	case 1:
		return words + " " + link
	case 2:
		return link + " " + words
	}
	return words + ": " + link + " " + emoji[g.r.IntN(len(emoji))]
}

// threat is one of the known lures or a generated phishing link, from a
// spammer; one in four starts a hijacked account spraying the same lure
// into several chats a minute apart.
func (g *gen) threat() bot.Message {
	var m bot.Message
	if g.r.IntN(3) == 0 {
		m = threats[g.r.IntN(len(threats))]
	} else {
		b := brands[g.r.IntN(len(brands))]
		host := fmt.Sprintf(phishHosts[g.r.IntN(len(phishHosts))], b, g.r.IntN(1000))
		m.Text = fmt.Sprintf(lures[g.r.IntN(len(lures))], "https://"+host+"/"+vocab[g.words.Uint64()])
	}
	if g.r.IntN(4) == 0 {
		u := g.user()
		g.spray, g.sprayAt = g.spray[:0], 0
		for range 2 + g.r.IntN(4) {
			s := m
			s.Chat = g.chat()
			s.User = "u" + strconv.FormatUint(u, 10)
			s.MemberSince = g.Start.Add(-400 * 24 * time.Hour)
			g.spray = append(g.spray, s)
		}
		g.sprayAt = 1
		return g.spray[0]
	}
	m.User = "spam" + strconv.Itoa(g.r.IntN(2000))
	return m
}
