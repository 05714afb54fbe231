package telegram

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// TestAuditFromAloneCountsFrom: through the real Bot API client,
// "/audit from K" (and "/audit từ K") shows the decisions from the K-th
// newest on, as the help and the answers' own "audit N from K" say; a
// number after from is K wherever it stands, and a from with no number
// after it gets how audit is used. Before, the word from was skipped and
// its number read as N: "/audit from 11" showed the 11 latest.
func TestAuditFromAloneCountsFrom(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	const flagged = 15
	for i := range flagged {
		h.api.push(msgUpdate(textMsg(chatA, 1000+int64(i), 10+i, h.at(i), phish)))
	}
	h.waitRecorded(t, chatA, 10+flagged-1)
	id := 500
	audit := func(args string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "en", id, h.at(100+id), "/audit "+args)))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	for args, want := range map[string]string{
		"from 11":     "Decisions 11–15 of 15 here",
		"từ 11":       "Decisions 11–15 of 15 here",
		"from 3 2":    "Decisions 3–4 of 15 here",
		"2 from 3":    "Decisions 3–4 of 15 here",
		"2 3":         "Decisions 3–4 of 15 here",
		"5 from":      "audit N from K",
		"from":        "audit N from K",
		"from 2 3 4":  "audit N from K",
		"from from 2": "audit N from K",
	} {
		if got := audit(args); !strings.Contains(got, want) {
			t.Errorf("/audit %s answered, without %q:\n%s", args, want, got)
		}
	}
}

// TestOffendersWithEmojiNamesFitOneMessage: through the real Bot API
// client, against a fake that refuses a text of more than 4,096 UTF-16
// code units as Telegram does ("message is too long"), offenders in a
// group whose flagged members' names are emoji (two code units each)
// is sent, and ends with what shows the rest; audit too. Before, the
// answers were measured in runes: twenty such names made a text Telegram
// refused, and the admin got no answer at all.
func TestOffendersWithEmojiNamesFitOneMessage(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	const flagged = 30
	for i := range flagged {
		m := textMsg(chatA, 1000+int64(i), 10+i, h.at(i), phish)
		from := m["from"].(map[string]any)
		from["first_name"] = strings.Repeat("😀", 32)
		from["last_name"] = strings.Repeat("🔥", 32)
		from["username"] = strings.Repeat("x", 26) + itoa(1000+int64(i))
		h.api.push(msgUpdate(m))
	}
	h.waitRecorded(t, chatA, 10+flagged-1)
	for id, cmd := range map[int]string{600: "/offenders", 601: "/audit 50"} {
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "en", id, h.at(200+id), cmd)))
		c := h.api.waitCall(t, "sendMessage", replyTo(chatA, id))
		got := c.get("text")
		if c.Status != 200 || !strings.Contains(got, " from ") {
			t.Errorf("%s: status %d, %d UTF-16 code units:\n%s", cmd, c.Status, len(utf16.Encode([]rune(got))), got)
		}
	}
}
