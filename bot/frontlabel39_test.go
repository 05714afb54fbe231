package bot_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestFrontLabelNoLower (sub39): a site's front for a device or an app
// written in front of a scam's host (m., mobile., app.) is judged at
// least as hard as the host without it, whether the name is the
// scammer's (the link model's reading), a word's premium name, a
// Cloudflare Pages site, or a brand's host where anyone publishes
// (a Telegram invite, a Google form, a Discord attachment).
func TestFrontLabelNoLower(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []string{
		"your parcel is on hold, pay the redelivery fee https://usps-redeliver.info/track",
		"Revolut: a payment of 1,250 EUR was made. Not you? cancel at https://revolut-cancel-payment.com/",
		"TON holders can claim the season rewards https://ton-rewards.click/claim",
		"free NFT mint for early supporters https://mint-freenft.com/",
		"bitcoin core security patch download https://bitcoincore.net/",
		"wallet drained? connect here to restore https://wallet.com/connect",
		"zkSync airdrop is live https://claim-zk-distribution.pages.dev/",
		"phantom wallet security upgrade https://phantom-upgrade.pages.dev/connect",
		"Việc làm online tại nhà 400k/ngày, làm nhiệm vụ đơn giản, vào nhóm Telegram https://t.me/+Qw8Er7Ty6Ui",
		"Your mailbox is full. Verify your email password to avoid suspension https://docs.google.com/forms/d/e/1FAIpQLSfA1b2C3d4E5f6G7h8/viewform",
		"check this cheat https://cdn.discordapp.com/attachments/1122334455/6677889900/FortniteAimbot.exe",
	}
	noLowerWithLabels(t, c, cases, "m.", "mobile.", "app.")
}

// TestFrontLabelOfficialAllowed (sub39): the fronts brands and reputable
// sites really serve stay allowed, read as the host behind them is.
func TestFrontLabelOfficialAllowed(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"the event page https://m.facebook.com/events/1234567890/",
		"watch on the phone https://m.youtube.com/watch?v=dQw4w9WgXcQ",
		"open it in the browser https://app.slack.com/client/T0123ABCD/C0456EFGH",
		"thread here https://mobile.twitter.com/golang/status/1712345678901234567",
		"internet banking https://m.vietcombank.com.vn/",
		"the mobile wiki https://en.m.wikipedia.org/wiki/Go_(programming_language)",
		"messenger on the web https://web.whatsapp.com/",
		"the group https://m.vk.com/club1",
		"the design file https://app.netlify.com/sites/my-site/deploys",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow {
			t.Errorf("%q: %s %.2f %v, want allow", text, v.Level, v.Score, v.Reasons)
		}
	}
}

// TestAskLabelNoLower (sub39): a label in front of a scam's name that
// says what phishing asks for (login., secure., verify., account.) reads
// no lower than the name without it.
func TestAskLabelNoLower(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []string{
		"your parcel is on hold, pay the redelivery fee https://usps-redeliver.info/track",
		"Revolut: a payment of 1,250 EUR was made. Not you? cancel at https://revolut-cancel-payment.com/",
		"TON holders can claim the season rewards https://ton-rewards.click/claim",
		"bitcoin core security patch download https://bitcoincore.net/",
	}
	noLowerWithLabels(t, c, cases, "login.", "secure.", "verify.", "account.", "m.login.")
}

// noLowerWithLabels checks that each case, a flagged message, is judged
// no lower with each label written in front of its link's host.
func noLowerWithLabels(t *testing.T, c *bot.Classifier, cases []string, labels ...string) {
	t.Helper()
	for _, text := range cases {
		bare := judgeText(c, bot.Telegram, text).Verdict
		if bare.Level == bot.Allow {
			t.Errorf("%q: allowed (%.2f), the case needs a flagged host", text, bare.Score)
			continue
		}
		s := strings.Index(text, "://") + 3
		for _, label := range labels {
			lt := text[:s] + label + text[s:]
			got := judgeText(c, bot.Telegram, lt).Verdict
			if got.Level < bare.Level {
				t.Errorf("%q: %s %.2f %v, below the bare host's %s %.2f", lt, got.Level, got.Score, got.Reasons, bare.Level, bare.Score)
			}
		}
	}
}

// TestFrontLabelListedAsWritten (sub39): a front host an admin's list
// names as written (a block entry for m.facebook.com) is judged as
// listed, not as the host behind it, and the host behind it as before.
func TestFrontLabelListedAsWritten(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	c.SetLists(bot.NewListSet([]bot.ListEntry{{Kind: bot.BlockList, Value: "m.facebook.com"}}))
	cases := []struct {
		text string
		want bot.Level
	}{
		{"look https://m.facebook.com/groups/123/", bot.Delete},
		{"look https://facebook.com/groups/123/", bot.Allow},
		{"look https://mobile.facebook.com/groups/123/", bot.Allow},
	}
	for _, tc := range cases {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		if v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}

// TestFrontLabelReadAsName (rev39a): a site's front for a device or an
// app in front of a name (m., mobile., app.) is judged as the name, in
// both directions: a small site's page, a project's installer, a blog on
// a country's blogspot ending, a preview or a home server on a hosting
// platform are allowed as they are written, and a scam's page is flagged
// as it is written. The reliefs that read a name as written (a project's
// own download, a blog's, a site's brand-like name read as its own) held
// for NAME and not for m.NAME, while the link model read m.NAME at least
// as NAME.
func TestFrontLabelReadAsName(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		text string
		want bot.Level
	}{
		{"the isp's support page https://net-swift.com", bot.Allow},
		{"tightvnc http://tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi", bot.Allow},
		{"See http://ludovicrousseau.blogspot.fr/2015/12/remove-andor-customize-pcsc-reader-names.html", bot.Allow},
		{"the polkadot staking dashboard https://staking.polkadot.cloud/", bot.Allow},
		{"the preview https://splendid-malasada-3f2a1c.netlify.app/", bot.Allow},
		{"the help desk https://paypal.syncaccess.net/", bot.Allow},
		{"your parcel is on hold, pay the redelivery fee https://usps-redeliver.info/track", bot.Delete},
		{"claim your airdrop now https://shop-claim.weebly.com/claim", bot.Delete},
		{"https://www.com-4daily.com/", bot.Delete}, // the www. is the name's own (brand22)
	}
	for _, tc := range cases {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, the case needs %s as written", tc.text, v.Level, v.Score, v.Reasons, tc.want)
			continue
		}
		s := strings.Index(tc.text, "://") + 3
		for _, front := range []string{"m.", "mobile.", "app.", "www.m."} {
			ft := tc.text[:s] + front + tc.text[s:]
			if v := judgeText(c, bot.Telegram, ft).Verdict; v.Level != tc.want {
				t.Errorf("%q: %s %.2f %v, want %s as without %s", ft, v.Level, v.Score, v.Reasons, tc.want, front)
			}
		}
	}
}

// TestFrontLabelTenantKept (rev39a): a front's label that is a hosting
// platform's or a tenant service's customer's own name (m.weebly.com is
// the tenant "m", app.syncaccess.net the customer "app") is read as
// written, not as the platform's name, while a brand's own front on its
// tenant service (app.slack.com) and a front before a tenant
// (m.shop-claim.weebly.com, m.app.weebly.com) are read as the host
// behind them; Raw keeps the link as written.
func TestFrontLabelTenantKept(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		text, host string
		want       bot.Level
	}{
		{"https://m.weebly.com/verify-your-wallet-connect", "m.weebly.com", bot.Warn},
		{"https://app.weebly.com/verify-your-wallet-connect", "app.weebly.com", bot.Warn},
		{"https://m.app.weebly.com/verify-your-wallet-connect", "app.weebly.com", bot.Warn},
		{"https://app.syncaccess.net/help", "app.syncaccess.net", bot.Allow},
		{"https://m.shop-claim.weebly.com/claim", "shop-claim.weebly.com", bot.Delete},
		{"open it in the browser https://app.slack.com/client/T0123ABCD/C0456EFGH", "slack.com", bot.Allow},
		{"the isp's support page https://www.m.net-swift.com/contact", "net-swift.com", bot.Allow},
	}
	for _, tc := range cases {
		j := judgeText(c, bot.Telegram, tc.text)
		if v := j.Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
		written := tc.text[strings.Index(tc.text, "https://"):]
		written, _, _ = strings.Cut(written, " ")
		if len(j.Links) != 1 || j.Links[0].Host != tc.host || j.Links[0].Raw != written {
			t.Errorf("%q: links %+v, want the host read as %s and Raw as written", tc.text, j.Links, tc.host)
		}
	}
}

// TestFrontLabelConcurrent (rev39a): one classifier judging fronts and
// the names behind them from many goroutines at once, in different
// orders, gives each message the verdict a fresh classifier gives it
// alone: the host cache is keyed by the host as read (m.t.me and t.me
// share what is known of t.me), a host a list names as written keeps its
// own entry (m.facebook.com), and the link model's name readings share
// nothing. Run with -race.
func TestFrontLabelConcurrent(t *testing.T) {
	t.Parallel()
	lists := bot.NewListSet([]bot.ListEntry{{Kind: bot.BlockList, Value: "m.facebook.com"}})
	texts := []string{
		"look https://m.facebook.com/groups/123/",
		"look https://facebook.com/groups/123/",
		"look https://mobile.facebook.com/groups/123/",
		"tightvnc http://m.tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
		"tightvnc http://tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
		"your parcel is on hold, pay the redelivery fee https://m.usps-redeliver.info/track",
		"your parcel is on hold, pay the redelivery fee https://login.usps-redeliver.info/track",
		"Việc làm online tại nhà 400k/ngày, vào nhóm Telegram https://m.t.me/+Qw8Er7Ty6Ui",
		"the channel https://t.me/golang_news",
		"https://m.weebly.com/verify-your-wallet-connect",
		"https://weebly.com/",
	}
	want := make([]bot.Verdict, len(texts))
	for i, text := range texts {
		c := bot.NewClassifier(bot.ClassifierConfig{})
		c.SetLists(lists)
		want[i] = judgeText(c, bot.Telegram, text).Verdict
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	c.SetLists(lists)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 4 * len(texts) {
				i := (n*(g+1) + g) % len(texts)
				got := judgeText(c, bot.Telegram, texts[i]).Verdict
				if got.Level != want[i].Level || got.Score != want[i].Score {
					t.Errorf("%q: %s %.2f in goroutine %d, alone %s %.2f", texts[i], got.Level, got.Score, g, want[i].Level, want[i].Score)
				}
			}
		}()
	}
	wg.Wait()
}
