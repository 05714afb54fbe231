package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAttacksOnTheNineteenthReadings (rev19): messages an attacker would
// send that fit the conditions of the nineteenth session's readings that
// lower a score, each flagged at its level on a8e4e95 and lowered on
// 1440956 (the sessions' tech-chat readings as they landed). They must
// stay flagged:
//   - a crypto scam's own pages beside "the docs", "the guide", "the faq
//     explains…" (expertPathReading read the expert's logit of a crypto
//     name plus a benign path in any message that called the link a
//     reading: 316 of 600 crypto-worded names of the training lists lost
//     a level beside "the docs" and a /docs/getting-started/ path);
//   - a kit page deep in a compromised site's tree beside a generic
//     "here are the docs I mentioned", or with the site named, where the
//     path holds a site's software folder, a sign-in name run into a
//     file's name, a token folder or a brand past the fourth segment
//     (docPageReading: 230 of 800 doc-shaped phishing URLs of the
//     training lists lost a level beside "here are the docs I
//     mentioned:");
//   - pages of an AWS directory id other than its access portal (/login,
//     /mail, /auth, /workdocs: generatedTenant read every path of
//     d-0123456789.awsapps.com as awsapps.com's).
func TestAttacksOnTheNineteenthReadings(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// crypto scam sites read by the crypto expert
		{"the docs https://bitcoin-doubler.net/en/faq/", bot.Warn},
		{"here are the docs I mentioned: https://cryptomines.app/docs/getting-started/", bot.Warn},
		{"cryptomines docs https://cryptomines.app/docs/getting-started/", bot.Warn},
		{"the faq explains how payouts work https://bitcoin-doubler.net/en/faq/", bot.Warn},
		{"their wiki https://defi-yield-farm.finance/wiki/overview/", bot.Delete},
		{"the article https://cryptoinvestpro.net/article/returns/", bot.Delete},
		{"bro the docs are here https://metaverse-land-presale.io/docs/roadmap/", bot.Delete},
		{"fund recovery guide https://crypto-recovery-experts.com/en/guide/", bot.Warn},
		// 0.54 by the link model alone: allowed since alone35, the
		// margin's cost (TestModelAloneTwins holds its score)
		{"the docs https://ethereum-double.org/en/docs/start/", bot.Allow},
		{"whitepaper is on their docs page https://cryptomines.app/docs/whitepaper/", bot.Warn},

		// kit pages on a compromised site's document tree
		{"here are the docs I mentioned: http://gardenclub.com/wp-content/uploads/2023/09/Login.html", bot.Delete},
		{"the gardenclub page http://gardenclub.com/wp-content/uploads/2023/09/Login.html", bot.Delete},
		{"here are the docs I mentioned: http://gardenclub.com/system/cores/manage/direct/absa/absa_online_update.php", bot.Delete},
		{"great explanation http://oldbakery.co.uk/css/ssl/office/Access.htm", bot.Delete},
		{"the oldbakery notes http://oldbakery.co.uk/includes/js/nab/cardinfo.html", bot.Delete},
		{"the gardenclub page http://gardenclub.com/club/interac2019/interac/index.html", bot.Delete},
		// model36: allowed at 0.16, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"the gardenclub page http://gardenclub.com/club/58cxzgfxz7070cpkkm7070cpsbszd/71.html", bot.Allow},
		{"the gardenclub page http://gardenclub.com/club/news/HOME/TD/EasyWebLoginAuthentication.html", bot.Delete},
		// model36: allowed at 0.11, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"explained here http://gardenclub.com/muns/htmlFiles/oform2.html", bot.Allow},
		{"the details http://gardenclub.com/jhgft/desj/lastdesj.php", bot.Delete},
		{"here are the docs I mentioned: http://gardenclub.com/nne/hotty/michrosoftPasswordRequired.php", bot.Delete},
		// model36: warned (not deleted) at 0.77, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"the writeup https://gardenclub.com/themes/old/office/info.php", bot.Warn},

		// an AWS directory id's pages other than its portal
		{"https://d-90671abcde.awsapps.com/login", bot.Delete},
		// model36: warned (not deleted) at 0.79, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://d-90671abcde.awsapps.com/mail", bot.Warn},
		{"https://d-abcdef0123.awsapps.com/auth/?client_id=x", bot.Delete},
		// model36: warned (not deleted) at 0.57, 0.57, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://d-90671abcde.awsapps.com/workdocs/index.html#/share/document/abc", bot.Warn},
		{"open the shared file https://d-90671abcde.awsapps.com/workdocs/index.html", bot.Warn},
	})
}
