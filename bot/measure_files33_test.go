package bot_test

import "testing"

// files33's sets (session 33, 2026-12-04): malware download URLs as public
// malware-URL feeds list them, written by hand by files33 before any rule
// of the session ran on them (addresses, accounts and paths made up, none
// from a feed, ../shared/eval or ../shared/train), posted bare: IoT botnet
// droppers on raw IPs and odd ports, Windows payloads on raw IPs, random
// and lure names on compromised small sites, double extensions, Discord's
// CDN, impostor code-host releases, Dropbox, paste sites, anonymous file
// hosts, free hosting platforms, IPFS gateways, dynamic DNS, cheap
// endings, fake download sites, Android apps off the store, storage
// buckets named at random. Split by tech30's rule (the SHA-256 of the
// line's host, 0-9 tuning, a-f held out), so a site sits on one side.
// The tuning half stood at 135 of 154 on 16f64ee and 141 with files33's
// readings (anonymous file drops, impostor repositories named with a
// year, papers in a compressor's wrapper); the held-out half at 76 and
// 77 of 86, as counts only. mal35's readings (a Windows script in a
// repository named as droppers are, a file on GitHub's release-asset
// host read by its name) took the tuning half to 143 and the held-out
// half to 78; mal35b's (a file host's page named as a crack,
// 4shared.com/file/ID/Crack.html) the tuning half to 144.
var files33TuningSets = []tunedSet{
	{measureSet{"files33-malwaret.txt", true}, 144, 0},
}

// TestMeasureFiles33Tuning holds files33-malwaret.txt to what main
// reached; MEASURE_SHOW=1 logs the misses.
func TestMeasureFiles33Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, files33TuningSets)
}

// TestMeasureFiles33HeldOut reads files33-malwareh.txt as a count only,
// held to issue #9's target for malware file URLs (80 % flagged).
func TestMeasureFiles33HeldOut(t *testing.T) {
	t.Parallel()
	holdMalwareTarget(t, "files33-malwareh.txt")
}
