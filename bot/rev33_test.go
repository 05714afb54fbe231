package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev33MailedArchives (rev33): a compressed file named in lower
// case as paperwork is read only when the rest of its name is
// paperwork's too and, with no number in it, its first word is a
// trade's paper (invoice, remittance, rfq, po): a data file whose first
// word a paper shares (scan_results.tar, order_data.tar,
// fine_tuned_model.tar) or a lone kind of document (report.tar,
// info.tar, accounts.tar) was warned on files33's reading and is not;
// the attack twins, and any name capitalised as a clerk writes papers
// (Scan_Results.tar), still are.
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

		{"https://dl.hollowpine.net/dl/Scan_Results.tar", true},
		{"https://dl.hollowpine.net/dl/invoice.gz", true},
		{"https://dl.hollowpine.net/dl/po_44719.gz", true},
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

// TestRev33CampaignNames (rev33): an everyday campaign word (a loyalty
// scheme's points, a shop's sale, a city's pass, a ticket's presale, a
// game server's whitelist, a show's season) beside a name on a legacy
// ending or a country's own is a shop's, a scheme's or a fan site's
// (scam33 warned them); beside a claim's word or a filler, or on the new
// endings drainers buy, it still warns. An office's eligibility checker
// on a country's ending is not read; beside an airdrop's claim it is.
func TestRev33CampaignNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://qorvanix-points.com/", bot.Allow},
		{"https://qorvanix-sale.com/", bot.Allow},
		{"https://qorvanix-pass.com/", bot.Allow},
		{"https://qorvanix-season2.com/", bot.Allow},
		{"https://qorvanix-points.co.uk/", bot.Allow},
		{"https://pass-qorvanix.fr/", bot.Allow},
		{"https://qorvanix-eligibility-checker.co.uk/", bot.Allow},

		{"https://qorvanix-points-claim.com/", bot.Warn},
		{"https://qorvanix-points-app.com/", bot.Warn},
		{"https://qorvanix-points.xyz/", bot.Warn},
		{"https://qorvanix-season2.app/", bot.Warn},
		{"https://qorvanix-whitelist.io/", bot.Warn},
		{"https://qorvanix-presale.online/", bot.Warn},
		{"https://qorvanix-tge.com/", bot.Warn},
		{"https://qorvanix-eligibility-claim.co.uk/", bot.Warn},
	})
}

// TestRev33CallNames (rev33): explore joined to a name is a guide's or
// a tourism board's (explore-name.com), and a call on .org or a
// country's own ending a charity's or a public programme's
// (access-name.org, pass-name.fr): scam33 warned them, they are not
// read; the same calls on .com, .net or the new endings still warn.
func TestRev33CallNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://explore-qorvanix.com/", bot.Allow},
		{"https://access-qorvanix.org/", bot.Allow},
		{"https://launch-qorvanix.org/", bot.Allow},
		{"https://register-qorvanix.de/", bot.Allow},

		{"https://access-qorvanix.com/", bot.Warn},
		{"https://launch-qorvanix.net/", bot.Warn},
		{"https://register-qorvanix.xyz/", bot.Warn},
		{"https://signup-qorvanix.network/", bot.Warn},
		{"https://enter-qorvanix.io/", bot.Warn},
	})
}

// TestRev33AddressNumbers (rev33): www hyphened to a number is a
// server's name as firms number theirs (www-106.com, the only name of
// 39,796 long-tail hosts harvested from packages' documents that
// scam33's readings newly flagged), not a project's address; www
// hyphened to a name still warns.
func TestRev33AddressNumbers(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://www-106.com/", bot.Allow},
		{"https://www-4521.net/", bot.Allow},

		{"https://www-kalyx106.com/", bot.Warn},
		{"https://www-qorvanix.net/", bot.Warn},
	})
}
