package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPhishedBanksAsBrands (brand20): banks, payment services and shops
// whose names the training lists' phishing URLs carry by the hundred are
// protected brands (brand.Runtime): a name that imitates one, and a
// kit's folder named for one at a stranger's root, are flagged (each
// attack line below was allowed, or flagged a level lower, before them),
// while the brands' own sites, and chat that names them or says an
// English word a left-out brand is named by (chase), stay allowed.
func TestPhishedBanksAsBrands(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// names that imitate a brand
		{"https://desjardins-acces.net/", bot.Warn},
		{"https://zelle-payment-review.com/", bot.Delete},
		{"the gardenclub page http://login.airbnb.gardenclub.com/club/index.php", bot.Warn},
		// a kit's folder named for a brand at a stranger's root
		{"http://gardenclub.com/desjardins/", bot.Warn},
		{"https://gardenclub.com/wellsfargo/", bot.Warn},
		// the brand's name deeper in a document tree's path, beside a
		// message that names the site
		{"the gardenclub page http://gardenclub.com/club/banks/desjardins/index.html", bot.Warn},
		{"the gardenclub page http://gardenclub.com/club/banks/cibc/", bot.Warn},
		{"the gardenclub page http://gardenclub.com/canada/taxe/bmo/processing.php", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		// the brands' own sites, under every country's suffix where
		// they own it
		{"https://www.cibc.com/en/personal-banking.html", bot.Allow},
		{"https://www.desjardins.com/", bot.Allow},
		{"https://www.bankofamerica.com/", bot.Allow},
		{"https://www.ebay.co.uk/", bot.Allow},
		{"https://www.ebay-kleinanzeigen.de/", bot.Allow},
		{"https://www.airbnb.fr/rooms/123", bot.Allow},
		{"https://www.citibank.co.in/", bot.Allow},
		{"https://www.tax.service.gov.uk/account", bot.Allow},
		{"https://we.tl/t-AbCdEf", bot.Allow},
		{"https://www.att.com/", bot.Allow},
		// chat that names a brand or says a word a brand is named by
		{"we need to chase the regression https://github.com/golang/go/issues/12345", bot.Allow},
		{"att: the logs from last night https://gist.github.com/alice/0123456789abcdef", bot.Allow},
		{"please verify the att config on https://wiki.example.org/net/att", bot.Allow},
		{"the amex integration docs https://stripe.com/docs/payments/cards", bot.Allow},
		{"my ebay order arrived, tracking is on https://www.ups.com/track?tracknum=1Z999", bot.Allow},
		{"our anz repo https://github.com/anz-bank/sysl", bot.Allow},
		{"the hmrc api docs https://developer.service.hmrc.gov.uk/api-documentation", bot.Allow},
		{"dropbox sdk https://github.com/dropbox/dropbox-sdk-python", bot.Allow},
	})
}

// TestDocPageKitMarks (brand20): rev19 left a kit page in folders of
// words passing docPageReading when the message names its site or a
// word of its path (76 of 800 doc-shaped phishing URLs of the training
// lists beside "the <site> page I mentioned"). A site on a free or
// nearly free suffix, a host with a kit's marks in the labels in front
// of its name, a single page at the root that the message does not
// name itself, a name alone at the root, an index page's copy, a
// password's page, a Brazilian bank kit's Portuguese words and a CMS's
// software folder keep the path's reading. Each attack line below was
// flagged on a8e4e95 and allowed on 7707885. The document pages that
// tech chat names (en-tech19t) stay allowed.
func TestDocPageKitMarks(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// model36: allowed at 0.31, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"the springx page https://springx.ga/arch/archive/index.php", bot.Allow},
		{"the puthofthigs page http://puthofthigs.faith/series/super-choque", bot.Delete},
		{"the gardenclub page http://cox.com-6159368de3-login.id-107sbtd9cbh.gardenclub.com/ab/index.php", bot.Delete},
		{"the gardenclub page https://validation-account-of-bank.gardenclub.com/1/index.php", bot.Delete},
		{"the gardenclub page http://gardenclub.com/zm.htm", bot.Warn},
		{"the gardenclub page http://gardenclub.com/club/news/index2.php", bot.Delete},
		{"news details here http://gardenclub.com/club/news/index2.php", bot.Delete},
		{"the gardenclub page http://gardenclub.com/projectproposal/fresh/pass.php", bot.Delete},
		{"the gardenclub page http://gardenclub.com/revista/pagamentoconcluido.php", bot.Delete},
		{"the gardenclub page http://gardenclub.com/inter/pag/cliente/acessar.php", bot.Delete},
		{"the gardenclub page http://gardenclub.com/layouts/joomla/searchtools/default/index.htm", bot.Delete},
	})
	checkLevels(t, false, []levelCase{
		{"the gbatek page http://problemkaputt.de/gbatek.htm", bot.Allow},
		{"the z80 undocumented page http://www.z80.info/z80undoc.htm", bot.Allow},
		{"gbatek covers the ds too http://problemkaputt.de/gbatek.htm#dsmemorymaps", bot.Allow},
		{"fabien on the quake 2 renderer https://fabiensanglard.net/quake2/quake2_software_renderer.php", bot.Allow},
		{"songho has the matrix derivation http://www.songho.ca/math/homogeneous/homogeneous.html", bot.Allow},
	})
}

// TestAWSPortalInWorkChat (brand20): an AWS access portal on a directory
// id AWS generates (d- and ten hex digits on awsapps.com), posted as an
// admin posts it, is allowed, as an Okta or Microsoft tenant's sign-in
// is: the page is AWS's own, and what it signs in to is the directory's
// (a8e4e95 warned this message at 0.78; rev19 read a delete at 0.81).
// A message that presses a lure's urgency on it is still deleted.
func TestAWSPortalInWorkChat(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"sign in with your work account https://d-90671abcde.awsapps.com/start", bot.Allow},
		{"new SSO portal for the team https://d-90671abcde.awsapps.com/start", bot.Allow},
		{"sign in with your work account https://mycorp.okta.com/", bot.Allow},
		{"URGENT: your account will be suspended today, verify your password now https://d-90671abcde.awsapps.com/start", bot.Delete},
	})
}
