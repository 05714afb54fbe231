package bot_test

import (
	"testing"
)

// TestRev33MailedArchives (rev33): a compressed file named as paperwork
// is read only when the rest of its name is paperwork's too and, with
// no number in it, its first word is a trade's paper (Invoice,
// Remittance, RFQ, PO): a data file whose first word a paper shares
// (scan_results.tar, order_data.tar, fine_tuned_model.tar) or a lone
// kind of document (report.tar, info.tar, accounts.tar) was warned on
// files33's reading and is not; the attack twins still are.
func TestRev33MailedArchives(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://dl.hollowpine.net/dl/scan_results.tar", false},
		{"https://dl.hollowpine.net/dl/order_data.tar", false},
		{"https://dl.hollowpine.net/dl/fine_tuned_model.tar", false},
		{"https://dl.hollowpine.net/models/report.tar", false},
		{"https://dl.hollowpine.net/dl/info.tar", false},
		{"https://dl.hollowpine.net/backups/accounts.tar", false},
		{"https://dl.hollowpine.net/dl/tracking.xz", false},

		{"https://dl.hollowpine.net/dl/Scan_0917.tar", true},
		{"https://dl.hollowpine.net/dl/Order_Confirmation_4471.tar", true},
		{"https://dl.hollowpine.net/dl/Report_0917.gz", true},
		{"https://dl.hollowpine.net/dl/Invoice.gz", true},
		{"https://dl.hollowpine.net/dl/RFQ.xz", true},
		{"https://dl.hollowpine.net/dl/Payment_Slip.gz", true},
	})
}

// TestRev33ShortNamedUploads (rev33): a Windows program in a release
// whose name is a short name of the repository's or the owner's
// (nvim for neovim, ep for ExplorerPatcher, yq for yq) is named after
// its project, as unnamed_upload asks (files33 warned them); a name
// that shortens neither is still warned.
func TestRev33ShortNamedUploads(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/hollowpine/neotermix/releases/download/nightly/ntx-win64.msi", false},
		{"https://github.com/hollowpine/ExplorerTweaks/releases/download/latest/et_setup.exe", false},
		{"https://github.com/hollowpine/yq/releases/download/stable/yq_windows_amd64.exe", false},

		{"https://github.com/hollowpine/neotermix/releases/download/nightly/qzr-win64.msi", true},
		{"https://github.com/hollowpine/ExplorerTweaks/releases/download/latest/zv_setup.exe", true},
		{"https://bitbucket.org/qorvex/new/downloads/hhh.exe", true},
	})
}

// TestRev33BaitRepoArtifacts (rev33): a CI artifact is noted as a
// project's build (files33) only when the repository is not named as
// bait is: a build of a cheat's, a crack's or a free offer's repository
// on nightly.link is judged as an archive from an unknown site, as on
// 16f64ee; the same build of a plainly named repository is still noted.
func TestRev33BaitRepoArtifacts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://nightly.link/hollowpine/cli/workflows/build/main/windows-build.zip", false},
		{"https://nightly.link/hollowpine/roblox-executor-2024/workflows/build/main/windows-build.zip", true},
		{"https://nightly.link/free-robux-team/cli/workflows/build/main/windows-build.zip", true},
		{"https://nightly.link/hollowpine/spotify-premium/workflows/build/main/windows-build.zip", true},
	})
}
