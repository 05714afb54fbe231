package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestEndingInsideAHost: a whole ending of two labels or more inside a
// host name (auth-rakuten-card.co.jp.ofskfp.cn), or a registered name that
// is itself an ending (mbbank-sinhtrac.vn.com), makes what stands before
// it read as a domain in front of another; a host of one's own has no
// need of either (www.example.co.uk, shop.vn.com's www).
func TestEndingInsideAHost(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	tests := []struct {
		link  string
		front bool
	}{
		{"https://auth-rakuten-card.co.jp.ofskfp.cn/", true},
		{"https://login-aeon.com.au.verify-id.shop/", true},
		{"https://mbbank-sinhtrac.vn.com/", true},
		{"https://www.example.co.uk/", false},
		{"https://www.vn.com/", false},
		{"https://shop.example.com.vn/", false},
	}
	for _, tc := range tests {
		v := judgeText(c, bot.Telegram, "xem "+tc.link).Verdict
		if hasReason(v, bot.CodeBrandInDomain) != tc.front {
			t.Errorf("%s: %v, want a domain in front of another: %v", tc.link, v.Reasons, tc.front)
		}
	}
}
