package bot_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

func TestMembersCannotChangeSettings(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, args string }{
		{"mode", "off"}, {"allow", "dlscord.com"}, {"block", "github.com"}, {"unallow", "x.com"},
		{"unblock", "x.com"}, {"pardon", "u1"}, {"offenders", ""}, {"lang", "vi"}, {"setlog", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			r := h.command("c1", "member", false, c.name, c.args, nil)
			if !r.Refused || !strings.Contains(r.Text, "only this chat's admins") {
				t.Fatalf("%s by a member: %+v", c.name, r)
			}
			// nothing changed: the lookalike is still deleted, in English
			d := h.send(msg{chat: "c1", text: "https://dlscord.com/x"})
			wantActions(t, d, bot.ActDelete, bot.ActWarn)
			if !strings.HasPrefix(d.Notice, "🛡️ I removed") {
				t.Errorf("notice changed language: %q", d.Notice)
			}
			if d.LogChat != "" {
				t.Errorf("log chat set by a member: %q", d.LogChat)
			}
		})
	}
}

func TestAdminCommands(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	admin := func(name, args string) bot.Reply { return h.command("c1", "boss", true, name, args, nil) }

	// bad arguments get a helpful answer and change nothing
	for _, c := range []struct{ name, args, want string }{
		{"mode", "nuke", "mode off, mode warn or mode delete"},
		{"mode", "", "Which mode?"},
		{"mode", "DELETE now", `I read mode DELETE, but not "now" after it, so nothing was changed.`},
		{"lang", "", "Which language?"},
		{"allow", "not a domain", "For example: allow example.com"},
		{"allow", "", "For example: allow example.com"},
		{"block", "localhost", "not a domain or link"},
		{"block", "example.notatld", "not a domain or link"},
		{"lang", "fr", "lang english (or en) or lang tiếng việt"},
		{"unblock", "never-listed.com", "was not on the block list"},
		{"frobnicate", "", "help"},
	} {
		if r := admin(c.name, c.args); !strings.Contains(r.Text, c.want) {
			t.Errorf("%s %q: %q, want it to mention %q", c.name, c.args, r.Text, c.want)
		}
	}

	// block: a domain and its subdomains are deleted in this chat only
	if r := admin("block", "https://Evil-Shop.example.com/"); !strings.Contains(r.Text, "evil-shop[.]example[.]com is blocked") {
		t.Errorf("block: %q", r.Text)
	}
	d := h.send(msg{chat: "c1", text: "sale https://www.evil-shop.example.com/today"})
	if !d.Verdict.Has(bot.CodeBlocklisted) || !d.Has(bot.ActDelete) {
		t.Errorf("blocked domain: %v %v", codes(d.Verdict), d.Actions)
	}
	if d := h.send(msg{chat: "c2", text: "sale https://www.evil-shop.example.com/today"}); d.Verdict.Has(bot.CodeBlocklisted) {
		t.Errorf("block leaked into another chat")
	}
	// allow: a flagged domain is never flagged again in this chat
	admin("allow", "dlscord.com")
	if d := h.send(msg{chat: "c1", text: "https://dlscord.com/nitro"}); d.Verdict.Level != bot.Allow {
		t.Errorf("allowed domain flagged: %v", codes(d.Verdict))
	}
	if r := h.command("c1", "someone", false, "lists", "", nil); !strings.Contains(r.Text, "dlscord[.]com") || !strings.Contains(r.Text, "evil-shop[.]example[.]com") {
		t.Errorf("lists: %q", r.Text)
	}
	admin("unallow", "dlscord.com")
	admin("unblock", "evil-shop.example.com")
	if d := h.send(msg{chat: "c1", text: "https://dlscord.com/nitro"}); d.Verdict.Level != bot.Delete {
		t.Errorf("unallow did not take: %v", d.Verdict.Level)
	}
	if d := h.send(msg{chat: "c1", text: "sale https://www.evil-shop.example.com/today"}); d.Verdict.Has(bot.CodeBlocklisted) {
		t.Errorf("unblock did not take")
	}
	// setlog sends admin notes here
	admin("setlog", "here")
	d = h.send(msg{chat: "c1", text: "https://dlscord.com/nitro"})
	if d.LogChat != "c1" || !d.Has(bot.ActNotifyAdmins) {
		t.Errorf("with a log chat every deletion is logged: log %q actions %v", d.LogChat, d.Actions)
	}
	if r := admin("status", ""); !strings.Contains(r.Text, "Admin log: this chat") || !strings.Contains(r.Text, "delete (delete confident") {
		t.Errorf("status: %q", r.Text)
	}
	if r := admin("offenders", ""); !strings.Contains(r.Text, "name-u1") {
		t.Errorf("offenders: %q", r.Text)
	}
	if r := admin("help", ""); !strings.Contains(r.Text, "pardon USER") {
		t.Errorf("help: %q", r.Text)
	}
}

func TestCheckAndReport(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	r := h.command("c1", "member", false, "check", "https://steancommunity.com/tradeoffer", nil)
	if !strings.Contains(r.Text, "Dangerous") || !strings.Contains(r.Text, "imitates steamcommunity.com") {
		t.Errorf("check: %q", r.Text)
	}
	if r := h.command("c1", "member", false, "check", "", nil); !strings.Contains(r.Text, "reply to a message") {
		t.Errorf("check without text: %q", r.Text)
	}
	target := &bot.Message{ID: "9", Platform: bot.Telegram, Chat: "c1", User: "u7", UserName: "Spammer", Time: time.Now(),
		Text: "claim your prize https://prize-winner.top/claim"}
	r = h.command("c1", "member", false, "report", "", target)
	if !strings.Contains(r.Text, "admins have been told") || !strings.Contains(r.Report, "Spammer") ||
		strings.Contains(r.Report, "https://prize-winner.top") || !strings.Contains(r.Report, "prize-winner[.]top") {
		t.Errorf("report: %+v", r)
	}
	if r := h.command("c1", "member", false, "report", "", nil); r.Report != "" {
		t.Errorf("report without a reply: %+v", r)
	}
	h.command("c1", "boss", true, "lang", "vi", nil)
	if r := h.command("c1", "member", false, "check", "https://google.com", nil); !strings.Contains(r.Text, "an toàn") {
		t.Errorf("vi check: %q", r.Text)
	}
}

func TestParseCommand(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text, bot, name, args string
		ok                    bool
	}{
		{"/mode warn", "immunebot", "mode", "warn", true},
		{"/mode@immunebot warn", "immunebot", "mode", "warn", true},
		{"/Mode@ImmuneBot  delete ", "immunebot", "mode", "delete", true},
		{"/status@otherbot", "immunebot", "", "", false},
		{"/allow\nexample.com", "", "allow", "example.com", true},
		{"mode warn", "", "", "", false},
		{"/", "", "", "", false},
	}
	for _, c := range cases {
		name, args, ok := bot.ParseCommand(c.text, c.bot)
		if name != c.name || args != c.args || ok != c.ok {
			t.Errorf("ParseCommand(%q) = %q %q %v, want %q %q %v", c.text, name, args, ok, c.name, c.args, c.ok)
		}
	}
}

func TestAdminsSeeAndPardonOnlyTheirOwnChats(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.send(msg{chat: "c1", user: "spammer", text: "https://dlscord.com/a"})
	h.send(msg{at: time.Minute, chat: "c2", user: "other", text: "https://dlscord.com/b"})
	r := h.command("c1", "boss", true, "offenders", "", nil)
	if !strings.Contains(r.Text, "name-spammer") || strings.Contains(r.Text, "name-other") {
		t.Errorf("offenders of c1: %q", r.Text)
	}
	if r := h.command("c1", "boss", true, "pardon", "other", nil); !strings.Contains(r.Text, "no record") {
		t.Errorf("pardon of another chat's offender: %q", r.Text)
	}
	d := h.send(msg{at: 2 * time.Minute, chat: "c2", user: "other", text: "hi"})
	if d.User.Strikes != 1 {
		t.Errorf("another chat's admin cleared the record: %+v", d.User)
	}
	// On Discord the scope is the server: every channel of it.
	h.send(msg{at: 3 * time.Minute, chat: "chan-a", group: "guild-1", user: "dspam", text: "https://dlscord.com/c"})
	rr, err := h.engine.Command(context.Background(), bot.Command{Platform: bot.Discord, Chat: "chan-b", Group: "guild-1",
		User: "mod", IsAdmin: true, Time: h.now, Name: "offenders"})
	if err != nil || !strings.Contains(rr.Text, "name-dspam") {
		t.Errorf("offenders of the server from another channel: %q %v", rr.Text, err)
	}
}

// TestModeChangeSeenAtOnce: a chat's settings, once read (and kept in the
// engine's cache of lately read chats), follow an admin's change at once,
// for that chat only.
func TestModeChangeSeenAtOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	threat := func(chat string) *bot.Decision {
		d := h.send(msg{chat: chat, text: "free nitro https://dlscord.com/nitro"})
		return &d
	}
	if d := threat("c7"); !d.Has(bot.ActDelete) {
		t.Fatalf("default mode: %v", d.Actions)
	}
	threat("c8") // both chats' settings read and kept
	if r := h.command("c7", "boss", true, "mode", "warn", nil); !strings.Contains(r.Text, "warn") {
		t.Fatalf("mode warn: %q", r.Text)
	}
	if d := threat("c7"); d.Has(bot.ActDelete) || !d.Has(bot.ActWarn) {
		t.Errorf("after mode warn: %v", d.Actions)
	}
	if d := threat("c8"); !d.Has(bot.ActDelete) {
		t.Errorf("mode warn leaked into another chat: %v", d.Actions)
	}
	h.command("c7", "boss", true, "mode", "delete", nil)
	if d := threat("c7"); !d.Has(bot.ActDelete) {
		t.Errorf("after mode delete: %v", d.Actions)
	}
}

// TestListCommandsTakeEveryDomain holds that allow, block, unallow and
// unblock act on every domain given, not on the first alone (an admin who
// wrote "block a.com b.com" was told a.com was blocked and b.com stayed
// open), and that one bad domain among them changes nothing.
func TestListCommandsTakeEveryDomain(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang                    bot.Lang
		blocked, bad, unblocked string
	}{
		{bot.English, "evil-one[.]net is blocked", `"not-a-domain" is not a domain`, "evil-one[.]net is no longer on the block list"},
		{bot.Vietnamese, "Đã chặn evil-one[.]net", `"not-a-domain" không phải tên miền`, "Đã bỏ evil-one[.]net khỏi danh sách chặn"},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			admin := func(name, args string) bot.Reply { return h.command("c1", "boss", true, name, args, nil) }
			admin("lang", string(c.lang))
			blocked := func(domain string) bool {
				d := h.send(msg{chat: "c1", text: "sale https://" + domain + "/today"})
				return d.Verdict.Has(bot.CodeBlocklisted)
			}

			r := admin("block", "evil-one.net, evil-two.net evil-one.net")
			if !strings.Contains(r.Text, c.blocked) || !strings.Contains(r.Text, "evil-two[.]net") {
				t.Errorf("block of two domains: %q", r.Text)
			}
			if !blocked("evil-one.net") || !blocked("evil-two.net") {
				t.Errorf("block of two domains: evil-one blocked %v, evil-two blocked %v", blocked("evil-one.net"), blocked("evil-two.net"))
			}

			// commas alone part domains too; a URL keeps the commas of
			// its path
			r = admin("block", "evil-four.net,evil-five.net;evil-six.net https://evil-seven.net/a,b")
			if !blocked("evil-four.net") || !blocked("evil-five.net") || !blocked("evil-six.net") || !strings.Contains(r.Text, "evil-seven[.]net/a,b") {
				t.Errorf("block of domains apart by commas only: %q; evil-four blocked %v, evil-five %v, evil-six %v",
					r.Text, blocked("evil-four.net"), blocked("evil-five.net"), blocked("evil-six.net"))
			}

			r = admin("block", "evil-three.net not-a-domain")
			if !strings.Contains(r.Text, c.bad) || blocked("evil-three.net") {
				t.Errorf("block with a bad domain: %q; evil-three blocked %v", r.Text, blocked("evil-three.net"))
			}

			r = admin("unblock", "evil-one.net evil-two.net")
			if !strings.Contains(r.Text, c.unblocked) || !strings.Contains(r.Text, "evil-two[.]net") {
				t.Errorf("unblock of two domains: %q", r.Text)
			}
			if blocked("evil-one.net") || blocked("evil-two.net") {
				t.Errorf("unblock of two domains left one blocked")
			}
		})
	}
}

// flagged has a long-standing member of chat post a phishing link, which
// gives the account one strike.
func flagged(h *harness, chat, user, name, handle string) {
	h.t.Helper()
	m := bot.Message{ID: "m-" + user, Platform: bot.Telegram, Chat: chat, User: user, UserName: name, Handle: handle,
		Time: h.now, MemberSince: h.now.Add(-time.Hour * 24 * 365), Text: "https://dlscord.com/" + user}
	if _, err := h.engine.Handle(context.Background(), &m); err != nil {
		h.t.Fatal(err)
	}
}

// strikesOf counts the strikes on record of a Telegram account.
func strikesOf(h *harness, user string) int {
	o, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: user})
	if err != nil {
		return 0
	}
	return len(o.Strikes)
}

// TestPardonByNameIsNeverAGuess holds that a pardon by display name looks
// only at the accounts on record in the admin's chat, and that when
// several there share the name (a scammer takes the name of the member
// it imitates) it pardons none and names each by id. Before, it took the
// first account of that name anywhere: an impostor could be pardoned for
// the member, or the pardon said "no record" when the first of the name
// was another chat's.
func TestPardonByNameIsNeverAGuess(t *testing.T) {
	t.Parallel()
	for _, l := range []bot.Lang{bot.English, bot.Vietnamese} {
		t.Run(string(l), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			h.command("c1", "boss", true, "lang", string(l), nil)
			h.command("c2", "boss2", true, "lang", string(l), nil)
			flag := func(chat, user, name string) { flagged(h, chat, user, name, "") }
			strikes := func(user string) int { return strikesOf(h, user) }
			// another chat's Lan first, then this chat's
			flag("c2", "1001", "Lan")
			flag("c1", "1002", "Lan")
			r := h.command("c1", "boss", true, "pardon", "Lan", nil)
			if r.Refused || strikes("1002") != 0 || strikes("1001") != 1 {
				t.Errorf("pardon Lan in c1: %q; strikes of c1's Lan %d (want 0), of c2's %d (want 1)", r.Text, strikes("1002"), strikes("1001"))
			}

			// two accounts named Minh in this chat: neither is pardoned
			flag("c1", "2001", "Minh")
			flag("c1", "2002", "minh")
			r = h.command("c1", "boss", true, "pardon", "Minh", nil)
			if strikes("2001") != 1 || strikes("2002") != 1 || !strings.Contains(r.Text, "2001") || !strings.Contains(r.Text, "2002") ||
				!strings.Contains(r.Text, "pardon 2001") {
				t.Errorf("pardon of an ambiguous name: %q; strikes %d and %d (want 1 and 1)", r.Text, strikes("2001"), strikes("2002"))
			}
			if want := map[bot.Lang]string{bot.English: "Several accounts", bot.Vietnamese: "Có nhiều tài khoản"}[l]; !strings.Contains(r.Text, want) {
				t.Errorf("pardon of an ambiguous name: %q, want it to say %q", r.Text, want)
			}
			h.command("c1", "boss", true, "pardon", "2002", nil)
			if strikes("2001") != 1 || strikes("2002") != 0 {
				t.Errorf("pardon by id: strikes %d and %d (want 1 and 0)", strikes("2001"), strikes("2002"))
			}
		})
	}
}

// TestPardonByUsernameNotByLookalikeName: "pardon @alice" is the account
// whose username is alice, not an impostor whose display name is alice or
// ends in "(@alice)"; an impostor's name cannot pass for a username.
func TestPardonByUsernameNotByLookalikeName(t *testing.T) {
	t.Parallel()
	for _, l := range []bot.Lang{bot.English, bot.Vietnamese} {
		t.Run(string(l), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			h.command("c1", "boss", true, "lang", string(l), nil)
			flag := func(user, name, handle string) { flagged(h, "c1", user, name, handle) }
			strikes := func(user string) int { return strikesOf(h, user) }
			flag("1", "Bob (@alice)", "")
			flag("2", "alice", "")
			flag("3", "Alice Nguyen", "alice")
			r := h.command("c1", "boss", true, "pardon", "@ALICE", nil)
			if strikes("1") != 1 || strikes("2") != 1 || strikes("3") != 0 {
				t.Errorf("pardon @ALICE: %q; strikes %d, %d, %d (want 1, 1, 0)", r.Text, strikes("1"), strikes("2"), strikes("3"))
			}
			// the display name still works, without the @
			r = h.command("c1", "boss", true, "pardon", "alice", nil)
			if strikes("2") != 0 || strikes("1") != 1 {
				t.Errorf("pardon alice: %q; strikes %d and %d (want 0 and 1)", r.Text, strikes("2"), strikes("1"))
			}
			// no account with the username carol on record here: an
			// impostor called carol, with no username or another, is
			// not pardoned for the member @carol
			for _, handle := range []string{"", "car0l"} {
				flag("4"+handle, "carol", handle)
				r = h.command("c1", "boss", true, "pardon", "@carol", nil)
				if strikes("4"+handle) != 1 {
					t.Errorf("pardon @carol, an impostor called carol with username %q: %q; its strikes %d (want 1)", handle, r.Text, strikes("4"+handle))
				}
				h.command("c1", "boss", true, "pardon", "4"+handle, nil)
			}
		})
	}
}

// TestPardonSaysWhatItDid: a pardon's answer names what it changed. An
// account with one strike, never muted or marked hijacked, has its strike
// cleared, and the answer says no more than that.
func TestPardonSaysWhatItDid(t *testing.T) {
	t.Parallel()
	for _, l := range []bot.Lang{bot.English, bot.Vietnamese} {
		t.Run(string(l), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			h.command("c1", "boss", true, "lang", string(l), nil)
			flagged(h, "c1", "42", "Lan", "")
			r := h.command("c1", "boss", true, "pardon", "42", nil)
			say := map[bot.Lang]struct{ strikes, mark, mute string }{
				bot.English:    {"strikes cleared (1)", "hijacked", "mute"},
				bot.Vietnamese: {"xoá cảnh cáo (1)", "bị chiếm", "cấm chat"},
			}[l]
			if !strings.Contains(r.Text, say.strikes) || strings.Contains(r.Text, say.mark) || strings.Contains(r.Text, say.mute) || len(r.Lift) != 0 {
				t.Errorf("pardon of an account with one strike: %q, %d lifts; want it to say %q and nothing of a mark or mute", r.Text, len(r.Lift), say.strikes)
			}
		})
	}
}

// TestLeadingDotMeansTheDomain holds that ".evil.net", the way many lists
// and admins write "evil.net and its subdomains", blocks evil.net: it was
// kept with its dot, answered "is blocked", and matched no link at all.
func TestLeadingDotMeansTheDomain(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	r := h.command("c1", "boss", true, "block", ".evil-dot.net", nil)
	if !strings.Contains(r.Text, "evil-dot[.]net is blocked") || strings.Contains(r.Text, "[.]evil") {
		t.Errorf("block .evil-dot.net: %q", r.Text)
	}
	for _, link := range []string{"https://evil-dot.net/x", "https://www.evil-dot.net/x"} {
		if d := h.send(msg{chat: "c1", text: "see " + link}); !d.Verdict.Has(bot.CodeBlocklisted) {
			t.Errorf("%s after block .evil-dot.net: %v", link, codes(d.Verdict))
		}
	}
	// and in the operator's own list file, read the same way
	if v, err := bot.ParseListValue(".evil-dot.net"); err != nil || v != "evil-dot.net" {
		t.Errorf("ParseListValue(.evil-dot.net) = %q, %v", v, err)
	}
}

// TestOffendersSaysTheConfiguredStrikeWindow holds that /offenders names
// the strike window the bot counts by: it said "the last 30 days" whatever
// policy.strike_ttl was.
func TestOffendersSaysTheConfiguredStrikeWindow(t *testing.T) {
	t.Parallel()
	cfg := bot.DefaultConfig()
	cfg.StrikeTTL = 7 * 24 * time.Hour
	h := newHarness(t, cfg)
	h.send(msg{chat: "c1", text: "https://dlscord.com/a"})
	r := h.command("c1", "boss", true, "offenders", "", nil)
	if !strings.Contains(r.Text, "strikes in the last 7 days") || strings.Contains(r.Text, "30 days") {
		t.Errorf("offenders with a 7-day strike window: %q", r.Text)
	}
	h.command("c1", "boss", true, "lang", "vi", nil)
	r = h.command("c1", "boss", true, "offenders", "", nil)
	if !strings.Contains(r.Text, "trong 7 ngày") {
		t.Errorf("offenders in Vietnamese with a 7-day strike window: %q", r.Text)
	}
}

// TestPardonWithNothingLeftSaysWhereTheRecordGoes: a pardon of an account
// whose strikes have run out says its record here is cleared, not its
// record, when it stays on record in another chat.
func TestPardonWithNothingLeftSaysWhereTheRecordGoes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang      bot.Lang
		want, not string
	}{
		{bot.English, "its record here is cleared. The account stays on record in 1 other chat,", "its record is cleared"},
		{bot.Vietnamese, "đã xoá hồ sơ ở đây", "đã xoá hồ sơ."},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			t.Parallel()
			cfg := bot.DefaultConfig()
			h := newHarness(t, cfg)
			h.command("c1", "boss", true, "lang", string(c.lang), nil)
			flagged(h, "c1", "7", "Lan", "")
			flagged(h, "c2", "7", "Lan", "")
			h.now = h.now.Add(cfg.StrikeTTL + time.Hour)
			r := h.command("c1", "boss", true, "pardon", "7", nil)
			if !strings.Contains(r.Text, c.want) || strings.Contains(r.Text, c.not) {
				t.Errorf("pardon with no strike left, on record in another chat: %q; want it to say %q", r.Text, c.want)
			}
		})
	}
}

// TestUnknownCommandEchoesNoLink: a member can name any command in a group
// by addressing the bot ("/claim-prize.com@bot"), and the answer quotes the
// name: a link there was a link in the bot's own message, which members
// take for the bot's word. The name is quoted defanged, in both languages.
func TestUnknownCommandEchoesNoLink(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	for _, text := range []string{"/claim-prize.com@immune_bot", "/https://evil.com/login@immune_bot now", "/evil。com@immune_bot"} {
		name, args, ok := bot.ParseCommand(text, "immune_bot")
		if !ok {
			t.Fatalf("ParseCommand(%q) is no command", text)
		}
		for _, chat := range []string{"c1", "c2"} {
			if chat == "c2" {
				h.cmd(bot.Command{Chat: chat, User: "boss", IsAdmin: true, Name: "lang", Args: "vi"})
			}
			r := h.cmd(bot.Command{Chat: chat, User: "member", Name: name, Args: args})
			if !strings.Contains(r.Text, "command") && !strings.Contains(r.Text, "lệnh") {
				t.Errorf("%s in %s answered %q", text, chat, r.Text)
			}
			if r.Text != bot.DefangText(r.Text) || strings.Contains(r.Text, "prize.com") || strings.Contains(r.Text, "evil.com") || strings.Contains(r.Text, "evil。com") {
				t.Errorf("%s in %s: the answer holds a link: %q", text, chat, r.Text)
			}
		}
	}
}

// TestOffendersMentionNoOneAndPardonAsCopied: the offenders list names an
// account "Eve (@eve_spam)" without an "@eve_spam" Telegram would make a
// mention (a joiner follows the @), and an admin who copies the username
// from the list, joiner and all, pardons that account.
func TestOffendersMentionNoOneAndPardonAsCopied(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	flagged(h, "c1", "5", "Eve", "eve_spam")
	r := h.command("c1", "boss", true, "offenders", "", nil)
	if strings.Contains(r.Text, "@eve_spam") || !strings.Contains(r.Text, "@\u200deve_spam") {
		t.Fatalf("offenders: %q, want @eve_spam with a joiner after its @", r.Text)
	}
	r = h.command("c1", "boss", true, "pardon", "@\u200deve_spam", nil)
	if strikesOf(h, "5") != 0 {
		t.Errorf("pardon of the username as the list shows it: %q; strikes %d (want 0)", r.Text, strikesOf(h, "5"))
	}
}

// TestExpiredStrikeDoesNotPutTheAccountOnRecordElsewhere: an account
// flagged in c1 whose strike has run out posts a safe message in c2. The
// record is written again (the strike is dropped), but c2 is not a chat
// the account was flagged in, nor is the message its last flagged one:
// c2's admins do not see the account in offenders, and the record is
// kept for OffenderRetention after the flagged message, not after this
// one. Before, any rewrite of the record added the chat and the time.
func TestExpiredStrikeDoesNotPutTheAccountOnRecordElsewhere(t *testing.T) {
	t.Parallel()
	cfg := bot.DefaultConfig()
	h := newHarness(t, cfg)
	flagged(h, "c1", "7", "Mallory", "")
	flaggedAt := h.now
	h.now = h.now.Add(cfg.StrikeTTL + time.Hour)
	h.clock.Store(h.now.UnixNano())
	for i, text := range []string{"good morning all", "the notes are at https://go.dev/doc/"} {
		m := bot.Message{ID: "safe-" + strconv.Itoa(i), Platform: bot.Telegram, Chat: "c2", User: "7", UserName: "Mallory",
			Time: h.now.Add(time.Duration(i) * time.Minute), MemberSince: h.now.Add(-365 * 24 * time.Hour), Text: text}
		if d, err := h.engine.Handle(context.Background(), &m); err != nil || d.Verdict.Level != bot.Allow {
			t.Fatalf("%q: %v, %v", text, d.Verdict.Level, err)
		}
	}
	o, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "7"})
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Strikes) != 0 || slices.Contains(o.Chats, "c2") || !o.LastSeen.Equal(flaggedAt) {
		t.Errorf("record after safe messages in c2: strikes %v, chats %v, last seen %v (want none, c1 only, %v)", o.Strikes, o.Chats, o.LastSeen, flaggedAt)
	}
	if r := h.command("c2", "boss2", true, "offenders", "", nil); strings.Contains(r.Text, "Mallory") {
		t.Errorf("c2's offenders show an account flagged only in c1: %q", r.Text)
	}
}

// TestArgumentsQuotedAsWritten: a setlog or link argument that is not a
// code, and an unknown command, are quoted in the answer as the admin
// wrote them: an Arabic name (fenced by marks) or "@group" (followed by
// a joiner) is not shown as Go's escapes ("\u200e", "\u200d").
func TestArgumentsQuotedAsWritten(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	for _, c := range [][2]string{{"setlog", "المشرفين"}, {"link", "@group_a"}, {"setlog", "@mods"}} {
		r := h.command("c1", "boss", true, c[0], c[1], nil)
		if strings.Contains(r.Text, `\u`) || !strings.Contains(strings.ReplaceAll(r.Text, "\u200d", ""), c[1]) {
			t.Errorf("%s %s: %q", c[0], c[1], r.Text)
		}
	}
}

// TestBadArgumentsSayWhy: an argument refused for a reason an admin could
// not guess is answered with the reason and an example, in the chat's
// language (a public suffix, a top-level domain alone included, and a
// name too long for DNS were "not a domain or link"), a page number past any int is no page (it was read
// as a cursor or an entry and showed the first page), and "pardon @" asks
// whom (it looked for an account called "@").
func TestBadArgumentsSayWhy(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.send(msg{chat: "c1", user: "bad", text: "https://dlscord.com/x"})
	admin := func(name, args string) string { return h.command("c1", "boss", true, name, args, nil).Text }
	long := strings.Repeat("a", 64) + ".com"
	for _, c := range []struct{ lang, name, args, want string }{
		{"en", "allow", "co.uk", `"co.uk" is a public suffix: every site registered under it shares it, so it would match them all. Name the site instead. For example: allow example.co.uk`},
		{"en", "block", "*.com.vn", `For example: block example.com.vn`},
		{"en", "block", long, `is longer than DNS allows (each part at most 63 characters, the whole name at most 253), so no link can lead there. For example: block example.com`},
		{"en", "offenders", "from 99999999999999999999", "for example offenders from 21"},
		{"en", "lists", "from 99999999999999999999", "for example lists block from 51"},
		{"en", "audit", "5 from 99999999999999999999", "for example audit 20"},
		{"en", "pardon", "@", "Whom? For example: pardon @username"},
		{"en", "block", ".top", `".top" is a public suffix: every site registered under it shares it, so it would match them all. Name the site instead. For example: block example.top`},
		{"en", "block", "рф", `For example: block example.рф`},
		{"vi", "allow", "co.uk", `"co.uk" là đuôi tên miền dùng chung: mọi trang đăng ký dưới đuôi này đều mang nó, nên nó sẽ khớp với tất cả các trang đó. Hãy ghi tên miền của một trang cụ thể. Ví dụ: allow example.co.uk`},
		{"vi", "block", "*.xyz", `"*.xyz" là đuôi tên miền dùng chung`},
		{"vi", "allow", long, `dài hơn mức DNS cho phép (mỗi phần tối đa 63 ký tự, toàn bộ tên tối đa 253 ký tự), nên không có liên kết nào dẫn tới đó được`},
		{"vi", "offenders", "from 99999999999999999999", "ví dụ offenders từ 21"},
	} {
		admin("lang", c.lang)
		if got := admin(c.name, c.args); !strings.Contains(got, c.want) {
			t.Errorf("[%s] %s %s: %q, want it to say %q", c.lang, c.name, c.args, got, c.want)
		}
	}
	admin("lang", "en")
	if got := admin("lists", ""); !strings.Contains(got, "none") || strings.Contains(got, "co[.]uk") || strings.Contains(got, "aaaa") {
		t.Errorf("a refused entry was added: %q", got)
	}
}
