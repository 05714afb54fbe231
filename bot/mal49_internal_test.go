package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestMal49ShareDomainCoversHosts: shareDomain, the cheap look before
// the file hosts' set and shareHosts, passes every file host and every
// share's host, so that it hides none of them from judgeErrandShare.
func TestMal49ShareDomainCoversHosts(t *testing.T) {
	hosts := append([]string(nil), fileHostList...)
	hosts = append(hosts, "drive.google.com", "docs.google.com", "drive.usercontent.google.com", "onedrive.live.com",
		"1drv.ms", "wetransfer.com", "www.wetransfer.com", "we.tl", "dropbox.com", "www.dropbox.com", "dl.dropbox.com",
		"dl.dropboxusercontent.com")
	for _, h := range hosts {
		l, ok := linkx.Parse("https://" + h + "/x/y")
		if !ok {
			t.Fatalf("%s: not parsed", h)
		}
		if (fileHosts[l.Domain] || shareHosts(l.Host)) && !shareDomain(l.Domain) {
			t.Errorf("%s (%s): shareDomain hides it", h, l.Domain)
		}
	}
}
