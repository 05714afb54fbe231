package lure_test

import (
	"testing"

	"github.com/immunebot/immune/bot/lure"
)

// TestTroubleNotice (rev43b): a service's trouble notice to the reader is
// read by its shape, however it is worded — "your", at most two words, a
// thing of the reader's account, the small words of a sentence, what went
// wrong — and not when the thing is another's ("our payouts") or the
// sentence goes on to something else ("your domain name is short").
func TestTroubleNotice(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text, want string
	}{
		{"payouts placed on hold", "Your payouts have been placed on hold.", "your payouts … hold"},
		{"brand before the thing", "YOUR STRIPE PAYOUTS ARE ON HOLD", "your payouts … hold"},
		{"two words before the thing", "your Meta ad account has been temporarily restricted", "your account … restricted"},
		{"domain name", "your domain name expires tomorrow", "your domain … expires"},
		{"about to", "your domain is about to expire", "your domain … expire"},
		{"card declined", "your card was declined", "your card … declined"},
		{"almost full", "your mailbox is almost full", "your mailbox … full"},
		{"listed phrase read by the list", "your account has been suspended", "account has been suspended"},
		{"our payouts", "why are our payouts on hold?", ""},
		{"something else", "your domain name is short and your app looks great", ""},
		{"three words before the thing", "your very old cheap card was declined", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := lure.Find(tc.text)[lure.AccountLock]
			if tc.want == "" && got.Weight >= lure.Strong || tc.want != "" && (got.Phrase != tc.want || got.Weight != lure.Strong) {
				t.Errorf("Find(%q) account_lock = %+v, want %q strong", tc.text, got, tc.want)
			}
		})
	}
}
