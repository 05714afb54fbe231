package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestInfraBrandsUploadHosts (rev45e): a host that serves anyone's upload
// as it was sent is no service's own host, though the service runs it
// (files.pythonhosted.org's packages, kaggleusercontent.com's notebook
// outputs, claudeusercontent.com's files, a customer's sharefile.com,
// gitea.com's forge): a dangerous file there is read as anywhere else,
// as it was before infra45 listed them among the brands' Domains. The
// services' own pages stay allowed.
func TestInfraBrandsUploadHosts(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"download https://files.pythonhosted.org/packages/aa/bb/setup.scr", bot.Warn},
		{"download https://kaggleusercontent.com/kf/12345/setup.exe", bot.Warn},
		{"download https://cdn.claudeusercontent.com/setup.exe", bot.Warn},
		{"download your invoice https://acme.sharefile.com/d/Invoice.exe", bot.Warn},
		{"mshta https://gitea.com/xuser/tools/raw/branch/main/verify.hta", bot.Warn},
		{"https://files.pythonhosted.org/packages/source/r/requests/requests-2.31.0.tar.gz", bot.Allow},
		{"https://gitea.com/gitea/tea", bot.Allow},
		{"https://docs.gitea.com/", bot.Allow},
		{"https://www.sharefile.com/", bot.Allow},
		{"https://www.kaggle.com/competitions", bot.Allow},
		{"https://claude.ai/new", bot.Allow},
		{"https://pypi.org/project/requests/", bot.Allow},
	})
}

// TestITNoticeToolNames (rev45e): an IT admin's notice's subject and
// demand beside what a tool that watches for such notices does
// (ssl-expiry-checker, domain-renewal-reminder,
// certificate-expiry-monitor: real products' names) is the tool's name;
// the notice alone is still warned (ssl-expiry-notice,
// mailbox-quota-exceeded).
func TestITNoticeToolNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://ssl-expiry-checker.com/", bot.Allow},
		{"https://www.domain-renewal-reminder.com/", bot.Allow},
		{"https://certificate-expiry-monitor.com/", bot.Allow},
		{"https://domain-expiry-checker.com/", bot.Allow},
		{"https://ssl-expiry-monitor.com/", bot.Allow},
		{"https://ssl-expiry-notice.com/", bot.Warn},
		{"https://mailbox-quota-exceeded.com/", bot.Warn},
		{"https://webmail-storage-upgrade.net/", bot.Warn},
		// an abuse report is the notice itself, not a tool's
		{"server-abuse-report.com", bot.Warn},
	})
}
