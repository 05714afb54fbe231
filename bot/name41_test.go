package bot_test

import (
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestPlainNameWarnedNotDeleted: a small site's plain name on an ending
// people name their own sites on, which the link model alone reads past
// the delete point, is warned about, not deleted, in a message with no
// lure's word (name41: blendswap, collabora, julianofernandes and
// autocrypt are real small sites' names, deleted at 0.87–0.99 before);
// the same name is still deleted on an ending scams favour (.top, .icu,
// .tk), with a digit, a hyphen, a brand, a login or wallet page, a
// query, beside a lure's word, a mild "download", a sum of money or
// @everyone, from a newcomer, or added by an edit.
func TestPlainNameWarnedNotDeleted(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://blendswap.site/", bot.Warn},
		{"https://www.blendswap.site/", bot.Warn},
		{"http://blendswap.site/blog", bot.Warn},
		{"my side project lives at blendswap.site", bot.Warn},
		{"https://collabora.site/", bot.Warn},
		{"https://julianofernandes.xyz/", bot.Warn},
		{"https://autocrypt.online/", bot.Warn},
		{"https://blendswap.com/", bot.Allow},

		{"https://blendswap.top/", bot.Delete},
		{"https://blendswap.icu/", bot.Delete},
		{"https://blendswap.tk/", bot.Delete},
		{"https://blendswap2.site/", bot.Delete},
		{"https://blend-swap.site/", bot.Delete},
		{"https://paypalswap.site/", bot.Delete},
		{"https://blendswap.site/login", bot.Delete},
		{"https://blendswap.site/wallet", bot.Delete},
		{"https://blendswap.site/?ref=1", bot.Delete},
		{"claim your reward at https://blendswap.site/", bot.Delete},
		{"download https://blendswap.site/", bot.Delete},
		{"get $500 at https://blendswap.site/", bot.Delete},
		{"@everyone https://blendswap.site/", bot.Delete},
	})
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		name  string
		since time.Duration
		hints bot.Hints
	}{
		{"a newcomer's", 2 * time.Minute, bot.Hints{}},
		{"an edit's", 365 * 24 * time.Hour, bot.Hints{EditAddedLink: true}},
	} {
		m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: "https://blendswap.site/", MemberSince: t0.Add(-tc.since)}
		if v := c.Classify(&m, tc.hints).Verdict; v.Level != bot.Delete {
			t.Errorf("%s link: %s (%.2f) %v, want delete", tc.name, v.Level, v.Score, v.Reasons)
		}
	}
}

// TestPlainNameCapVietnamesePrizePage (rev41b): a Vietnamese
// promotion's, prize's or offer's page on a plain name (/khuyen-mai,
// /trung-thuong, /uu-dai) is a kit's page, as /nhan-qua is: no reading
// of the ending, deleted (warned on 20e913a under name41's cap).
func TestPlainNameCapVietnamesePrizePage(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://blendswap.site/khuyen-mai", bot.Delete},
		{"https://collabora.site/trung-thuong", bot.Delete},
		{"https://autocrypt.online/uu-dai", bot.Delete},
		{"https://blendswap.site/blog", bot.Warn},
		{"dự án nhỏ của mình https://blendswap.site/", bot.Warn},
	})
}

// TestPlainNameCapDisguisedLure (rev41b): the delete cap is for a plain
// name of which nothing but the link model speaks; a lure written to slip
// past the lure words (Cyrillic letters among Latin ones, letters spaced
// apart) keeps the reading out, and the link is deleted as before
// name41 (warned on 20e913a).
func TestPlainNameCapDisguisedLure(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"clаim yоur rеward https://blendswap.site/", bot.Delete},
		{"C L A I M now https://blendswap.site/", bot.Delete},
		{"my side project lives at blendswap.site", bot.Warn},
		{"xem thử trang của mình nhé https://blendswap.site/", bot.Warn},
	})
}
