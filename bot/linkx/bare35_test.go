package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestBareSoldNames (bare35): a bare name under an ending that is more
// often a file's is read as a link when it is written as a registered
// domain under an ending that registries sell and phishing registers
// (.app, .cc, .ml): lower case, a hyphen between two letters, outside a
// span of code. Files and bundles under those endings, and hyphenated
// files under endings whose files are hyphenated (.sh, .in, .so, .zip,
// .py, .md, .pl), stay unread. On 74529e8 none of the first eight was
// read.
func TestBareSoldNames(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text, host string // host "" for no link
	}{
		{"claim-rewards.app", "claim-rewards.app"},
		{"gm fam, claim your drop at walletconnect-sync.app before it closes", "walletconnect-sync.app"},
		{"discord-nitro.cc free for 3 months", "discord-nitro.cc"},
		{"apply here: become-hypesquad.ml", "become-hypesquad.ml"},
		{"mods said go to beta-access2.app and verify", "beta-access2.app"},
		{"new badge at hype-events.app!", "hype-events.app"},
		{"json-schema.app is a nice schema viewer", "json-schema.app"},
		{"(captcha-bot.cc)", "captcha-bot.cc"},
		// files, bundles and code
		{"the bug is in main.cc, line 40", ""},
		{"open Xcode.app and build", ""},
		{"drag Visual Studio Code.app to Applications", ""},
		{"run install.sh then setup.py", ""},
		{"regenerate Makefile.in with automake", ""},
		{"curl -fsSL https://get.docker.com -o get-docker.sh && sudo sh get-docker.sh", "get.docker.com"},
		{"pip-compile requirements-dev.in", ""},
		{"ldd shows libnvidia-ml.so missing", ""},
		{"unzip duckstation-windows-x64-release.zip", ""},
		{"perl mk-ca-bundle.pl", ""},
		{"see notes.md and README.md, backup.zip and clip.mov", ""},
		{"libfoo.so and url_parser.cc", ""},
		{"`terminal-notifier.app` lives in vendor", ""},
		{"Terminal-Notifier.app", ""},
		{"Gtest-All.cc", ""},
		{"my-app.APP", ""},
		{"word-count.ml and ocaml_utils.ml", "word-count.ml"},
		// a plain name is read only by what SoldNamed says of its
		// words, and nothing sets it here (the bot does)
		{"claimnitro.cc", ""},
	}
	for _, tc := range cases {
		links := linkx.Extract(tc.text, nil)
		if tc.host == "" {
			if len(links) != 0 {
				t.Errorf("%q: read %q, want no link", tc.text, links[0].Host)
			}
			continue
		}
		if len(links) != 1 || links[0].Host != tc.host || links[0].DotDisguised {
			t.Errorf("%q: %+v, want one link to %s", tc.text, links, tc.host)
		}
	}
}

// TestBareSoldNameDisguised (bare35): a sold name written with its dot
// disguised is still marked DotDisguised, so that security talk naming
// one defanged is judged as before (keepDotDisguised).
func TestBareSoldNameDisguised(t *testing.T) {
	t.Parallel()
	links := linkx.Extract("our feed added wallet-restore[.]app yesterday", nil)
	if len(links) != 1 || links[0].Host != "wallet-restore.app" || !links[0].DotDisguised {
		t.Errorf("%+v, want one DotDisguised link to wallet-restore.app", links)
	}
}
