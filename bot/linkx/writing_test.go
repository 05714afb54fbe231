package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestLinkAsWrittenInChat: the link people write with punctuation, an
// emoji, a bracket of another script or Discord's spoiler bars around
// it is read as the same link, and a full stop after a link already
// whole is a sentence's end, not a dot written broken up.
func TestLinkAsWrittenInChat(t *testing.T) {
	t.Parallel()
	const u = "https://qu.ax/xKp2.exe"
	cases := []struct {
		name, text, raw string
	}{
		{"ellipsis", "get it at " + u + "… quick", u},
		{"ellipsis after a host", "see https://cryptography.io… ok", "https://cryptography.io"},
		{"emoji glued", u + "🔥", u},
		{"emoji with a variation selector", u + "❤️", u},
		{"emoji with a skin tone", u + "👍🏽", u},
		{"ideographic full stop", u + "。", u},
		{"full-width exclamation", u + "！", u},
		{"full-width brackets", "tải（" + u + "）nhé", u},
		{"corner brackets", "「" + u + "」", u},
		{"em dash", u + "— trust me", u},
		{"bracket opened in the path", "https://ja.wikipedia.org/wiki/東京（駅）", "https://ja.wikipedia.org/wiki/東京（駅）"},
		{"Vietnamese path then ellipsis", "https://vi.wikipedia.org/wiki/Hà_Nội…", "https://vi.wikipedia.org/wiki/Hà_Nội"},
		{"Wikipedia brackets in brackets", "(https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)"},
		{"spoiler, bare", "claim: ||kucoin-bonus.live/claim||", "kucoin-bonus.live/claim"},
		{"spoiler, bare host", "claim at ||okx-quatang.xyz|| now", "okx-quatang.xyz"},
		{"spoiler, scheme", "||" + u + "||", u},
		{"full stop after a path", "the sim http://www.visual6502.org/JSSim/index.html. you can watch", "http://www.visual6502.org/JSSim/index.html"},
		{"full stop after a host's ending", "ethereum.org. dev docs", "ethereum.org"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ls := linkx.Extract(tc.text, nil)
			if len(ls) != 1 || ls[0].Raw != tc.raw || ls[0].Disguised {
				t.Errorf("Extract(%q) = %+v, want one plain %q", tc.text, foundOf(ls), tc.raw)
			}
		})
	}
}

// TestBrokenHostStillRead: a host written broken up is still read where
// the sentence-end readings above do not apply.
func TestBrokenHostStillRead(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, host string }{
		{"claim at dlscord . com/nitro", "dlscord.com"},
		{"wallet-013.web. app", "wallet-013.web.app"},
		{"steam-gift. com now", "steam-gift.com"},
		{"hxxps://evil-site . com/a/b", "evil-site.com"},
	} {
		ls := linkx.Extract(tc.text, nil)
		if len(ls) != 1 || ls[0].Host != tc.host || !ls[0].Disguised {
			t.Errorf("Extract(%q) = %+v, want disguised %s", tc.text, foundOf(ls), tc.host)
		}
	}
}

// TestLetterlikeSymbolsEndNoLink: letters and digits written in circles
// or squares are letters to a browser's host, so a host ending in them
// is read whole (the trimming of symbols after a link left
// "paypal-verify" of https://paypal-verify.ⓣⓞⓟ); a trade mark sign
// after a link is still not part of it.
func TestLetterlikeSymbolsEndNoLink(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, host string }{
		{"https://paypal-verify.ⓣⓞⓟ", "paypal-verify.top"},
		{"verify now https://paypal-verify.ⓒⓞⓜ", "paypal-verify.com"},
		{"https://paypal-verify.🅃🄾🄿", "paypal-verify.top"},
		{"https://secure-paypal.com™", "secure-paypal.com"},
		{"https://secure-paypal.com℠ now", "secure-paypal.com"},
	} {
		ls := linkx.Extract(tc.text, nil)
		if len(ls) != 1 || ls[0].Host != tc.host {
			t.Errorf("Extract(%q) = %+v, want host %s", tc.text, foundOf(ls), tc.host)
		}
	}
}
