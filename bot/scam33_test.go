package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCampaignNames (scam33): a project's name hyphenated with a word of
// an airdrop campaign's stage (points, a season with its number, a TGE,
// a presale or a sale, a pass, restaking; an eligibility or allocation
// check beside a claim's word), or two such words with no project's name,
// warns alone (campaignName), in English and Vietnamese detail. The same
// words with an English word (talking-points, summer-season2,
// transit-pass), a page's own word (points-guide), a short word beside a
// shop's or a ticket's word (car-sale, bus-pass), a season with no
// number, an office's eligibility check with no claim and a campaign
// word bought whole do not. Since rev33 an everyday campaign word
// (points, sale, pass, presale, whitelist, season) on .com or a
// country's own ending needs a claim's word or a filler: the attack
// cases are on the new endings drainers buy (rev33_test.go).
func TestCampaignNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://qorvanix-points.xyz/", bot.Warn},
		{"https://trevix-season-3.app/", bot.Warn},
		{"https://nexora-tge.com/", bot.Warn},
		{"https://kalyx-presale.io/", bot.Warn},
		{"https://drovan-restaking.net/", bot.Warn},
		{"https://check-eligibility.app/", bot.Warn},
		{"https://quorix-points-app.xyz/", bot.Warn},
		{"https://qorvanix-sale.app/", bot.Warn},
		{"https://kalyx-pass.xyz/", bot.Warn},

		{"https://talking-points.org/", bot.Allow},
		{"https://summer-season2.com/", bot.Allow},
		{"https://points-guide.com/", bot.Allow},
		{"https://qorvanix-season.com/", bot.Allow},
		{"https://acmehealth-eligibility.com/", bot.Allow},
		{"https://cost-allocation.com/", bot.Allow},
		{"https://points.com/", bot.Allow},
		{"https://kalyx-labs.io/", bot.Allow},
		{"https://car-sale.com/", bot.Allow},
		{"https://bus-pass.net/", bot.Allow},
		{"https://transit-pass.com/", bot.Allow},
	})
	wantDetail(t, "https://qorvanix-points.xyz/", "is a project's name with a word of an airdrop campaign (points)",
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

// TestAddressNames (scam33): a registrable name that writes a site's
// address with a hyphen for its dot (addressName) — www and a name, a
// project's name and an ending's word (io, xyz, fi, gg), app and a
// project's name on a new generic ending — warns alone, in English and
// Vietnamese detail. Ordinary words so hyphenated (wi-fi, ko-fi, sci-fi,
// start-xyz, paper-io), a firm's app site on .com or a country's ending
// and the addresses themselves do not.
func TestAddressNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://www-kalyx.com/", bot.Warn},
		{"https://www-qorvanix.net/", bot.Warn},
		{"https://kalyx-io.com/", bot.Warn},
		{"https://trevix-xyz.com/", bot.Warn},
		{"https://nexora-fi.net/", bot.Warn},
		{"https://qorvanix-gg.com/", bot.Warn},
		{"https://kalyx-so.com/", bot.Warn},
		{"https://app-kalyx.finance/", bot.Warn},

		{"https://app-kalyx.com/", bot.Allow},
		{"https://app-kalyx.de/", bot.Allow},
		{"https://wi-fi.org/", bot.Allow},
		{"https://ko-fi.com/someone", bot.Allow},
		{"https://sci-fi.com/", bot.Allow},
		{"https://start-xyz.com/", bot.Allow},
		{"https://paper-io.com/", bot.Allow},
		{"https://disc-gg.com/", bot.Allow},
		{"https://kalyx.io/", bot.Allow},
		{"https://www.kalyx.com/", bot.Allow},
	})
	wantDetail(t, "https://kalyx-io.com/", "writes a site's address with a hyphen for its dot (kalyx.io)",
		"viết địa chỉ một trang với dấu gạch ngang thay cho dấu chấm (kalyx.io)")
	wantDetail(t, "https://www-kalyx.com/", "(www.kalyx)", "(www.kalyx)")
}

// TestCallNames (scam33): a call to act (enter, register, sign up, pass,
// launch, access; no longer explore, rev33) joined to a project's name
// that is no English word (callName) warns alone, in English and
// Vietnamese detail. A call joined to an English word (launch-control,
// access-point, explore-more) or a short word (enter-now) does not, nor
// does join, as open communities name their invitations (join-lemmy.org).
func TestCallNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://enter-qorvanix.com/", bot.Warn},
		{"https://register-trevix.net/", bot.Warn},
		{"https://launch-nexora.xyz/", bot.Warn},
		{"https://launch-kalyx.net/", bot.Warn},
		{"https://pass-qorvanix.com/", bot.Warn},
		{"https://access-kalyx.com/", bot.Warn},

		{"https://launch-control.net/", bot.Allow},
		{"https://access-point.com/", bot.Allow},
		{"https://explore-more.com/", bot.Allow},
		{"https://enter-now.com/", bot.Allow},
		{"https://join-lemmy.org/", bot.Allow},
		{"https://join-kalyx.com/", bot.Allow},
		{"https://kalyx.com/join", bot.Allow},
	})
	wantDetail(t, "https://enter-qorvanix.com/", "is a call to act (enter) joined to a project's name",
		"là một lời kêu gọi (enter) ghép với tên một dự án")
}
