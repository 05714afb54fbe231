package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestHostRoleBeforeWordTLD (brand22): www. or ftp. before a name that
// starts with a word that is also a top-level domain (info-zip.org,
// net-snmp.org, org-mode.org) makes no domain of the two (www.info): the
// host reads as its site's name does, allowed in tech chat; so does a
// name of three letters or fewer before info. (a university's
// department). A name starting com-, a brand's name before the word and
// a short name before edu. (a university's domain) are still read as a
// domain in front of another (each attack line is flagged on main
// too).
func TestHostRoleBeforeWordTLD(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"http://www.info-zip.org/", bot.Allow},
		{"unzip is from http://ftp.info-zip.org/pub/infozip/", bot.Allow},
		{"http://www.net-snmp.org/docs/man/snmpd.conf.html", bot.Allow},
		{"https://www.org-mode.org/", bot.Allow},
		{"see http://pp.info.uni-karlsruhe.de/projects.php", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://www.com-4daily.com/", bot.Warn},
		{"https://www.com-default.ws/", bot.Warn},
		{"https://paypal.info-secure.top/", bot.Warn},
		{"https://www.paypal.com-secure.top/", bot.Warn},
		{"https://www.info-paypal-fr.info/", bot.Warn},
		{"http://www.info-clientid3.ga/", bot.Warn},
		{"http://uwm.edu.healthyemirates.ae/indexxx.htm", bot.Warn},
		{"https://support.apple.info.com.intel-id304.com/session/?view=login", bot.Warn},
	})
}

// TestBrandBlogOnItsPlatform (brand22): Google names its blogs on
// Blogger, the platform it runs, by its name and a topic
// (googleonlinesecurity, googleprojectzero, googleresearch): such a blog
// is judged as any blog is, without "a site anyone can make on
// blogspot.com, named after Google". A name with what a kit asks for or
// warns of (login, verify, recovery, an alert, an account) or a
// document (googledocs: what kits posing as Google show most), another
// brand's name on Blogger and Google's name on another platform keep
// their reading (each attack line is flagged on main too).
func TestBrandBlogOnItsPlatform(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://googleonlinesecurity.blogspot.com/2015/12/proactive-measures-in-digital.html", bot.Allow},
		{"https://googlewebmastercentral.blogspot.com/2015/12/proactive-measures-in-digital.html", bot.Allow},
		{"see https://googleblog.blogspot.com/2015/12/proactive-measures-in-digital.html", bot.Allow},
		{"project zero's writeup https://googleprojectzero.blogspot.com/2024/06/project-naptime.html", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://google-login-verify.blogspot.com/", bot.Warn},
		{"https://gmail-security-alert.blogspot.com/", bot.Warn},
		{"https://google-account-recovery.blogspot.com/p/login.html", bot.Warn},
		{"https://serviceonlinepaypal.blogspot.be/2019/09/paypal.html", bot.Warn},
		{"https://googleonlinesecurity.wixsite.com/home", bot.Warn},
		{"https://googleonlinesecurity.web.app/", bot.Warn},
		// model36: allowed at 0.36, 0.14, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"verify your account here https://google-apps.blogspot.com/p/login.html", bot.Allow},
		{"View the shared document here https://googledocs.blogspot.com/2024/05/document.html", bot.Allow},
	})
}
