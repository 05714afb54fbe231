package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestDownloadsWrittenWithNoScheme (dl38): official downloads typed with
// no scheme, as tech chat types them (get.videolan.org/vlc/…/vlc.exe,
// astral.sh/uv/install.ps1), take the reliefs of the same links written
// https:// (a maker's, a site's own, a build server's download over
// TLS): no scheme written is not plain HTTP. A build written http://
// that does not name its site (kubectl.exe on dl.k8s.io), and droppers
// typed bare beside bait or named as droppers are, are read as before.
func TestDownloadsWrittenWithNoScheme(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"kubectl for windows dl.k8s.io/release/v1.30.1/bin/windows/amd64/kubectl.exe", bot.Allow},
		{"vlc get.videolan.org/vlc/3.0.20/win64/vlc-3.0.20-win64.exe", bot.Allow},
		{"7zip www.7-zip.org/a/7z2408-x64.exe", bot.Allow},
		{"rclone downloads.rclone.org/v1.68.1/rclone-v1.68.1-windows-amd64.zip", bot.Allow},
		{"curl -fsSL ollama.com/install.sh | sh", bot.Allow},
		{"the installer script astral.sh/uv/install.ps1", bot.Allow},
		{`uv on windows: powershell -c "irm astral.sh/uv/install.ps1 | iex"`, bot.Allow},
		// read as before
		{"kubectl for windows http://dl.k8s.io/release/v1.30.1/bin/windows/amd64/kubectl.exe", bot.Delete},
		{"free robux generator robux-gen.xyz/download/RobuxGen.exe", bot.Delete},
		{"cracked photoshop free adobe-free-download.net/setup/Photoshop_2024_Setup.exe", bot.Delete},
		{"your invoice is attached billing-docs.top/Invoice_2291.exe", bot.Delete},
		{"update your flash player flash-update-center.com/FlashPlayer_Setup.exe", bot.Delete},
	})
}

// TestStorageLinksWrittenWithNoScheme (dl38): a dropper in a storage
// bucket or on a gateway whose host is itself a public suffix, typed
// with no scheme, is read as the same link written https:// is, not
// passed over as no link at all. A bucket's data, a government page and
// a platform named alone are not flagged.
func TestStorageLinksWrittenWithNoScheme(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"new client build s3.amazonaws.com/files-share-prod-ue1/app/Setup.exe", bot.Delete},
		{"nyc3.digitaloceanspaces.com/files-dl/Client.exe", bot.Delete},
		{"cloudflare-ipfs.com/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/Setup.zip", bot.Warn},
		// not flagged
		{"the dataset is at s3.amazonaws.com/my-bucket/data/report.csv", bot.Allow},
		{"renew at gov.uk/renew-driving-licence today", bot.Allow},
		{"we host the docs on github.io and the blog on blogspot.com", bot.Allow},
	})
}
