package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCampaignNames (scam33): a project's name hyphenated with a word of
// an airdrop campaign's stage (points, a season with its number, a TGE,
// a presale, restaking; an eligibility or allocation check beside a
// claim's word), or two such words with no project's name, warns alone
// (campaignName), in English and Vietnamese detail. The same words with
// an English word (talking-points, summer-season2), a page's own word
// (points-guide), a season with no number, an office's eligibility check
// with no claim and a campaign word bought whole do not.
func TestCampaignNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://qorvanix-points.com/", bot.Warn},
		{"https://trevix-season-3.app/", bot.Warn},
		{"https://nexora-tge.com/", bot.Warn},
		{"https://kalyx-presale.io/", bot.Warn},
		{"https://drovan-restaking.net/", bot.Warn},
		{"https://check-eligibility.app/", bot.Warn},
		{"https://quorix-points-app.xyz/", bot.Warn},

		{"https://talking-points.org/", bot.Allow},
		{"https://summer-season2.com/", bot.Allow},
		{"https://points-guide.com/", bot.Allow},
		{"https://qorvanix-season.com/", bot.Allow},
		{"https://acmehealth-eligibility.com/", bot.Allow},
		{"https://cost-allocation.com/", bot.Allow},
		{"https://points.com/", bot.Allow},
		{"https://kalyx-labs.io/", bot.Allow},
	})
	wantDetail(t, "https://qorvanix-points.com/", "is a project's name with a word of an airdrop campaign (points)",
		"là tên một dự án kèm một từ của chiến dịch airdrop (points)")
	wantDetail(t, "https://trevix-season-3.app/", "airdrop campaign (season)", "chiến dịch airdrop (season)")
}

// TestOfferEndings (scam33): any name on an ending whose word is the
// offer (.claims, .gift, .gifts) warns alone (offerEnding), in English
// and Vietnamese detail; Discord's own gift domains, trusted before the
// name is read, and the same names on other endings do not.
func TestOfferEndings(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://qorvanix.claims/", bot.Warn},
		{"https://trevix.gift/", bot.Warn},
		{"https://nexora-io.gifts/", bot.Warn},

		{"https://discord.gift/abc123", bot.Allow},
		{"https://discord.gifts/", bot.Allow},
		{"https://qorvanix.com/", bot.Allow},
		{"https://trevix.io/", bot.Allow},
	})
	wantDetail(t, "https://qorvanix.claims/", "is on the .claims ending, whose word is the offer itself",
		"dùng đuôi .claims, mà chính chữ của nó là lời mời nhận")
}
