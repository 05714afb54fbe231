package bot_test

import "testing"

// cmd42's sets (session 42, 2026-12-05): projects' install one-liners
// and install scripts linked over plain HTTP (curl http://get.k3s.io |
// sh -, irm http://get.scoop.sh | iex, the DownloadString of
// chocolatey's install.ps1, http://deb.nodesource.com/setup_22.x), as
// older docs and chat wrote them, and malicious one-liners over plain
// HTTP (fake checks, hidden or encoded PowerShell, mshta, addresses,
// ports, dynamic DNS, file drops and hosts, paste sites, cheap endings,
// installers' lookalikes, lures, random names), written by hand by cmd42
// and split by tech28's rule (the SHA-256 of the line's host, 0-9
// tuning, a-f held out). Both halves were read while the rule was
// written (the lookalike table and drawnLabel were fitted to misses in
// either half): the held-out halves are a split by site, not blind.
// On 77d535d the benign lines were flagged 101 of 122 and 54 of 66
// (their HTTPS twins 0 and 0), the attacks 92 of 94 and 53 of 53.
// classify_cmd42.go's reading of a project's one-liner as its HTTPS
// twin takes the benign halves to 5 and 2 (cheap endings: fnm.vercel.app,
// foundry.paradigm.xyz, tea.xyz, release.anza.xyz; a user-content host:
// rustwasm.github.io; dotnet-install.ps1 fetched by
// [scriptblock]::Create, a shape fetchedAndRun does not read) and leaves two attack lines its twin allows too;
// rev42c's antivirus bait ("bypass the antivirus first") takes one of
// them back (attackh 51 -> 52).
var cmd42Sets = []tunedSet{
	{measureSet{"cmd42-httpt.txt", false}, 0, 5},
	{measureSet{"cmd42-httph.txt", false}, 0, 2},
	{measureSet{"cmd42-attackt.txt", true}, 92, 0},
	{measureSet{"cmd42-attackh.txt", true}, 52, 0},
}

// TestMeasureCmd42Tuning holds cmd42's sets to what cmd42 reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureCmd42Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, cmd42Sets)
}
