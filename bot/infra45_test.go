package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestInfraBrands (infra45): the services that people who run servers
// and build software sign in to are protected at run time; their name
// beside a notice's words on a stranger's name is flagged, their own
// hosts are not.
func TestInfraBrands(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://hetzner-invoice-overdue.com/", bot.Warn},
		{"https://contabo-abuse-desk.net/", bot.Warn},
		{"https://huggingface-token-reset.com/", bot.Warn},
		{"https://docker-hub-suspension.net/", bot.Warn},
		{"https://proxmox-license-renew.org/", bot.Warn},
		{"https://tailscale-device-verify.com/", bot.Warn},
		{"https://console.hetzner.cloud/projects", bot.Allow},
		{"https://huggingface.co/openai/whisper-large-v3", bot.Allow},
		{"https://hub.docker.com/r/grafana/grafana", bot.Allow},
		{"https://chatgpt.com/", bot.Allow},
		{"truenas scale iso https://download.sys.truenas.net/TrueNAS-SCALE-ElectricEel/24.10.0.2/TrueNAS-SCALE-24.10.0.2.iso", bot.Allow},
	})
}

// TestBesideBrands (infra45): a brand whose name is also a word or its
// projects' (brand.Brand.Beside: openai, chatgpt, docker) is read only
// beside a notice's words or a fake app's (download, desktop), and not
// in a link quoted defanged; a project's site named after it is not read,
// and a SelfHosted brand's name as a subdomain's label is an instance
// of its software (gitlab.gnome.org, cpanel.example.com).
func TestBesideBrands(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://chatgpt-billing-failed.com/", bot.Warn},
		{"https://openai-api-key.net/rotate", bot.Warn},
		{"https://claude-desktop-download.com/", bot.Warn},
		{"https://docker-desktop-download.com/", bot.Warn},
		{"https://openai-whisper.readthedocs.io/", bot.Allow},
		{"https://www.chatgpt-next-web.com/", bot.Allow},
		{"https://docker-curriculum.com/", bot.Allow},
		{"https://gitlab.gnome.org/GNOME/gtk/-/issues", bot.Allow},
		{"https://grafana.example.net/d/abc", bot.Allow},
		{"https://cpanel.example.com:2083/", bot.Allow},
		{"https://plex.example.org/web", bot.Allow},
		{"inode.at", bot.Allow},
		{"azuree.fr", bot.Allow},
		// a fake of the app named in security talk, defanged
		{"just so nobody gets got: the desktop download at claude-desktop-app[.]com is an infostealer, the real app is only from anthropic.com", bot.Allow},
	})
}

// TestBrandNoticeNames (infra45): any protected brand's name beside what
// its notices are about (an abuse desk, a licence key) or one of its own
// hosts flattened with hyphens under another ending is flagged; with a
// second sign (a cheap ending, a host's ending, two notice words) it is
// deleted. Security talk quoting such a name defanged is left to the
// fitted reading.
func TestBrandNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://cloudflare-abuse-desk.net/", bot.Warn},
		{"https://github-license-key.net/", bot.Warn},
		{"https://console-aws-amazon.icu/", bot.Delete},
		{"https://portal-azure.cfd/", bot.Delete},
		{"https://my-vultr-com.top/", bot.Delete},
	})
	checkLevels(t, false, []levelCase{
		{"coffee machine's broken and so is the phishing filter: it let through hxxps://microsoft-pass-expire[.]net/reset twice today", bot.Allow},
	})
}

// TestRuntimeWordTypos (infra45): one letter slipped in a long name of a
// service protected at run time (two swapped, one doubled, one dropped
// from nine letters or more) is flagged; a company's name one letter
// changed from such a name, or one letter short of an eight-letter
// one, is not.
func TestRuntimeWordTypos(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"cloudfalre.com", bot.Warn},
		{"namechaep.com", bot.Warn},
		{"proxmoxx.com", bot.Warn},
		{"digitaloecan.com", bot.Warn},
		{"forthnet.gr", bot.Allow},
		{"airable.io", bot.Allow},
		{"lacoste.com", bot.Allow},
		{"wmtransfer.com", bot.Allow},
	})
}

// TestITNoticeNames (infra45): a bare name made for an IT admin's notice
// (a mailbox over its quota, a certificate expiring, a domain to renew,
// a transfer to approve), in English or Vietnamese syllables, warns as
// scam44's notices do; a tool's or a service's name of the same subjects
// does not.
func TestITNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"webmail-storage-upgrade.net", bot.Warn},
		{"ssl-expiry-notice.com", bot.Warn},
		{"domain-renewal-desk.net", bot.Warn},
		{"mailbox-quota-exceeded.org", bot.Warn},
		{"dns-transfer-approval.com", bot.Warn},
		{"gia-han-ten-mien.net", bot.Warn},
		{"https://ssl-config.mozilla.org/", bot.Allow},
		{"https://www.domain-transfer.com/", bot.Allow},
		{"minecraft-server-status.net", bot.Allow},
	})
}
