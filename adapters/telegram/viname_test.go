package telegram

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestPardonByAVietnameseName: through the real Bot API client, an admin
// of a Vietnamese group pardons a flagged member by the name they see,
// typed as their keyboard sends it: decomposed (macOS), without the
// diacritics, or in another case; a member whose own name came
// decomposed is found by the name typed composed. Two members whose
// names differ only by their diacritics are not taken for one another:
// the name typed exactly finds its own, and a name without diacritics
// that fits both asks which, by id. Before, a name was compared in the
// form it came in: /pardon with a decomposed "Nguyễn Văn An" answered
// "I have no record of Nguyễn Văn An here".
func TestPardonByAVietnameseName(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	members := []struct {
		id   int64
		name string
	}{
		{3001, "Nguyễn Văn An"},
		{3002, norm.NFD.String("Trần Thị Bích")}, // as a Mac sent it
		{3003, "Lê Thị Hà"},
		{3004, "Lê Thị Hạ"},
	}
	for i, m := range members {
		msg := textMsg(chatA, m.id, 10+i, h.at(i), phish)
		msg["from"].(map[string]any)["first_name"] = m.name
		h.api.push(msgUpdate(msg))
	}
	h.waitRecorded(t, chatA, 10+len(members)-1)
	id := 900
	pardon := func(who string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "vi", id, h.at(100+id), "/pardon "+who)))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	for _, c := range []struct{ who, want string }{
		{norm.NFD.String("Nguyễn Văn An"), "Pardoned Nguyễn Văn An"},
		{"Trần Thị Bích", "Pardoned Trần Thị Bích"},
		{"le thi ha", "Several accounts here (2) are called le thi ha: 3003 (Lê Thị Hà), 3004 (Lê Thị Hạ)"},
		{"LÊ THỊ HẠ", "Pardoned Lê Thị Hạ"},
		{"le thi ha", "Pardoned Lê Thị Hà"},
	} {
		got := pardon(c.who)
		if !strings.HasPrefix(norm.NFC.String(got), c.want) {
			t.Errorf("/pardon %s answered %q, want %q…", c.who, got, c.want)
		}
	}
}
