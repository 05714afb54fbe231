package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
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
