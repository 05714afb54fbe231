package telegram

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// hostile is a first name that, sent raw, reverses the rest of the line
// (U+202E) and leaves an isolate open (U+2066).
const hostile = "Eve\u202egnp.exe\u2066"

// TestHostileNamesInTelegramTexts: through the real Bot API client, the
// member notice about a hostile-named sender and a report naming the
// reporter, the sender and the admins mentioned carry no direction
// control, and each mention's entity still covers the admin's name as
// shown.
func TestHostileNamesInTelegramTexts(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.mu.Lock()
	h.api.members[[2]int64{chatA, admin}]["user"] = map[string]any{"id": admin, "is_bot": false, "first_name": hostile, "last_name": "\u200fBoss"}
	h.api.mu.Unlock()
	h.api.push(msgUpdate(textMsg(chatA, admin, 80, h.at(0), "/mode warn")))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 80))
	suspicious := textMsg(chatA, spammer, 81, h.at(1), phish)
	suspicious["from"] = userObj(spammer, hostile)
	h.api.push(msgUpdate(suspicious))
	notice := h.api.waitCall(t, "sendMessage", replyTo(chatA, 81))
	report := textMsg(chatA, member, 82, h.at(2), "/report")
	report["from"] = userObj(member, hostile+" reporter")
	report["reply_to_message"] = suspicious
	h.api.push(msgUpdate(report))
	rep, ents := h.api.waitReport(t, 81)
	for _, c := range []apiCall{notice, rep} {
		text := c.get("text")
		if strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Cf, r) }) || !strings.Contains(text, "Evegnp.exe") {
			t.Errorf("%q: a format character left, or the name not shown", text)
		}
	}
	found := false
	for _, e := range ents {
		if e.User.ID == admin {
			found = true
			if s, ok := utf16Slice(rep.get("text"), e.Offset, e.Length); !ok || s != "Evegnp.exe Boss" {
				t.Errorf("the admin's mention covers %q, want %q", s, "Evegnp.exe Boss")
			}
		}
	}
	if !found {
		t.Errorf("the admin is not mentioned: %s", rep.get("entities"))
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}

// mention is a text_mention entity of a sent message.
type mention struct {
	Type   string `json:"type"`
	Offset int    `json:"offset"`
	Length int    `json:"length"`
	User   struct {
		ID int64 `json:"id"`
	} `json:"user"`
}

// waitReport waits for a member's report sent into the chat as a reply to
// the reported message (id), with the admins mentioned, and returns it
// with its mentions.
func (f *fakeAPI) waitReport(t *testing.T, id int) (apiCall, []mention) {
	t.Helper()
	var rep apiCall
	f.waitFor(t, "the report", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && c.get("reply_to_message_id") == strconv.Itoa(id) && strings.Contains(c.get("entities"), "text_mention") {
				rep = c
				return true
			}
		}
		return false
	})
	var ents []mention
	if err := json.Unmarshal([]byte(rep.get("entities")), &ents); err != nil {
		t.Fatal(err)
	}
	return rep, ents
}

// TestMarkupInNamesSentAsPlainText: through the real Bot API client, a
// display name written in Telegram's Markdown and HTML reaches the notice
// and the admin note as written, because every text goes without a
// parse mode: nothing in a name can format, link or mention.
func TestMarkupInNamesSentAsPlainText(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.link(t)
	const name = "<b>Boss</b> *bold* _it_ `code` ~x~ ||s|| [a](b)"
	m := groupMsg(chatA, "Group A", spammer, "", 30, h.at(10), phish)
	m["from"] = userObj(spammer, name)
	h.api.push(msgUpdate(m))
	notice := h.api.waitCall(t, "sendMessage", replyTo(chatA, 30))
	note := h.api.waitNote(t)
	shown := strings.ReplaceAll(name, "||", "| |")
	for _, c := range []apiCall{notice, note} {
		if !strings.Contains(c.get("text"), shown) {
			t.Errorf("%q does not show the name as written, %q", c.get("text"), shown)
		}
	}
	for _, c := range append(h.api.callsOf("sendMessage"), h.api.callsOf("editMessageText")...) {
		if _, ok := c.Params["parse_mode"]; ok {
			t.Errorf("a text sent with parse_mode %q: %q", c.get("parse_mode"), c.get("text"))
		}
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}

// TestAtNamesMentionNoOne: a member whose display name is "@someadmin",
// and a message of theirs that names "@admin_two", reach the member notice
// and the admin note through the real Bot API client without an "@name"
// Telegram would make a mention (which notifies that account): the @ is
// followed by an invisible joiner, and the name still reads as written.
func TestAtNamesMentionNoOne(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.link(t)
	m := groupMsg(chatA, "Group A", spammer, "", 30, h.at(10), "@admin_two "+phish)
	m["from"] = userObj(spammer, "@someadmin")
	h.api.push(msgUpdate(m))
	notice := h.api.waitCall(t, "sendMessage", replyTo(chatA, 30))
	note := h.api.waitNote(t)
	for _, c := range []apiCall{notice, note} {
		text := c.get("text")
		if ms := telegramMentions(text); len(ms) > 0 {
			t.Errorf("%q mentions %q", text, ms)
		}
		if !strings.Contains(asRead(text), "@someadmin") {
			t.Errorf("%q does not show the name", text)
		}
	}
	if !strings.Contains(asRead(note.get("text")), "@admin_two") {
		t.Errorf("the note %q does not quote the message", note.get("text"))
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}

// telegramMentions finds the "@username" mentions Telegram's servers
// make of a plain text: an @ not after a letter, digit or underscore,
// then 5 to 32 letters, digits and underscores.
func telegramMentions(s string) []string {
	word := func(c byte) bool {
		return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '@' || i > 0 && word(s[i-1]) {
			continue
		}
		j := i + 1
		for j < len(s) && word(s[j]) {
			j++
		}
		if n := j - i - 1; n >= 5 && n <= 32 {
			out = append(out, s[i:j])
		}
	}
	return out
}

// asRead is a text as a person reads it: without the joiners that keep an
// "@name" in it from being a mention (bot.ShowName).
func asRead(s string) string { return strings.ReplaceAll(s, "@\u200d", "@") }

// waitNote waits for the first admin note (a text with buttons) sent to
// the log chat and returns it.
func (f *fakeAPI) waitNote(t *testing.T) apiCall {
	t.Helper()
	var note apiCall
	f.waitFor(t, "the admin note", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && c.get("chat_id") == itoa(logChat) && c.get("reply_markup") != "" {
				note = c
				return true
			}
		}
		return false
	})
	return note
}
