package bot_test

import "testing"

// TestTakenDownPassive (rev27): after a page, only the passive tells of
// it taken down. On 6f91f77 a page followed by any takedown phrase was a
// quote, so a scam's offer in which the page takes something down
// ("x[.]com is taking down prices", "x[.]com takes down fees", "x[.]com
// have taken down the limits") was allowed (the first five), while
// "x[.]com has been taken down" (two forms of have and be before "taken
// down") was deleted (the sixth). The last three are allowed on 6f91f77
// and stay so.
func TestTakenDownPassive(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"bonus-vault[.]top is taking down prices for the weekend", true},
		{"claim-airdrop-eth[.]top takes down fees for the first 100 members tonight", true},
		{"steam-trade[.]top is taking down skins prices all week", true},
		{"bonus-vault[.]top take down limits today", true},
		{"bonus-vault[.]top have taken down the limits", true},
		{"bonus-vault[.]top has been taken down", false},
		{"bonus-vault[.]top was taken down", false},
		{"bonus-vault[.]top got taken down", false},
		{"tucows took down claim-airdrop-eth[.]top, nice", false},
	})
}

// TestMirrorUploadRegistries (rev27, review of 74b756f): a mirror host
// of a site that mirrors Debian or Ubuntu also copies hosts and
// registries anyone opens a project on (SourceForge, OSDN, PyPI): a
// build there is named and laid out by whoever uploaded it, so an
// imitated program in such a copy stays warned about (the first four,
// allowed on 74b756f, warned on 2eae101). The mirror's own tree of the
// project's release is still noted (the last).
func TestMirrorUploadRegistries(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://ftp.heanet.ie/mirrors/sourceforge/a/an/anydesk-portable/AnyDesk-7.1.0-win64.exe", true},
		{"https://mirror.ovh.net/sourceforge/v/vl/vlc-setup/vlc-3.0.21-win64.exe", true},
		{"https://ftp.fau.de/osdn/anydesk-portable/AnyDesk-7.1.0-win64.exe", true},
		{"https://mirror.leaseweb.net/pypi/packages/anydesk/AnyDesk-7.1.0-win64.zip", true},
		{"https://ftp.heanet.ie/pub/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", false},
	})
}

// TestFakedCallRecoveryScam (rev27, review of 8810caf): a call's word a
// threat's name qualifies names what the scam shows ("fake zalo login
// page on x[.]com"), but a word of the victims' recovery between them
// makes it what a recovery scam offers the threat's victims: the first
// five, deleted on d14cd07, were allowed on 8810caf. The last two stay
// read as the scam's page.
func TestFakedCallRecoveryScam(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"scam victims claim page at bonus-vault[.]top", true},
		{"scam recovery claim page at bonus-vault[.]top", true},
		{"phishing victims claim at bonus-vault[.]top", true},
		{"drainer victims claim page on bonus-vault[.]top", true},
		{"bonus-vault[.]top -- scam victims claim", true},
		{"fake zalo login page on bonus-vault[.]top steals the phone number + OTP", false},
		{"inferno drainer claim page on bonus-vault[.]top", false},
	})
}

// TestReleaseHostBaitedAsAnywhere (rev27, review of d14cd07): a build on
// a site's download host beside a crack, an unlocked or leaked build,
// money it earns or a lure's words is no project's release: deleted on
// aa6bee4, allowed again on d14cd07 (which kept only releaseBait's
// words to spare tech talk's "quick hack"). A hack alone stays tech
// talk's word (the last two).
func TestReleaseHostBaitedAsAnywhere(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"cracked version, works: https://download.acmetools.net/releases/2.3.1/photoforge-2.3.1-setup.exe", true},
		{"premium unlocked https://download.acmetools.net/releases/2.3.1/photoforge-2.3.1-setup.exe", true},
		{"leaked build https://download.acmetools.net/releases/2.3.1/photoforge-2.3.1-setup.exe", true},
		{"earn $500 per day with this bot https://download.acmetools.net/releases/2.3.1/tradebot-2.3.1-setup.exe", true},
		{"your account is locked, install the security update https://download.acmetools.net/releases/2.3.1/photoforge-2.3.1-setup.exe", true},
		{"quick hack: https://download.acmetools.net/releases/2.3.1/photoforge-2.3.1-setup.exe", false},
		{"https://download.acmetools.net/releases/2.3.1/photoforge-2.3.1-setup.exe", false},
	})
}

// TestTakenDownListBefore (rev27): pages listed in front of "have been
// taken down" are told of with the last one ("a[.]com and b[.]net have
// been taken down"): judged on 81c1096 (the first two), quoted on
// 2eae101. A page listed beside one taken down but not in the list
// stays judged (the last two).
func TestTakenDownListBefore(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"bonus-vault[.]top and claim-airdrop-eth[.]top have been taken down", false},
		{"bonus-vault[.]top, steam-trade[.]top and claim-airdrop-eth[.]top were taken down", false},
		{"bonus-vault[.]top is up, claim-airdrop-eth[.]top was taken down", true},
		{"bonus-vault[.]top and claim-airdrop-eth[.]top are live, steam-trade[.]top was taken down", true},
	})
}
