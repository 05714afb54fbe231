package linkx

import "testing"

// TestSpacedDotPointedAt (rev26): a word that is also an ending after a
// full stop is read as the next sentence's first word only where the
// name before the stop is not pointed at as a place (first in the text,
// after no word or a mention, after at, via, to, is, check): "claim yours
// at reward. top" is a link written broken up, as it was read before the
// sentence reading; each of these was read as no link on bae83ec. The
// sentences of TestSpacedDotSentence still read as none.
func TestSpacedDotPointedAt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, host string }{
		{"claim yours at reward. top before it ends", "reward.top"},
		{"@everyone free nitro, grab it at claim. gift", "claim.gift"},
		{"airdrop is live, connect at wallet. live", "wallet.live"},
		{"your package is held, pay the fee at parcel. top", "parcel.top"},
		{"free steam skins: trade. gift", "trade.gift"},
		{"the new one is up -> claim. gift", "claim.gift"},
		{"free nitro for everyone, claim. gift", "claim.gift"},
		{"free nitro for everyone 👉 claim. gift", "claim.gift"},
		{"free nitro for everyone. link is claim. gift", "claim.gift"},
		{"airdrop live!! wallet. live connect now", "wallet.live"},
		{"check reward. top now", "reward.top"},
		{"@everyone pay. online claim", "pay.online"},
		{"pay. online free mint", "pay.online"},
		{"minecraft server, dm me your ign. map is live at spawn", ""},
		{"that offset is usually a bad mesh. run the check again", ""},
	} {
		if host := firstHost(tc.text); host != tc.host {
			t.Errorf("%q: host %q, want %q", tc.text, host, tc.host)
		}
	}
}
