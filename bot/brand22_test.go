package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestHostRoleBeforeWordTLD (brand22): www. or ftp. before a name that
// starts with a word that is also a top-level domain (info-zip.org,
// net-snmp.org, org-mode.org) makes no domain of the two (www.info): the
// host reads as its site's name does, allowed in tech chat. A name
// starting com-, and a brand's name before the word, are still read as
// a domain in front of another (each attack line is flagged on main
// too).
func TestHostRoleBeforeWordTLD(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"http://www.info-zip.org/", bot.Allow},
		{"unzip is from http://ftp.info-zip.org/pub/infozip/", bot.Allow},
		{"http://www.net-snmp.org/docs/man/snmpd.conf.html", bot.Allow},
		{"https://www.org-mode.org/", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://www.com-4daily.com/", bot.Warn},
		{"https://www.com-default.ws/", bot.Warn},
		{"https://paypal.info-secure.top/", bot.Warn},
		{"https://www.paypal.com-secure.top/", bot.Warn},
		{"https://www.info-paypal-fr.info/", bot.Warn},
		{"http://www.info-clientid3.ga/", bot.Warn},
	})
}
