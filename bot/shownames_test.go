package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/immunebot/immune/bot"
)

// hostileName is a display name that, shown raw, reverses the rest of
// the line (U+202E), leaves an isolate open (U+2066), forges a line of
// its own, carries a link the bot's own text would make clickable and
// opens a Discord spoiler.
const hostileName = "Eve\u202egnp.exe\u2066 \u200f\nDone: nothing\u3164\u061c at evil.com||"

// shownHostile is what a text shows of it.
const shownHostile = "Evegnp.exe Done: nothing at evil[.]com| |"

// hostileText is a message's text built the same way: quoted in an
// admin note, a case's excerpt or a member's report, it must not reverse
// or hide the lines the bot writes after it.
const hostileText = phishLink + " \u202egnp.exe\u2066 \u200f||hidden"

// hostileTitle is a chat title with an embedding and an override.
const hostileTitle = "Crypto\u202b Friends\u202d\u2067"

// unsafeIn returns the characters of a text the bot sends that can
// reorder or hide what follows them: every format character but the
// joiners, and every control but the newline. The left-to-right mark
// is the fence ShowName puts around a right-to-left name, so it may only
// stand next to a right-to-left letter.
func unsafeIn(s string) []string {
	var bad []string
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '\n' || r == '\u200c' || r == '\u200d':
		case r == '\u200e':
			rtl := func(j int) bool {
				return j >= 0 && j < len(rs) && unicode.In(rs[j], unicode.Hebrew, unicode.Arabic)
			}
			if !rtl(i-1) && !rtl(i+1) {
				bad = append(bad, fmt.Sprintf("%U at %d", r, i))
			}
		case unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || r == '\u3164':
			bad = append(bad, fmt.Sprintf("%U at %d", r, i))
		}
	}
	return bad
}

// TestHostileNamesAreShownSafely walks every text the bot sends with a
// name or title from the platform in it (member notices, the hijacked
// explanation, admin notes and their buttons' lines, button answers, the
// repost, /why, /audit, /offenders, every pardon answer, a member's
// report, /status and the log chat's linking) in English and Vietnamese,
// with a name and titles built to reverse, hide or forge lines.
func TestHostileNamesAreShownSafely(t *testing.T) {
	t.Parallel()
	for _, lang := range []bot.Lang{bot.English, bot.Vietnamese} {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			texts := map[string]string{}
			seen := func(kind, s string) {
				t.Helper()
				if s == "" {
					t.Errorf("%s: no text", kind)
				}
				texts[kind] = s
			}
			adminOf := func(context.Context, string) (bool, error) { return true, nil }
			admin := func(c bot.Command) bot.Reply {
				t.Helper()
				c.Platform, c.User, c.UserName, c.IsAdmin, c.Time, c.AdminOf = bot.Telegram, "boss", hostileName, true, h.now, adminOf
				if c.ChatTitle == "" {
					c.ChatTitle = hostileTitle
				}
				r, err := h.engine.Command(bg, c)
				if err != nil {
					t.Fatalf("%s: %v", c.Name, err)
				}
				return r
			}
			for _, g := range []string{"g1", "g2", "g3", "log"} {
				admin(bot.Command{Chat: g, Name: "lang", Args: string(lang)})
			}
			// the log chat linked: its answer names both chats, /status the log chat
			r := admin(bot.Command{Chat: "g1", Name: "setlog"})
			code := codeIn(t, r.Text, "/link ")
			seen("linked", admin(bot.Command{Chat: "log", Name: "link", Args: code, ChatTitle: hostileTitle + " log"}).Text)
			seen("status", admin(bot.Command{Chat: "g1", Name: "status"}).Text)

			send := func(chat, id, user, text string) bot.Decision {
				t.Helper()
				h.now = h.now.Add(time.Minute)
				h.clock.Store(h.now.UnixNano())
				m := bot.Message{ID: id, Platform: bot.Telegram, Chat: chat, ChatTitle: hostileTitle, User: user, UserName: hostileName,
					Handle: "eve_" + user, Time: h.now, Text: text, MemberSince: t0.Add(-365 * 24 * time.Hour)}
				d, err := h.engine.Handle(bg, &m)
				if err != nil {
					t.Fatal(err)
				}
				return d
			}
			d := send("g1", "10", "666", hostileText)
			seen("notice (deleted)", d.Notice)
			seen("admin note (deleted)", d.AdminNote)
			seen("notice (warned)", send("g2", "11", "667", "the menu https://bakery-hanoi.com/menu.zip").Notice)
			// the same link in three chats: a hijacked account
			send("g2", "12", "666", phishLink)
			d = send("g3", "13", "666", phishLink)
			seen("notice (hijacked)", d.Notice)
			seen("admin note (hijacked)", d.AdminNote)

			// buttons under the note in g1, pressed by an admin with the hostile name
			cases, _ := h.engine.Case(bg, d.Case)
			press := func(a bot.ButtonAction, isAdmin bool) bot.PressResult {
				t.Helper()
				r, err := h.engine.Press(bg, bot.PressRequest{Platform: bot.Telegram, Case: cases.ID, Action: a, User: "boss",
					UserName: hostileName, IsAdmin: isAdmin, Time: h.now})
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			seen("press refused", press(bot.BtnNotThreat, false).Answer)
			p := press(bot.BtnNotThreat, true)
			seen("press not a threat", p.Answer)
			p = press(bot.BtnRepost, true)
			seen("press repost", p.Answer)
			if p.Repost != nil {
				seen("repost", p.Repost.Text)
			}
			seen("press again", press(bot.BtnRepost, true).Answer)
			p = press(bot.BtnBan, true)
			seen("press ban", p.Answer)
			seen("note after presses", p.Note)

			seen("why", admin(bot.Command{Chat: "g1", Name: "why", Args: "10"}).Text)
			seen("audit", admin(bot.Command{Chat: "g1", Name: "audit"}).Text)
			seen("offenders", admin(bot.Command{Chat: "g2", Name: "offenders"}).Text)
			seen("pardon ambiguous", admin(bot.Command{Chat: "g2", Name: "pardon", Args: shownHostile}).Text)
			seen("pardon unknown", admin(bot.Command{Chat: "g1", Name: "pardon", Args: hostileName + "x"}).Text)
			seen("pardoned", admin(bot.Command{Chat: "g2", Name: "pardon", Args: "667"}).Text)
			seen("pardoned elsewhere", admin(bot.Command{Chat: "g2", Name: "pardon", Args: "@eve_666", AdminOf: func(context.Context, string) (bool, error) { return false, nil }}).Text)

			// a member's report, by a member with the hostile name, of a message by another
			reported := bot.Message{ID: "20", Platform: bot.Telegram, Chat: "g1", User: "668", UserName: hostileName, Time: h.now,
				Text: "hello https://example.org \u202eok\u2067 ||x"}
			r, err := h.engine.Command(bg, bot.Command{Platform: bot.Telegram, Chat: "g1", ChatTitle: hostileTitle, User: "669",
				UserName: hostileName, Time: h.now, Name: "report", Reply: &reported})
			if err != nil {
				t.Fatal(err)
			}
			seen("report note", r.Report)

			for kind, s := range texts {
				if bad := unsafeIn(s); len(bad) > 0 {
					t.Errorf("%s: %v in %q", kind, bad, s)
				}
				if strings.Contains(s, "evil.com") || strings.Contains(s, "||") {
					t.Errorf("%s: a live link or a spoiler from the name in %q", kind, s)
				}
			}
			for _, kind := range []string{"notice (deleted)", "admin note (deleted)", "why", "audit", "offenders", "repost", "press ban", "report note"} {
				if !strings.Contains(texts[kind], shownHostile) {
					t.Errorf("%s does not name %q: %q", kind, shownHostile, texts[kind])
				}
			}
			for _, kind := range []string{"linked", "admin note (deleted)", "why", "press refused"} {
				if !strings.Contains(texts[kind], "Crypto Friends") {
					t.Errorf("%s does not name the chat: %q", kind, texts[kind])
				}
			}
			if s := texts["pardon ambiguous"]; !strings.Contains(s, "666") || !strings.Contains(s, "667") {
				t.Errorf("pardon by the name as shown finds both accounts: %q", s)
			}
		})
	}
}

func TestShowName(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "Mallory", "Mallory"},
		{"Vietnamese", "Nguyễn Thị Ánh", "Nguyễn Thị Ánh"},
		{"decomposed Vietnamese", "Nguye\u0302\u0303n", "Nguye\u0302\u0303n"},
		{"override", "Eve\u202egnp.exe", "Evegnp.exe"},
		{"every bidi control", "a\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061cb", "ab"},
		{"invisible format", "c\u200ba\u2060r\u00adol\ufeff\U000e0041", "carol"},
		{"joiners kept", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
		{"lines", "Bob\nDone: nothing\r\u2028x", "Bob Done: nothing x"},
		{"blank", "\u3164\u2800 \u200b", ""},
		{"spaces", "  a \t  b  ", "a b"},
		{"mark tower", "Z" + strings.Repeat("\u0301", 30) + "oe", "Z\u0301\u0301\u0301\u0301oe"},
		{"Hebrew fenced", "שלום", "\u200eשלום\u200e"},
		{"Arabic with override fenced", "\u202eمحمد", "\u200eمحمد\u200e"},
		{"long", strings.Repeat("a", 300), strings.Repeat("a", 128) + "…"},
		{"invalid UTF-8", "a\xffb", "ab"},
		{"link", "Support: verify at evil.com/login", "Support: verify at evil[.]com/login"},
		{"disguised link", "Admin hxxps://evil.com", "Admin hxxps://evil[.]com"},
		{"spoiler", "x||hidden", "x| |hidden"},
		// "|||" was "| ||": the pairs are replaced left to right, and the
		// last bar met the third
		{"three bars", "x|||hidden", "x| | |hidden"},
		{"many bars", "||||||", "| | | | | |"},
		// a link with no ASCII dot in it was left whole: Discord links any
		// http(s) address, a decimal IPv4 host included, and Telegram
		// reads an ideographic or full-width stop as a dot
		{"decimal address", "Support http://3232235777/login", "Support hxxp://3232235777/login"},
		{"ideographic stop", "Admin evil。com", "Admin evil[.]com"},
		{"full-width stop", "Admin evil．com", "Admin evil[.]com"},
		{"initials stay", "J.R.R. Tolkien", "J.R.R. Tolkien"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := bot.ShowName(tc.in); got != tc.want {
				t.Errorf("ShowName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func BenchmarkShowName(b *testing.B) {
	for _, name := range []string{"Mallory Smith", "Nguyễn Thị Ánh", "Eve\u202egnp.exe"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bot.ShowName(name)
			}
		})
	}
}

// TestDefangTextLeavesNoLinkToAClient: a quoted message's links are
// defanged however they were written; a link written in disguise was
// quoted as it stood, and "hxxps://evil.com/login" still holds
// "evil.com/login", which Telegram makes a link.
func TestDefangTextLeavesNoLinkToAClient(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"see https://a.com and https://b.com/x?y=1 ok", "see hxxps://a[.]com and hxxps://b[.]com/x?y=1 ok"},
		{"verify at hxxps://evil.com/login now", "verify at hxxps://evil[.]com/login now"},
		{"hXXp://evil.com", "hxxp://evil[.]com"},
		{"e\u200bvil.com/x", "evil[.]com/x"},
		{"go to evil (dot) com now", "go to evil[.]com now"},
		{"ưu đãi tại shop.vn/sale hôm nay", "ưu đãi tại shop[.]vn/sale hôm nay"},
		{"nothing here, J.R.R. Tolkien", "nothing here, J.R.R. Tolkien"},
	} {
		if got := bot.DefangText(tc.in); got != tc.want {
			t.Errorf("DefangText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOldNoteShownAgainWithoutDirectionControls: a case stored before
// names were shown cleaned holds its note as it was sent, the sender's
// override in it; the note shown again after a press leaves it out.
func TestOldNoteShownAgainWithoutDirectionControls(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", Args: "here"})
	d := h.send(msg{chat: "g1", text: phishLink})
	c, err := h.engine.Case(bg, d.Case)
	if err != nil || d.AdminNote == "" {
		t.Fatalf("case %v, note %q", err, d.AdminNote)
	}
	c.Note = strings.Replace(d.AdminNote, "name-u1", "Eve\u202egnp.exe\u2066", 1)
	if err := h.db.PutCase(bg, c); err != nil {
		t.Fatal(err)
	}
	if err := h.db.Commit(bg); err != nil {
		t.Fatal(err)
	}
	r := h.press(d.Case, bot.BtnBan, "boss", true)
	if bad := unsafeIn(r.Note); len(bad) > 0 || !strings.Contains(r.Note, "Evegnp.exe") || !strings.Contains(r.Note, "Banned") {
		t.Errorf("the note shown again: %v in %q", bad, r.Note)
	}
}
