package main

import (
	"slices"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestExpertOnlyLeftOutOfTheModel: an example marked ExpertOnly
// (-cryptoharvest) does not move the link model itself, weight for
// weight, and does move an expert (a model trained on host names alone).
func TestExpertOnlyLeftOutOfTheModel(t *testing.T) {
	ex := rootExamples([]string{"claim-airdrop-now.xyz", "bitcoin-bonus-claim.top", "wallet-verify.live", "btc-doubler.vip"},
		[]string{"golang.org", "wikipedia.org", "python.org", "kernel.org"})
	all := func(*Example) bool { return true }
	before := trainModel(ex, all, 2, 1, linkConfig, false)
	expertBefore := trainModel(ex, all, 2, 1, linkConfig, true)
	l, _ := linkx.Parse("https://bitcoincore.org/")
	ex = append(ex, Example{Link: l, Weight: 5, ExpertOnly: true, Source: SrcBenignCrypto})
	after := trainModel(ex, all, 2, 1, linkConfig, false)
	if before.Bias != after.Bias || !slices.Equal(before.Weights, after.Weights) {
		t.Fatal("an ExpertOnly example changed the link model")
	}
	if expertAfter := trainModel(ex, all, 2, 1, linkConfig, true); slices.Equal(expertBefore.Weights, expertAfter.Weights) {
		t.Fatal("an ExpertOnly example left the expert as it was")
	}
}
