package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestFamilyBrandNames (family51): a dating app's, a wedding or RSVP
// service's, a parents' or childcare app's or a kids' game's name
// misspelt, written in punycode with one accented letter, beside a
// family notice's words or run together with one on a stranger's name
// is flagged (each warn case was allowed or only warned on main
// 64cf6a50); the services' own hosts, a clone's, a vendor's or a fan's
// name about them and ordinary names holding a word-like service's name
// are not.
func TestFamilyBrandNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://okcupld.com/login", bot.Warn},
		{"https://grindrr.com/verify", bot.Warn},
		{"https://xn--grndr-usa.com/", bot.Warn},
		{"https://xn--tnder-zsa.com/", bot.Warn},
		{"https://tinderverify.com/", bot.Warn},
		{"https://brightwheeel.com/sign-in", bot.Warn},
		{"https://enetviet-hocphi.com/", bot.Warn},
		{"https://tinder-age-check.online/start", bot.Warn},
		{"https://zola-rsvp-wedding.online/", bot.Warn},
		{"https://theknot-rsvp-confirm.site/", bot.Warn},
		{"https://hinge.co/safety", bot.Allow},
		{"https://www.hingehealth.com/", bot.Allow},
		{"https://tinder-clone-script.com/", bot.Allow},
		{"https://bumble-bee-honey.com/", bot.Allow},
		{"https://zola-wedding.com/", bot.Allow},
		{"https://theknot-vendor-tips.com/", bot.Allow},
		{"https://roblox.fandom.com/wiki/Robux", bot.Allow},
		{"https://vnedu.vn/", bot.Allow},
	})
}

// TestFamilyNoticeNames (family51): a name made of a dater's, a couple's
// or a parent's notice's words alone — a leaked private video, a new
// phone's "hi mum", a school fee, an emergency's hospital fee, in
// English and Vietnamese without diacritics — is flagged (each warn case
// was allowed on main 64cf6a50); the same words in a studio's, a
// school's or a guide's name, two plain words off a cheap ending or a
// name under Vietnam's ending are not.
func TestFamilyNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://private-video-leak.top/", bot.Warn},
		{"https://hi-mum-new-phone.top/", bot.Warn},
		{"https://capcuu-vienphi-gap.online/", bot.Warn},
		{"https://anh-nong-phat-tan.xyz/", bot.Warn},
		{"https://school-lunch-balance.top/", bot.Warn},
		{"https://mo-gap-vienphi.site/", bot.Warn},
		{"https://wedding-rsvp.com/", bot.Allow},
		{"https://photo-gallery.site/", bot.Allow},
		{"https://wedding-photos-studio.com/", bot.Allow},
		{"https://school-lunch-menu.com/", bot.Allow},
		{"https://hoc-phi.edu.vn/", bot.Allow},
	})
}

// TestFamilyRomanceInvest (family51): a dating app's match or an insider
// relative's platform beside an exchange to register on, in English and
// Vietnamese, is flagged beside a stranger's link made for it (each was
// allowed on main 64cf6a50).
func TestFamilyRomanceInvest(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"We met on Bumble last week, my aunt runs a crypto platform, I made 30% this month, register here https://nexa-coin-pro.com/register?ref=8812", bot.Warn},
		{"hey handsome, glad we met on Hinge. my mentor's platform, deposit 500 USDT to start: https://quantix-global.vip/invite/7731", bot.Warn},
		{"Anh ơi, quen nhau trên Tinder vui quá, sàn đầu tư của chú em lãi lắm, anh đăng ký nhé https://viet-fx-gold.com/dangky", bot.Warn},
	})
}
