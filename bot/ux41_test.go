package bot_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/expand"
	"github.com/immunebot/immune/expand/expandtest"
)

// listed returns the values of a chat scope's entries of one kind in h's
// real store, sorted.
func (h *harness) listed(scope string, kind bot.ListKind) []string {
	h.t.Helper()
	all, err := h.db.ListEntries(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	var out []string
	for _, e := range all {
		if e.Scope == scope && e.Kind == kind {
			out = append(out, e.Value)
		}
	}
	slices.Sort(out)
	return out
}

// TestBlockWWWBlocksTheSite (ux41): an admin who blocks www.NAME means the
// site: the entry is NAME (www. read away, as the classifier reads a
// link's www.), so links to NAME, login.NAME and www.NAME are all
// blocked, and the answer says what was blocked and that www. was read
// away, in English and Vietnamese. A URL's www. is read away alike. On a
// platform's ending www. is a tenant's name (www.github.io), and on a
// hosting platform not in the public suffix list (weebly.com) the name
// behind it is every tenant's: both are kept as written. Before, the
// entry was www.NAME, and NAME and login.NAME were not blocked.
func TestBlockWWWBlocksTheSite(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	r := h.command("g", "boss", true, "block", "www.evil-giveaway.top", nil)
	for _, w := range []string{"evil-giveaway[.]top is blocked in this chat", "www. read away", "www[.]evil-giveaway[.]top"} {
		if !strings.Contains(r.Text, w) {
			t.Errorf("block www.evil-giveaway.top answered %q, want %q in it", r.Text, w)
		}
	}
	if strings.Contains(r.Text, "www[.]evil-giveaway[.]top is blocked") {
		t.Errorf("block www.evil-giveaway.top answered %q: the www. name blocked", r.Text)
	}
	for _, link := range []string{"https://evil-giveaway.top/claim", "https://login.evil-giveaway.top/", "https://www.evil-giveaway.top/x"} {
		if d := h.send(msg{chat: "g", user: "u1", text: "look " + link}); !d.Verdict.Has(bot.CodeBlocklisted) {
			t.Errorf("%s after block www.evil-giveaway.top: %v %v, want it blocklisted", link, d.Verdict.Level, codes(d.Verdict))
		}
	}
	scope := bot.ChatKey{Platform: bot.Telegram, Chat: "g"}.String()
	h.command("g", "boss", true, "block", "https://WWW.promo-gift.top/Claim", nil)
	h.command("g", "boss", true, "block", "www.github.io", nil)
	h.command("g", "boss", true, "block", "www.weebly.com", nil)
	h.command("g", "boss", true, "block", "www.scam-shop.vercel.app", nil)
	h.command("g", "boss", true, "block", "www.com-paypal.com", nil) // www.com-NAME: read as written (brand22)
	want := []string{"evil-giveaway.top", "promo-gift.top/Claim", "scam-shop.vercel.app", "www.com-paypal.com", "www.github.io", "www.weebly.com"}
	if got := h.listed(scope, bot.BlockList); !slices.Equal(got, want) {
		t.Errorf("block list %q, want %q", got, want)
	}
	if d := h.send(msg{chat: "g", user: "u2", text: "my shop https://alice-crafts.weebly.com/"}); d.Verdict.Has(bot.CodeBlocklisted) {
		t.Errorf("a weebly.com tenant blocklisted after block www.weebly.com: %v", codes(d.Verdict))
	}

	// allow alike, in Vietnamese
	h.command("v", "boss", true, "lang", "vi", nil)
	r = h.command("v", "boss", true, "allow", "www.example-bakery.vn", nil)
	if !strings.Contains(r.Text, "Đã cho phép example-bakery[.]vn") || !strings.Contains(r.Text, "bỏ www.") {
		t.Errorf("allow www.example-bakery.vn in Vietnamese answered %q", r.Text)
	}
	vscope := bot.ChatKey{Platform: bot.Telegram, Chat: "v"}.String()
	if got := h.listed(vscope, bot.AllowList); !slices.Equal(got, []string{"example-bakery.vn"}) {
		t.Errorf("allow list %q, want the site alone", got)
	}
	r = h.command("v", "boss", true, "unallow", "www.example-bakery.vn", nil)
	if !strings.Contains(r.Text, "Đã bỏ example-bakery[.]vn khỏi danh sách cho phép") {
		t.Errorf("unallow www.example-bakery.vn answered %q", r.Text)
	}
	if got := h.listed(vscope, bot.AllowList); len(got) != 0 {
		t.Errorf("allow list after unallow www.: %q, want none", got)
	}

	// unblock www.NAME takes the site's entry off, and an entry written
	// with www. before (kept as written then) as well
	r = h.command("g", "boss", true, "unblock", "www.evil-giveaway.top", nil)
	if !strings.Contains(r.Text, "evil-giveaway[.]top is no longer on the block list") {
		t.Errorf("unblock www.evil-giveaway.top answered %q", r.Text)
	}
	old := bot.ListEntry{Scope: scope, Kind: bot.BlockList, Value: "www.old-scam.top", AddedBy: "telegram:boss", AddedAt: t0}
	if err := h.db.PutListEntry(context.Background(), old); err != nil {
		t.Fatal(err)
	}
	if err := h.db.Commit(context.Background()); err != nil {
		t.Fatal(err)
	}
	h.restart()
	r = h.command("g", "boss", true, "unblock", "www.old-scam.top", nil)
	if !strings.Contains(r.Text, "www[.]old-scam[.]top is no longer on the block list") {
		t.Errorf("unblock of an entry written with www. answered %q", r.Text)
	}
	want = []string{"promo-gift.top/Claim", "scam-shop.vercel.app", "www.com-paypal.com", "www.github.io", "www.weebly.com"}
	if got := h.listed(scope, bot.BlockList); !slices.Equal(got, want) {
		t.Errorf("block list after the unblocks %q, want %q", got, want)
	}
}

// TestOperatorShortenersAnyCase (ux41): an operator's own shorteners
// (ExpandConfig.Shorteners, [expand] shorteners) are matched however the
// config writes them (capitals, a scheme, *. in front, a trailing slash),
// and read as the built-in ones are: a code in capitals is the short
// link's own, so its spray key (the sighting's fingerprint in the real
// store) keeps it, as bit.ly/PROMO's does, and Not a threat under the
// case would allow the one short link, not the whole shortener. Before,
// "https://AcmeLinks.com/" was never matched, and an operator's
// shortener had its code read in lower case (u:acmelinks.com/promo, one
// key with another link) and its whole domain offered to Not a threat.
func TestOperatorShortenersAnyCase(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"AcmeLinks.COM", "https://AcmeLinks.com/", "*.ACMELINKS.com"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			withScamShortener(t, h, name, "acmelinks.com", "bit.ly")
			checkShortenerSpray(t, h, []string{"HTTPS://ACMELINKS.COM/PROMO", "HTTPS://BIT.LY/PROMO"}, []string{"u:acmelinks.com/PROMO", "u:bit.ly/PROMO"})
		})
	}
}

// withScamShortener gives the harness an expander, inline, that knows
// the operator's shortener as the config writes it, and a fake network on
// which each of hosts redirects every short link to a fake Discord gift
// page.
func withScamShortener(t *testing.T, h *harness, shortener string, hosts ...string) {
	t.Helper()
	n := expandtest.New(t)
	scam := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://dlscord-gift.com/login", http.StatusFound)
	})
	for _, host := range hosts {
		n.Serve(host, scam)
	}
	n.Serve("dlscord-gift.com", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	h.engine.SetExpander(bot.ExpandConfig{Expander: expand.New(n.Options()), Inline: true, Shorteners: []string{shortener}})
}

// checkShortenerSpray sends each text (a short link through the
// operator's shortener acmelinks.com or a built-in one, leading to a
// scam) from one member and checks that each is deleted for the scam it
// leads to, that no case offers the whole acmelinks.com to Not a threat
// and that the member's sightings in the real store hold every wanted
// spray key, the code as written.
func checkShortenerSpray(t *testing.T, h *harness, texts, wantKeys []string) {
	t.Helper()
	for i, text := range texts {
		d := h.send(msg{at: time.Duration(i) * time.Minute, chat: "c", user: "u", text: text})
		if !d.Verdict.Has(bot.CodeRedirect) || d.Verdict.Level != bot.Delete {
			t.Errorf("%s: %v %v, want the scam it leads to deleted", text, d.Verdict.Level, codes(d.Verdict))
		}
		c, err := h.engine.Case(context.Background(), d.Case)
		if err != nil {
			t.Fatalf("%s: case %q: %v", text, d.Case, err)
		}
		if slices.Contains(c.Domains, "acmelinks.com") {
			t.Errorf("%s: the case offers %q to Not a threat, want the one short link, not the shortener", text, c.Domains)
		}
	}
	ss, err := h.db.RecentSightings(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "u"}, t0.Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	var fps []string
	for _, s := range ss {
		fps = append(fps, s.Fingerprints...)
	}
	for _, want := range wantKeys {
		if !slices.Contains(fps, want) {
			t.Errorf("spray keys %q, want %q among them", fps, want)
		}
	}
}
