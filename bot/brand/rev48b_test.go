package brand

import "testing"

// TestTopicWord (rev48b): a subject's word or a plural noun no notice
// list knows names what a third party's site is about; a plural of a
// word the lists know (giveaways, refunds, devices), what a kit hands
// out (coupons, skins) or goods a fake shop sells (sneakers), and
// singular nouns ending in s (colis, status, bonus), do not.
func TestTopicWord(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"results", true}, {"benchmarks", true}, {"collectors", true}, {"categories", true},
		{"reviews", true}, {"marathon", true}, {"alumni", true}, {"golf", true},
		{"giveaways", false}, {"airdrops", false}, {"refunds", false}, {"devices", false},
		{"coupons", false}, {"skins", false}, {"sneakers", false}, {"withdrawals", false},
		{"colis", false}, {"status", false}, {"bonus", false}, {"access", false}, {"sync", false},
		{"device", false}, {"renew", false},
	} {
		if got := topicWord(tc.w, NoticeWord(tc.w)); got != tc.want {
			t.Errorf("topicWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
