package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestWWWReadAsHost (www40): www. written in front of a link's host is
// judged as the host behind it, both ways: an upload on a file drop, a
// page or a form anyone publishes under a big site's subdomain is
// flagged as hard as without it (www.cdn.discordapp.com/…/Setup.exe was
// read as the site's own program), and a mirror's, a bucket's, a
// tunnel's or a preview's link that is allowed without it is allowed
// with it; Raw keeps the link as written.
func TestWWWReadAsHost(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		text string
		want bot.Level
	}{
		{"https://cdn.discordapp.com/attachments/1184902713318510642/1191827364512873482/Setup.exe", bot.Delete},
		{"https://media.discordapp.net/attachments/1102938475610293847/1172839475610293847/installer.msi", bot.Delete},
		{"https://raw.githubusercontent.com/jjd883/tools/main/update.ps1", bot.Warn},
		{"https://objects.githubusercontent.com/github-production-release-asset-2e65be/812736451/update.exe", bot.Delete},
		{"https://sites.google.com/view/freeupdate2024/download/setup.exe", bot.Delete},
		{"https://dl.dropboxusercontent.com/s/abc123/Invoice_2024.exe", bot.Delete},
		{"Verify your PayPal account to avoid suspension, enter your card number and CVV here: https://docs.google.com/forms/d/e/1FAIpQLSfPay/viewform", bot.Delete},
		{"Nhận hỗ trợ 2 triệu từ quỹ bảo trợ, điền họ tên, CCCD, số thẻ ngân hàng vào form: https://forms.gle/hotro2trieu", bot.Delete},
		{"https://free-robux-tools.xyz/setup.exe", bot.Delete},
		{"vlc from a uni mirror https://mirror.csclub.uwaterloo.ca/vlc/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", bot.Allow},
		{"gimp mirror https://ftp.osuosl.org/pub/gimp/gimp/v2.10/windows/gimp-2.10.38-setup.exe", bot.Allow},
		{"dell BIOS exe from support https://dl.dell.com/FOLDER12345678M/1/XPS_9530_1.12.0.exe", bot.Allow},
		{"wsl kernel update https://wslstorestorage.blob.core.windows.net/wslblob/wsl_update_x64.msi", bot.Allow},
		{"the vercel preview https://widget-git-fix-login-acme.vercel.app/login", bot.Allow},
		{"the admin is at https://ab12-2001-db8-1.ngrok-free.app/admin/login while I debug the session cookie", bot.Allow},
		{"https://7-zip.org/a/7z2301-x64.exe", bot.Allow},
		{"https://videolan.org/vlc/download-windows.html", bot.Allow},
		{"https://python.org/ftp/python/3.12.1/python-3.12.1-amd64.exe", bot.Allow},
	}
	for _, tc := range cases {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, the case needs %s as written", tc.text, v.Level, v.Score, v.Reasons, tc.want)
			continue
		}
		s := strings.Index(tc.text, "://") + 3
		wt := tc.text[:s] + "www." + tc.text[s:]
		j := judgeText(c, bot.Telegram, wt)
		if v := j.Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, want %s as without www.", wt, v.Level, v.Score, v.Reasons, tc.want)
		}
		written, _, _ := strings.Cut(wt[strings.Index(wt, "http"):], " ")
		if len(j.Links) != 1 || j.Links[0].Raw != written || strings.HasPrefix(j.Links[0].Host, "www.") {
			t.Errorf("%q: links %+v, want Raw %s and the host read without www.", wt, j.Links, written)
		}
	}
}

// TestWWWKept (www40): a www. that is part of what the host shows is
// read as written: before a name that begins with a top-level domain's
// word and a hyphen (www.com-NAME.com, made to read as www.com), and as
// a loopback name's first label, which is allowed (www.localhost).
func TestWWWKept(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []hostCase{
		{"https://www.com-4daily.com/", "www.com-4daily.com", bot.Delete},
		{"open http://www.localhost:3000/login and you'll see the form, then check the network tab", "www.localhost", bot.Allow},
		{"`curl -X POST http://www.localhost:8000/auth/login -d '{\"user\":\"a\",\"password\":\"b\"}'` returns 401", "www.localhost", bot.Allow},
	}
	checkHostCases(t, c, cases)
}
