package bot_test

import "testing"

// TestMildWordAside: one everyday mild lure word said beside a link, not
// at it ("(free!)", "URGENT: ", "it's free and open source", "verify the
// checksum first"), no longer switches off the readings that place a
// link where it belongs (classify_aside40.go): a page of an older site
// over plain HTTP, a project's build on its own download host, an
// archive on a language's site, a project's installer in its GitHub
// release. Each of the first nine was warned or deleted before. A word
// aimed at the link, a reader spoken to, a photo's or a prize's word,
// @everyone, two lures' words, a strong phrase, and a kit's page beside
// "URGENT" still flag.
func TestMildWordAside(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"gbatek covers the ds too http://problemkaputt.de/gbatek.htm#dsmemorymaps (free!)", false},
		{"URGENT: netcode background for the design review http://www.gabrielgambetta.com/client-server-game-architecture.html", false},
		{"URGENT: procmon straight from live https://live.sysinternals.com/Procmon64.exe", false},
		{"zig 0.13 https://ziglang.org/download/0.13.0/zig-windows-x86_64-0.13.0.zip (free!)", false},
		{"qflipper https://update.flipperzero.one/builds/qFlipper/1.3.3/qFlipperSetup-64bit-1.3.3.exe — verify the checksum first", false},
		{"http://www.paulgraham.com/rootsoflisp.html — it's free and open source", false},
		{"the osu lazer installer https://github.com/ppy/osu/releases/download/2024.817.0/install.exe (free!)", false},
		{"the old-computers.com museum page http://www.old-computers.com/museum/computer.asp?c=184 (free!)", false},
		{"sutton barto rl book http://incompleteideas.net/book/the-book-2nd.html — it's free and open source", false},

		{"gbatek covers the ds too, free here http://problemkaputt.de/gbatek.htm#dsmemorymaps", true},             // aimed at the link
		{"gbatek covers the ds too http://problemkaputt.de/gbatek.htm#dsmemorymaps (free for you!)", true},        // a reader spoken to
		{"URGENT: click http://www.gabrielgambetta.com/client-server-game-architecture.html", true},               // aimed at the link
		{"URGENT: verify your account http://www.gabrielgambetta.com/client-server-game-architecture.html", true}, // a strong phrase
		{"@everyone zig 0.13 https://ziglang.org/download/0.13.0/zig-windows-x86_64-0.13.0.zip (free!)", true},
		{"zig 0.13 photos https://ziglang.org/download/0.13.0/zig-windows-x86_64-0.13.0.zip", true},         // a photo's word beside a file
		{"free download: zig 0.13 https://ziglang.org/download/0.13.0/zig-windows-x86_64-0.13.0.zip", true}, // two lures' words
		{"lucky winner (free!) http://www.paulgraham.com/rootsoflisp.html", true},                           // a prize's
		{"the osu lazer installer https://github.com/ppy/osu/releases/download/2024.817.0/install.exe free cheats", true},
		{"Free nitro: http://problemkaputt.de/gbatek.htm#dsmemorymaps", true},
		{"claim your free airdrop http://problemkaputt.de/gbatek.htm#dsmemorymaps", true},
		{"URGENT: https://ipfs.io/ipfs/bafybeigvgzoolc3drupxhlevdp2ugqcrbcsqfmcek2zxiw5wctk3xjpjwy/", true}, // a kit's page beside a lure
	})
}
