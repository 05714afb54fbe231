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
		// model36: allowed at 0.44, 0.48, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://google-gifting.blogspot.com/p/vitrall293.html", bot.Allow},
		{"http://google-important-security.blogspot.com/2019/09/please-wait-second.html", bot.Allow},
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

// TestServerRoleReadsAsItsSite (rev22): ftp. before a name starting with
// a top-level domain's word is a server of the site (serverOf), read as
// the site's bare name is, never lower: the link model reads ftp. as an
// old mirror's and read ftp.net-globaldev.ga 0.17 where net-globaldev.ga
// reads 0.54 (of 1,500 training phishing domains as ftp.net-<name>, 355
// read below the bare name on 0a3cbe6, none here). Each attack line is
// allowed on 0a3cbe6.
func TestServerRoleReadsAsItsSite(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://ftp.net-globaldev.ga/", bot.Warn},
		{"https://ftp.net-2xbinance.com/", bot.Warn},
		{"https://ftp.net-credicorpcapitalf.com/", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"unzip is from http://ftp.info-zip.org/pub/infozip/", bot.Allow},
		{"ftp://ftp.net-snmp.org/pub/", bot.Allow},
	})
}

// TestShortNamesBeforeInfo (rev22): a server's role is a server only
// before a name starting with a top-level domain's word (www.info-zip.org),
// not before that word as a label of its own (www.org.kurierh.eu shows
// the domain www.org); a name of three letters or fewer before info. is a
// department's only as a label of its own and when it is no brand's
// (ups.info.x.tv shows ups.info), and before a name starting info- it is
// what the host fakes (ocb.info-senexa.biz shows ocb.info, as
// bank.vn-abc.life shows bank.vn). Each attack line is allowed on bca884a
// and flagged on 110c67a; pp.info.uni-karlsruhe.de stays allowed.
func TestShortNamesBeforeInfo(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://www.org.kurierh.eu/", bot.Warn},
		{"https://ftp.info.kurierh.eu/", bot.Warn},
		{"https://ups.info.shottershondhane.tv/", bot.Warn},
		{"your account is on hold, confirm your details: https://dhl.info.fjbrake.com/", bot.Warn},
		{"https://ocb.info-senexa.biz/", bot.Warn},
		{"https://sms.info-vcbdigeltbrnk.com/signin/myaccount/settings", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"see http://pp.info.uni-karlsruhe.de/projects.php", bot.Allow},
		{"http://www.info-zip.org/", bot.Allow},
	})
}

// TestBlogPostOnCountryEnding (rev22): a dated post on Blogger under a
// country's ending is read as its blog's homepage on blogspot.com
// (blogPostReading), the model's score and what the name's words say:
// the country's ending reads the name as a subdomain of blogspot.fr and
// without its words, and a kit's post read below its own homepage
// (ppl-fix-redirect.blogspot.qa/…/today.html 0.41 where
// ppl-fix-redirect.blogspot.com warns at 0.59). Each attack line is
// flagged lower on e5788ad than here; a tech blog's post stays allowed.
func TestBlogPostOnCountryEnding(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// model36: allowed at 0.18, 0.46, 0.44, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"see https://ppl-fix-redirect.blogspot.qa/2020/07/today.html", bot.Allow},
		{"read this https://update-information-pp0.blogspot.co.za/2021/02/continue.html", bot.Allow},
		{"http://login-acces1.blogspot.com.br/2019/09/my-weekend-notes.html", bot.Allow},
	})
	checkLevels(t, false, []levelCase{
		{"See http://ludovicrousseau.blogspot.fr/2015/12/remove-andor-customize-pcsc-reader-names.html", bot.Allow},
	})
}

// TestBlogspotOnOtherEndings (rev22): blogspot under an ending Blogger
// does not serve (blogspot.live, .icu, .xyz, .shop) is whoever registered
// it, not Blogger: a dated post there is not read as a Blogger blog's
// homepage (bloggerName takes Blogger's endings only). Each line is
// flagged on 110c67a and lower on 35bf7eb (the first three allowed).
func TestBlogspotOnOtherEndings(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://l63-com.blogspot.live/2023/05/please-wait-second.html", bot.Delete},
		// model36: allowed at 0.24, warned (not deleted) at 0.71, 0.63:
		// the cost of the link model's second stage (BENCHMARKS.md, model36)
		{"https://northeastaddictionconsultants.blogspot.icu/2023/05/loading.html", bot.Warn},
		{"https://techopedia.blogspot.xyz/2023/05/my-story.html", bot.Allow},
		{"https://crescentcityarts.blogspot.shop/2023/05/please-wait-second.html", bot.Warn},
	})
}
