package bot

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestSpeed45CheapLooks: the cheap looks before the readings of
// session 45 turn away none of the links the readings take: every chat
// app's attachment host is a host of Discord's (chatDrop), every
// impostor's site has a hyphen in its ICANN name (mayNameImpostor) and
// every bucket's host one of bucketHost's endings.
func TestSpeed45CheapLooks(t *testing.T) {
	for h := range chatDrops {
		if !strings.Contains(h, "discord") || !chatDrop(h) {
			t.Errorf("%s: a chat's host turned away", h)
		}
	}
	if chatDrop("discord.gg") || chatDrop("example.com") {
		t.Error("a host outside chatDrops taken")
	}
	for _, raw := range []string{"https://vlc-player.org/vlc-3.0.21-win64.exe", "https://notepad-plus-plus.org/npp.exe",
		"https://obs-studio-download.com/OBS-Studio-30.1-Full-Installer-x64.exe", "https://example.com/x.exe",
		"https://3232235777/x.exe", "https://my-project.github.io/app.zip"} {
		l, ok := linkx.Parse(raw)
		if !ok {
			t.Fatalf("%s: no link", raw)
		}
		if impostorProduct(&l) != "" && !mayNameImpostor(&l) {
			t.Errorf("%s: an impostor's site turned away", raw)
		}
	}
	for _, raw := range []string{"https://acme-invoices.s3.amazonaws.com/login.html", "https://s3.amazonaws.com/acme-billing/login.html",
		"https://storage.googleapis.com/acme-pay/signin.html", "https://acme.blob.core.windows.net/web/login.html",
		"https://pub-1.r2.dev/invoice.html", "https://acme-secure.s3-website-us-east-1.amazonaws.com/",
		"https://acmelogin.z13.web.core.windows.net/", "https://f000.backblazeb2.com/file/acme-invoice/login.html",
		"https://acme-bill.nyc3.digitaloceanspaces.com/login.html", "https://example.com/login.html"} {
		l, ok := linkx.Parse(raw)
		if !ok {
			t.Fatalf("%s: no link", raw)
		}
		if (bucketName(&l) != "" || bucketSite(l.Host)) != bucketHost(l.Host) {
			t.Errorf("%s: bucket %q, site %v, bucketHost %v", raw, bucketName(&l), bucketSite(l.Host), bucketHost(l.Host))
		}
	}
}
