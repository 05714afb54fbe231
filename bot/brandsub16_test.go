package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandInAStrangersSubdomainWithLureWords: a brand's name in the
// subdomain of a stranger's domain, beside words of what phishing asks for
// in the subdomain (binance-kyc, microsoft365-login) or lure words in the
// stranger's name (device-support), warns alone; a company's tenant host
// on a service (binance.zendesk.com, coinbase.okta.com) and content
// networks (www.paypal.com.edgekey.net) are not flagged.
func TestBrandInAStrangersSubdomainWithLureWords(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://ledger-live.app.device-support.com/", bot.Warn},
		{"https://binance-kyc.client-review.net/", bot.Warn},
		{"Binance support here. Your withdrawal is frozen until KYC is redone: https://binance-kyc.client-review.net/", bot.Warn},
		{"https://microsoft365-login.docs-share.online/", bot.Warn},
		{"https://binance.zendesk.com/hc/en-us", bot.Allow},
		{"https://metamask.zendesk.com/hc/en-us/articles/360015489531", bot.Allow},
		{"https://coinbase.okta.com/", bot.Allow},
		{"https://discord.freshdesk.com/support/home", bot.Allow},
		{"https://discord.bots.gg/", bot.Allow},
		{"https://www.paypal.com.edgekey.net/", bot.Allow},
		{"https://apple.com.akadns.net/", bot.Allow},
	})
}

// TestForgePagesSiteNamedAfterABrand: a GitLab Pages site of a
// self-hosted forge (*.pages.gitlab.gnome.org, *.pages.debian.net,
// *.pages.freedesktop.org, *.pages.kde.org) is a site anyone with an
// account makes: named after a brand, or built from two lure words one of
// which asks for something, it is flagged as its gitlab.io twin is; the
// forges' own hosts and projects' pages are not.
func TestForgePagesSiteNamedAfterABrand(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://metamask-verify.pages.gitlab.gnome.org/", bot.Warn},
		{"https://trustwallet.pages.debian.net/restore/", bot.Warn},
		{"https://ledger-recovery.pages.freedesktop.org/", bot.Warn},
		{"https://coinbase-auth.pages.kde.org/", bot.Warn},
		{"https://claim-airdrop.pages.gitlab.gnome.org/", bot.Warn},
		{"Verify your wallet here https://metamask-verify.pages.gitlab.gnome.org/", bot.Delete},
		{"https://gitlab.gnome.org/GNOME/gtk", bot.Allow},
		{"https://gtk.pages.gitlab.gnome.org/gtk4/", bot.Allow},
		{"https://mesa.pages.freedesktop.org/", bot.Allow},
		{"https://tails.pages.torproject.net/", bot.Allow},
		{"https://security-team.pages.debian.net/", bot.Allow},
		{"https://team.pages.debian.net/wiki/", bot.Allow},
	})
}
