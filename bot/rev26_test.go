package bot_test

import "testing"

// TestJoinedThreatGuarded (rev26): a threat's name written as a compound
// ("phish-ing", "mal-ware", "scam-mers") is read where it stands as the
// word written whole is: after a guard or a denial ("anti phish-ing",
// "zero mal-ware"), before a guard, or kept out ("scam-mers can't reach")
// it names no threat, and the defanged page offered beside it is judged.
// The five offers were allowed on d79ee8b and flagged on its parent; the
// last two lines stay allowed.
func TestJoinedThreatGuarded(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"claim-airdrop-eth[.]top (anti phish-ing verification, takes 1 minute)", true},
		{"scam-mers can't reach claim-airdrop-eth[.]top, it's the members-only portal", true},
		{"the backup portal is claim-airdrop-eth[.]top, zero mal-ware", true},
		{"the backup portal is claim-airdrop-eth[.]top, no mal-ware", true},
		{"the backup portal is claim-airdrop-eth[.]top, mal-ware free", true},
		{"anyone else seeing 45.137.21[.]9:8443 in the config, unlike the talos write-up?", false},
		{"another typo-squat of the exchange: claim-airdrop-eth[.]top, reported it", false},
		// a word that folds to nothing before a compound (no panic)
		{"scam — mal-ware — claim-airdrop-eth[.]top", false},
	})
}

// TestSiteInstallerNotUploads (rev26): siteInstaller notes an installer
// named for an architecture on a trusted project's site at its root or in
// one folder below it; a registry's or a list archive's uploads, which
// anyone with an account puts under folders of their own on the same
// trusted hosts (CPAN's authors' folders, deno.land/x's modules, a list's
// attachments), stay flagged. The three uploads were allowed on 474f1dd
// and deleted on its parent.
func TestSiteInstallerNotUploads(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"cygwin setup https://cygwin.com/setup-x86_64.exe", false},
		{"cygwin setup https://cygwin.com/download/setup-x86_64.exe", false},
		{"cpan setup https://www.cpan.org/authors/id/E/EV/EVILGUY/setup-x64.exe", true},
		{"deno setup https://deno.land/x/denoinst/setup-x64.exe", true},
		{"seclists poc https://seclists.org/fulldisclosure/2024/Mar/att-2/setup-x64.exe", true},
	})
}

// TestStrongThreatBesidePortalOffered (rev26): a threat's strong name
// elsewhere in a message ("taken down", "took down", "TLP", "write-up")
// does not make a quote of a defanged page brought in as a place to go
// ("the backup portal is …", "new portal: …", "mirror: …"): a scam tells
// its members where it moved after a takedown. The first four were
// deleted on f629d57 and allowed on d79ee8b (ebdda0a's takenDown and
// TLP); the place a threat's name qualifies stays quoted.
func TestStrongThreatBesidePortalOffered(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"old site got taken down, the backup portal is claim-airdrop-eth[.]top", true},
		{"they took down our site again, new portal: claim-airdrop-eth[.]top", true},
		{"TLP:CLEAR members portal: claim-airdrop-eth[.]top", true},
		{"the backup portal is claim-airdrop-eth[.]top, netcraft took down the old one", true},
		{"main site under takedown, mirror: claim-airdrop-eth[.]top", true},
		{"mirror urls: claim-airdrop-eth[.]top (TLP:CLEAR)", true},
		{"backup links: claim-airdrop-eth[.]top, the old ones got taken down", true},
		{"new portal link: claim-airdrop-eth[.]top, old one taken down", true},
		{"VT: 4/92 on the url claim-airdrop-eth[.]top, give it a day", false},
		{"the anti phishing portal is claim-airdrop-eth[.]top, the old one got taken down", true},
		{"the phishing portal is claim-airdrop-eth[.]top, reported to netcraft", false},
		{"netcraft took down claim-airdrop-eth[.]top in 3 hours", false},
		{"spoofed support desk claim-airdrop-eth[.]top, kql in the thread", false},
		{"the drainer dapp at claim-airdrop-eth[.]top got taken down this morning", false},
	})
}
