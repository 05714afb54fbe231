package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestOwnBlogReadsAsItsTopic (rev22): a blog named as Google names its
// blogs on Blogger (ownBlog) is judged as a blog named by its topic alone
// is, never lower: the link model, fitted with the brand's finding beside
// every google… name on a blog platform, reads the brand's name without
// it as a benign site's word (googlephonesystems.blogspot.com read 0.05
// where phonesystems.blogspot.com reads 0.63 with the same kit page on
// 0a3cbe6; 866 of 69,280 Google-named phishing probes read below their
// topic alone there). A topic that names a brand of its own (google-microsoft,
// gmail-outlook) is no Google blog's. Each attack line is allowed on bca884a
// and flagged on 110c67a.
func TestOwnBlogReadsAsItsTopic(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://googlecommunityprofiles.blogspot.com/", bot.Warn},
		{"https://google-gifting.blogspot.com/p/vitrall293.html", bot.Warn},
		{"http://google-important-security.blogspot.com/2019/09/please-wait-second.html", bot.Warn},
		{"your google account will be suspended, sign in: https://googlesupporter.blogspot.com/", bot.Warn},
		{"your google account will be suspended, sign in: https://google-promotion.blogspot.com/", bot.Warn},
		{"https://google-microsoft.blogspot.com/", bot.Warn},
		{"https://gmail-outlook.blogspot.com/", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://googleonlinesecurity.blogspot.com/", bot.Allow},
		{"https://googlechromereleases.blogspot.com/2024/05/stable-channel-update-for-desktop.html", bot.Allow},
		{"https://googletesting.blogspot.com/2008/09/test-driven-code-review.html", bot.Allow},
	})
}
