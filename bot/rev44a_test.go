package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestSecurityMakersOwnSites (rev44a): a security maker's sites under a
// country's ending (bitdefender.de, kaspersky.co.uk, eset.de) and Avira's
// update domain (avira-update.com) are the maker's own, and a build
// there is noted as a maker's download; each was flagged on own43
// (99f6947), which read them as fresh sites named after the maker. The
// name under an ending sold to anyone (io, cc, co) stays an impostor's.
func TestSecurityMakersOwnSites(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://www.bitdefender.io/dl/rel/27.1.2/Bitdefender-27.1.2-64-install.exe", bot.Warn},
		{"https://kaspersky.cc/download/kaspersky_setup.exe", bot.Warn},
		{"https://eset.co/download/eset_nod32_setup.exe", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://www.bitdefender.de/dl/rel/27.1.2/Bitdefender-27.1.2-64-install.exe", bot.Allow},
		{"https://www.kaspersky.co.uk/dl/rel/21.1.2/Kaspersky-21.1.2-64-install.exe", bot.Allow},
		{"https://download.eset.de/dl/rel/17.1.2/eset-17.1.2-64-install.exe", bot.Allow},
		{"https://install.avira-update.com/package/antivirus/win/en-us/avira_antivirus_en-us.exe", bot.Allow},
		{"https://avira-update.com/", bot.Allow},
	})
}

// TestSecurityTradeNames (rev44a): a security maker's name run together
// with a word of what its fakes pose as (brand.Brand.Trade: setup,
// activate) names the maker, so a build named after such a site is no
// maker's own: each was allowed on own43 (99f6947). A name of another
// trade run together with Norton's (nortonhealthcare, wwnorton) is not
// read so, and McAfee's old trust-mark domain is McAfee's.
func TestSecurityTradeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://www.nortonsetup.com/dl/rel/22.24.1/NortonSetup-22.24.1-64-install.exe", bot.Warn},
		{"https://www.mcafeeactivate.com/dl/rel/12.4.1/McAfeeActivate-12.4.1-64-install.exe", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://mcafeesecure.com/verify?host=example.com", bot.Allow},
		{"https://www.nortonhealthcare.com/locations/", bot.Allow},
		{"https://wwnorton.com/books/9780393884432", bot.Allow},
	})
}
