package telegram

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestLangTakesLanguageNames: through the real Bot API client, /lang takes
// a language as an admin types it — its code, its English name or its own
// name, with or without diacritics, in any case — and /status shows the
// chat's language by name. A word that names no language gets an answer
// that lists what lang takes, and changes nothing. Before, /lang took only
// "en" and "vi" (/lang Tiếng Việt was refused as "Tiếng") and /status said
// "Language: en".
func TestLangTakesLanguageNames(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	id := 700
	send := func(lang, text string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, lang, id, h.at(id), text)))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	if got := send("en", "/status"); !strings.Contains(got, "\nLanguage: English\n") {
		t.Errorf("/status answered:\n%s", got)
	}
	for _, c := range []struct{ arg, want string }{
		{"Tiếng Việt", "Bot sẽ dùng tiếng Việt trong nhóm này."},
		{"english", "I'll speak English here."},
		{"tieng viet", "Bot sẽ dùng tiếng Việt trong nhóm này."},
		{"English", "I'll speak English here."},
		{"VIETNAMESE", "Bot sẽ dùng tiếng Việt trong nhóm này."},
		{"en", "I'll speak English here."},
		{"tiếng  việt", "Bot sẽ dùng tiếng Việt trong nhóm này."},
		// as a macOS keyboard sends it: decomposed (e + circumflex + acute)
		{norm.NFD.String("Tiếng Việt"), "Bot sẽ dùng tiếng Việt trong nhóm này."},
		{norm.NFD.String("tiếng anh"), "I'll speak English here."},
		// odd spacing, hyphens, no diacritics, a no-break space
		{"Tieng-Viet", "Bot sẽ dùng tiếng Việt trong nhóm này."},
		{"TiengViet", "Bot sẽ dùng tiếng Việt trong nhóm này."},
		{"tiếng\u00a0việt", "Bot sẽ dùng tiếng Việt trong nhóm này."},
		{"Tiêng Viêt", "Bot sẽ dùng tiếng Việt trong nhóm này."},
	} {
		if got := send("en", "/lang "+c.arg); got != c.want {
			t.Errorf("/lang %s answered %q, want %q", c.arg, got, c.want)
		}
	}
	if got := send("vi", "/status"); !strings.Contains(got, "\nNgôn ngữ: Tiếng Việt\n") {
		t.Errorf("/status answered:\n%s", got)
	}
	got := send("vi", "/lang français")
	if want := `"français" không phải ngôn ngữ bot hỗ trợ. Bot dùng tiếng Việt và tiếng Anh: lang tiếng việt (hoặc tieng viet, vietnamese, vi) hoặc lang english (hoặc tiếng anh, en)`; !strings.HasPrefix(got, want) {
		t.Errorf("/lang français answered %q", got)
	}
	// nothing changed: the chat still speaks Vietnamese
	if got := send("en", "/lang"); !strings.HasPrefix(got, "Ngôn ngữ nào? lang tiếng việt") {
		t.Errorf("/lang answered %q", got)
	}
	if got := send("en", "/lang en"); got != "I'll speak English here." {
		t.Errorf("/lang en answered %q", got)
	}
	if got := send("en", "/lang fr"); !strings.Contains(got, "lang english (or en) or lang tiếng việt (or vietnamese, tieng viet, vi)") {
		t.Errorf("/lang fr answered %q", got)
	}
}
