package bot

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// TestMsgWordsAreFoldWithoutLinks holds knowledge's folded, found and
// notices to what they stand for (foldWithoutLinks, lure.FindFolded,
// lure.FindNotice of the message's text and links), read in any order,
// for texts shorter and longer than the folding buffer, and checks that
// writing past the returned folded text does not change it.
func TestMsgWordsAreFoldWithoutLinks(t *testing.T) {
	pieces := []string{
		"Verify your Coinbase account now", "https://coinbase-verify482.top/login", "your wallet is locked",
		"hxxps://paypal[.]com/signin", "nộp phạt nguội tại", "csgt-phatnguoi.com", "claim your airdrop",
		"thông báo từ BHXH", "the deploy failed with a 500 error", "`npm run build`", "@everyone free nitro",
		"fr33 n1tr0 cl41m", "see https://github.com/org/repo/releases", "ok see you at 7 🍲", "docs.google.com/forms/d/x",
		"t.me/+abcdef", "download the crack setup.exe", "Tối nay cả nhà ăn lẩu nhé", "in order to", "IOC list: evil[.]com",
	}
	r := rand.New(rand.NewPCG(17, 2))
	for i := range 3000 {
		n := 1 + r.IntN(8)
		if i%10 == 0 {
			n = 40 + r.IntN(40) // past the 512 bytes of msgWords.stack
		}
		var sb strings.Builder
		for range n {
			sb.WriteString(pieces[r.IntN(len(pieces))])
			sb.WriteByte(" \n.,"[r.IntN(4)])
		}
		links, _, clean := linkx.ExtractClean(sb.String(), nil, MaxLinks)
		k := knowledge{text: clean, links: links}
		var stack [512]byte
		wantFolded := append([]byte(nil), foldWithoutLinks(clean, links, stack[:0])...)
		wantFound, wantNotices := lure.FindFolded(wantFolded), lure.FindNotice(wantFolded)
		for range 2 {
			switch r.IntN(3) {
			case 0:
				if got := *k.found(); got != wantFound {
					t.Fatalf("%q: found %v, want %v", sb.String(), got, wantFound)
				}
			case 1:
				if got := *k.notices(); got != wantNotices {
					t.Fatalf("%q: notices %v, want %v", sb.String(), got, wantNotices)
				}
			}
			got := k.folded()
			if !bytes.Equal(got, wantFolded) {
				t.Fatalf("%q: folded %q, want %q", sb.String(), got, wantFolded)
			}
			_ = append(got, "xxxx"...) // a reader's append must not write into what is kept
		}
		if got := *k.found(); got != wantFound {
			t.Fatalf("%q: found %v, want %v", sb.String(), got, wantFound)
		}
		if got := *k.notices(); got != wantNotices {
			t.Fatalf("%q: notices %v, want %v", sb.String(), got, wantNotices)
		}
		if got := k.folded(); !bytes.Equal(got, wantFolded) {
			t.Fatalf("%q: folded %q after an append, want %q", sb.String(), got, wantFolded)
		}
	}
}
