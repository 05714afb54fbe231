package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestShortBrandCoincidence (fp50): a tiny club's or society's name on
// its country's ending whose skeleton is a short brand's only through a
// letter pair read as one letter and another change (clhi for dhl,
// clpcl for dpd) is not the brand's look-alike in plain talk; with the
// brand named in the message, on a cheap ending, hyphenated with a
// parcel's word or written with one change only (clhl, dhll) it is read
// as before.
func TestShortBrandCoincidence(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"the Ottawa chapter's page is https://clhi.ca, meetups every second Thursday", bot.Allow},
		{"the Lyon cycling association posts routes on https://clpcl.fr/parcours", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"your DHL parcel is held, pay the fee at https://clhi.com", bot.Warn},
		{"DHL: delivery failed, reschedule at https://clhi.xyz/reschedule", bot.Warn},
		{"your DHL parcel is held, pay the customs fee at https://clhi-parcel.com", bot.Warn},
		{"https://clhl.com/track", bot.Warn},
		{"the club's page is https://dhll.ca", bot.Warn},
	})
}

// TestBrandInWord (fp50): a brand's name that only begins an ordinary
// word (paypal in paypalette, coinbase in coinbasement, roblox in
// robloxygen, amazon in amazonite) is no claim to the brand in plain
// talk, on a site anyone makes too; at a sign-in page, with a query,
// beside the brand's name or a lure, run into a notice's word
// (paypalert), beside a service's (amazonite-login), carried on by a
// word that takes five of its letters (livewalletconnection) or holding
// a longer name of the brand (curvefinance) it is read as before.
func TestBrandInWord(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://paypalette.netlify.app generates colour palettes from a photo", bot.Allow},
		{"https://coinbasement.netlify.app is a basement flooding sensor dashboard", bot.Allow},
		{"the https://amazonite-gems.netlify.app demo shows the three.js shader", bot.Allow},
		{"the chemistry quiz https://robloxygen.vercel.app was made by a student", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://paypalette.netlify.app/signin", bot.Warn},
		{"your PayPal account is limited, verify now at https://paypalette.netlify.app", bot.Warn},
		{"Instagram copyright notice: appeal at https://instagrammar.pages.dev/appeal", bot.Warn},
		{"https://twitchcraft.netlify.app/login?redirect=twitch", bot.Warn},
		{"https://coinbasement.netlify.app/login", bot.Warn},
		{"https://paypalert.netlify.app", bot.Warn},
		{"https://amazonite-login.netlify.app", bot.Warn},
		{"https://livewalletconnection.github.io", bot.Warn},
		{"see https://migrate-curvefinance.org for details", bot.Warn},
	})
}

// TestNoticeAside (fp50): a member's lookup said to peers, or a warning
// about a message received that names the genuine site, is no official
// notice beside a lookup site named for the notice's words; a notice to
// a reader, one that presses or asks to pay, and a "warning" that
// addresses the reader's balance are read as before.
func TestNoticeAside(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"tra cứu mã số thuế ở https://masothue.com nhé", bot.Allow},
		{"tra mã số thuế doanh nghiệp trên https://masothue.com hoặc https://tratencongty.com nhé", bot.Allow},
		{"heads up, fake tax refund emails are going around, the real portal is https://www.taxrefundstatus.org", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"IRS: you are eligible for a tax refund, submit your claim at https://www.taxrefundstatus.org", bot.Warn},
		{"beware of fake toll texts! pay your real balance at https://ezpass-tollpay.com", bot.Warn},
		{"[Cục Thuế] Quý khách có khoản hoàn thuế, tra cứu và nhận tại https://masothue-hoanthue.com", bot.Warn},
		{"tra cứu phạt nguội và nộp phạt ngay tại https://phatnguoi.top nhé", bot.Warn},
	})
}
