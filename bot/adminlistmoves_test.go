package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAllowThenBlockMovesTheEntry: an admin who blocks a domain the chat
// allows (or allows one it blocks) means the newer: the entry moves to the
// other list and the answer says so, in English and Vietnamese, on
// Telegram and Discord. Before, the domain stood on both lists and the
// allow entry, which wins at the same level, kept deciding, while the
// answer to block said links to it would be deleted.
func TestAllowThenBlockMovesTheEntry(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	for _, tc := range []struct {
		platform   bot.Platform
		chat, lang string
		moved      []string // the answers to block, then allow again
	}{
		{bot.Telegram, "g-en", "", []string{"example[.]org[.]vn was on this chat's allow list; it is on the block list instead now: I'll delete links to it.",
			"example[.]org[.]vn was on this chat's block list; it is on the allow list instead now: I won't flag it."}},
		{bot.Telegram, "g-vi", "vi", []string{"example[.]org[.]vn đã được chuyển từ danh sách cho phép sang danh sách chặn của nhóm",
			"example[.]org[.]vn đã được chuyển từ danh sách chặn sang danh sách cho phép của nhóm"}},
		{bot.Discord, "c-en", "", []string{"example[.]org[.]vn was on this server's allow list; it is on the block list instead now: I'll delete links to it in every channel.",
			"example[.]org[.]vn was on this server's block list; it is on the allow list instead now"}},
	} {
		cmd := func(name, args string) string {
			t.Helper()
			c := bot.Command{Platform: tc.platform, Chat: tc.chat, User: "boss", IsAdmin: true, Name: name, Args: args}
			if tc.platform == bot.Discord {
				c.Group = "guild-" + tc.chat
			}
			return h.cmd(c).Text
		}
		if tc.lang != "" {
			cmd("lang", tc.lang)
		}
		cmd("allow", "example.org.vn")
		if got := cmd("block", "example.org.vn"); !strings.Contains(got, tc.moved[0]) {
			t.Errorf("%s %s: block of an allowed domain: %q", tc.platform, tc.chat, got)
		}
		scope := bot.ChatKey{Platform: tc.platform, Chat: tc.chat}.String()
		if tc.platform == bot.Discord {
			scope = bot.ChatKey{Platform: tc.platform, Chat: "guild-" + tc.chat}.String()
		}
		kinds := func() []bot.ListKind {
			t.Helper()
			all, err := h.db.ListEntries(bg)
			if err != nil {
				t.Fatal(err)
			}
			var out []bot.ListKind
			for _, e := range all {
				if e.Scope == scope && e.Value == "example.org.vn" {
					out = append(out, e.Kind)
				}
			}
			return out
		}
		if got := kinds(); !slices.Equal(got, []bot.ListKind{bot.BlockList}) {
			t.Errorf("%s %s: after block, the domain is on %v, want the block list alone", tc.platform, tc.chat, got)
		}
		if got := cmd("allow", "example.org.vn"); !strings.Contains(got, tc.moved[1]) {
			t.Errorf("%s %s: allow of a blocked domain: %q", tc.platform, tc.chat, got)
		}
		if got := kinds(); !slices.Equal(got, []bot.ListKind{bot.AllowList}) {
			t.Errorf("%s %s: after allow, the domain is on %v, want the allow list alone", tc.platform, tc.chat, got)
		}
		if got := cmd("allow", "example.org.vn"); strings.Contains(got, "instead") || strings.Contains(got, "chuyển") {
			t.Errorf("%s %s: allow of an allowed domain: %q", tc.platform, tc.chat, got)
		}
	}
}

// TestListRefusesNamesDNSCannotHold: a domain with a part longer than 63
// characters, or longer than 253 in all, cannot exist; allow and block
// refuse it, saying why, and put nothing on the list. Before, it was
// allowed ("I won't flag it").
func TestListRefusesNamesDNSCannotHold(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	long := strings.Repeat("a", 64) + ".com"
	deep := strings.Repeat("abcdefghi.", 26) + "com"
	for _, v := range []string{long, deep, "https://" + long + "/login"} {
		if got := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "allow", Args: v}).Text; !strings.Contains(got, "is longer than DNS allows") {
			t.Errorf("allow %s: %q", v, got)
		}
	}
	ok := strings.Repeat("a", 63) + ".com"
	if got := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "allow", Args: ok + " xn--lcn-vla.vn"}).Text; strings.Count(got, "is allowed in this chat") != 2 {
		t.Errorf("allow of a 63-character part and a punycode name: %q", got)
	}
	all, err := h.db.ListEntries(bg)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Errorf("%d entries on the lists, want 2: %v", len(all), all)
	}
}

// TestPastTheEndOfOne: a page asked for past the end of a list of one
// says "1 domain is" and "1 account is", not "1 domains are"; two still
// read as before.
func TestPastTheEndOfOne(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	cmd := func(p bot.Platform, name, args string) string {
		t.Helper()
		c := bot.Command{Platform: p, Chat: "g1", User: "boss", IsAdmin: true, Name: name, Args: args}
		if p == bot.Discord {
			c.Group = "guild-1"
		}
		return h.cmd(c).Text
	}
	for _, p := range []bot.Platform{bot.Telegram, bot.Discord} {
		cmd(p, "block", "evil.example.com")
		for _, c := range []struct{ args, want string }{
			{"block from 3", "Only 1 domain is on this"},
			{"block from zzz.com", "(1 domain in all)"},
		} {
			if got := cmd(p, "lists", c.args); !strings.Contains(got, c.want) {
				t.Errorf("%s: lists %s: %q, want %q", p, c.args, got, c.want)
			}
		}
		cmd(p, "block", "evil2.example.com")
		if got := cmd(p, "lists", "block from 3"); !strings.HasPrefix(got, "Only 2 domains are on this") {
			t.Errorf("%s: lists block from 3 of two: %q", p, got)
		}
	}
	h.send(msg{chat: "g1", user: "eve", text: phishLink})
	if got := cmd(bot.Telegram, "offenders", "from 5"); !strings.HasPrefix(got, "Only 1 account is on record here") {
		t.Errorf("offenders from 5 of one: %q", got)
	}
	if got := cmd(bot.Telegram, "audit", "5 from 9"); !strings.HasPrefix(got, "Only 1 decision is on record here") {
		t.Errorf("audit 5 from 9 of one: %q", got)
	}
}
