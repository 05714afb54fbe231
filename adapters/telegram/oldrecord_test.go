package telegram

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// TestOldRecordsGetTheirNamesOnTheNextMessage: offender records in the
// shape older versions wrote them (a display name without the account's
// @username, or no name at all) are shown to the admin as what is known,
// the id; "pardon @username" says why it cannot find such an account yet;
// the account's next message, a plain one with no link, fills the name
// and username in, and the pardon by @username then works, through the
// real Bot API client.
func TestOldRecordsGetTheirNamesOnTheNextMessage(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "immune.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	seen := time.Now().Add(-time.Hour)
	const nameless = int64(778)
	for _, o := range []bot.Offender{
		{Account: bot.AccountKey{Platform: bot.Telegram, User: itoa(spammer)}, Name: "Eve", Strikes: []time.Time{seen}, Chats: []string{itoa(chatA)}, LastSeen: seen},
		{Account: bot.AccountKey{Platform: bot.Telegram, User: itoa(nameless)}, Strikes: []time.Time{seen}, Chats: []string{itoa(chatA)}, LastSeen: seen},
	} {
		if err := db.PutOffender(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	h := newHarnessAt(t, path, nil)
	id := 100
	command := func(text string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(textMsg(chatA, admin, id, h.at(id), text)))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	got := command("/offenders")
	if !strings.Contains(got, "• Eve (telegram:777): 1") || !strings.Contains(got, "• telegram:778 (no name on record yet): 1") {
		t.Errorf("offenders with records of an older version:\n%s", got)
	}
	if got := asRead(command("/pardon @eve_h")); !strings.Contains(got, "no record of @eve_h") || !strings.Contains(got, "before usernames were kept") {
		t.Errorf("pardon @eve_h before Eve's next message: %q", got)
	}
	// a message of each that flags nothing: plain chat, and a safe link
	// (which holds the account to judge it)
	first := id + 1
	for _, u := range []struct {
		id   int64
		from map[string]any
		text string
	}{
		{spammer, map[string]any{"id": spammer, "is_bot": false, "first_name": "Eve", "username": "eve_h"}, "good morning everyone"},
		{nameless, map[string]any{"id": nameless, "is_bot": false, "first_name": "Dan"}, "the docs are at https://go.dev/doc/"},
	} {
		id++
		m := textMsg(chatA, u.id, id, h.at(id), u.text)
		m["from"] = u.from
		h.api.push(msgUpdate(m))
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		eve, err1 := h.db.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: itoa(spammer)})
		dan, err2 := h.db.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: itoa(nameless)})
		if err1 == nil && err2 == nil && eve.Name == "Eve (@eve_h)" && dan.Name == "Dan" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the names were not filled in: %q (%v) and %q (%v)", eve.Name, err1, dan.Name, err2)
		}
	}
	for _, c := range h.api.callsOf("sendMessage") {
		if r := c.get("reply_to_message_id"); c.get("chat_id") == itoa(chatA) && (r == itoa(int64(first)) || r == itoa(int64(id))) {
			t.Errorf("a message that flags nothing was answered: %q", c.get("text"))
		}
	}
	if got := asRead(command("/offenders")); !strings.Contains(got, "• Eve (@eve_h) (telegram:777): 1") || !strings.Contains(got, "• Dan (telegram:778): 1") {
		t.Errorf("offenders after the accounts' next messages:\n%s", got)
	}
	if got := asRead(command("/pardon @eve_h")); !strings.Contains(got, "Pardoned Eve (@eve_h): strikes cleared (1)") {
		t.Errorf("pardon @eve_h after Eve's next message: %q", got)
	}
}
