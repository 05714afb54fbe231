package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRandomLabelReadAsName (rand39): one made-up label written in
// front of a name (x7k2p.NAME, as a kit on wildcard DNS is served) is
// judged as the host behind it: a scam's host (or a brand's host where
// anyone publishes: a form) is flagged as hard as without it, and a
// small site's link, a project's installer, a mirror's or a hosting
// platform's preview is allowed as without it; Raw keeps the link as
// written.
func TestRandomLabelReadAsName(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		text string
		want bot.Level
	}{
		{"your parcel is on hold, pay the redelivery fee https://usps-redeliver.info/track", bot.Delete},
		{"claim your airdrop now https://shop-claim.weebly.com/claim", bot.Delete},
		{"verify your account here https://secure-wallet-restore.top/login", bot.Delete},
		{"https://metamask-restore-wallet.com/", bot.Delete},
		{"the isp's support page https://net-swift.com", bot.Allow},
		{"tightvnc http://tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi", bot.Allow},
		{"the preview https://splendid-malasada-3f2a1c.netlify.app/", bot.Allow},
		{"cryptopals set 1 challenge 6 https://cryptopals.com/sets/1/challenges/6", bot.Allow},
		{"Verify your PayPal account to avoid suspension, enter your card and CVV: https://docs.google.com/forms/d/e/1FAIpQLSfXq/viewform", bot.Delete},
		{"vlc from a mirror https://ftp.osuosl.org/pub/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", bot.Allow},
	}
	for _, tc := range cases {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, the case needs %s as written", tc.text, v.Level, v.Score, v.Reasons, tc.want)
			continue
		}
		s := strings.Index(tc.text, "://") + 3
		for _, label := range []string{"a7f3k.", "x9q2.", "3fa9c1e2.", "a1b2c3d4."} {
			lt := tc.text[:s] + label + tc.text[s:]
			j := judgeText(c, bot.Telegram, lt)
			if v := j.Verdict; v.Level != tc.want {
				t.Errorf("%q: %s %.2f %v, want %s as without %s", lt, v.Level, v.Score, v.Reasons, tc.want, label)
			}
			written, _, _ := strings.Cut(lt[strings.Index(lt, "http"):], " ")
			if len(j.Links) != 1 || j.Links[0].Raw != written {
				t.Errorf("%q: links %+v, want Raw %s", lt, j.Links, written)
			}
		}
	}
}

// TestNumberedLabelKept (rand39): a server's label that is a word with a
// number (v2., api2., ns1., cdn77., ipv6.) on a small site is read as
// written, with the verdict it had, and a tenant service's customer
// named at random (a1b2c3d4.zendesk.com) is the customer, not the
// service.
func TestNumberedLabelKept(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []hostCase{
		{"the new api https://v2.cryptopals.com/sets/1", "v2.cryptopals.com", bot.Allow},
		{"the new api https://api2.net-swift.com/status", "api2.net-swift.com", bot.Allow},
		{"dns is https://ns1.net-swift.com", "ns1.net-swift.com", bot.Allow},
		{"the cdn https://cdn77.tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi", "cdn77.tightvnc.com", bot.Allow},
		{"https://ipv6.net-swift.com/", "ipv6.net-swift.com", bot.Allow},
		{"our help desk https://a1b2c3d4.zendesk.com/hc/en-us", "a1b2c3d4.zendesk.com", bot.Allow},
	}
	checkHostCases(t, c, cases)
}
