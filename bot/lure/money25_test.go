package lure_test

import (
	"testing"

	"github.com/immunebot/immune/bot/lure"
)

// TestMoneyWords: rewards and a refund are prize words, as a reward is:
// mild alone (every shop and bank offers them, "ưu đãi hoàn tiền 10 %"),
// strong when held out to the reader to claim, as a bonus is; a bonus
// alone is no lure word (security talk names the "bonus scam" it quotes).
// On 7456297 none of them was a lure word.
func TestMoneyWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text  string
		want  string
		strng bool
	}{
		{"the zap bonus scam", "", false},
		{"daily rewards are live", "rewards", false},
		{"got my refund from them", "refund", false},
		{"refunds take 5 days", "refunds", false},
		{"Ưu đãi hoàn tiền 10% khi thanh toán", "hoan tien", false},
		{"hoan tien 30% tai day", "hoan tien", false},
		{"Claim your bonus now", "claim your bonus", true},
		{"claim your refund today", "claim your refund", true},
		{"collect your rewards", "collect your rewards", true},
		{"Your refund is ready", "your refund is ready", true},
		{"you are eligible for a refund", "eligible for a refund", true},
		{"your refund has been approved", "refund has been approved", true},
		{"you have a pending refund", "pending refund", true},
	}
	for _, tc := range tests {
		h := lure.Find(tc.text)[lure.Prize]
		want := lure.Mild
		switch {
		case tc.strng:
			want = lure.Strong
		case tc.want == "":
			want = 0
		}
		if h.Phrase != tc.want || h.Weight != want {
			t.Errorf("Find(%q)[Prize] = %q %v, want %q %v", tc.text, h.Phrase, h.Weight, tc.want, want)
		}
	}
}
