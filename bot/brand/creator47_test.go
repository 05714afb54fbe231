package brand

import "testing"

// TestCreatorNoticeName (creator47): a creator's platform's name beside
// its notice's words (a royalty, a payout, a strike, a partner program,
// a donation, a crack), written apart (native-instruments-,
// epidemic-sound-), run together with one notice's word
// (distrokidpayout), or beside one product's word and a crack's or a
// licence's, is read as a notice's name; the same names beside a
// creator's own words alone, a product and a word that is no crack's or
// payout's, a tutorial's tips or a synth's patches are not.
func TestCreatorNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"distrokid-royalty-release.net", false, true},
		{"soundcloud-copyright-strike.com", true, true},
		{"epidemicsound-partner-program.com", false, true},
		{"kick-streamer-payout.com", false, true},
		{"riverside-podcast-sponsorship.com", false, true},
		{"canva-creator-payout.top", false, true},
		{"native-instruments-license-reset.com", true, true},
		{"epidemic-sound-partnership.top", false, true},
		{"plugin-boutique-prize-draw.top", false, true},
		{"distrokidpayout.com", false, true},
		{"bandlabroyalties.com", false, true},
		{"arturia-pigments-keygen.net", false, true},
		{"streamlabs-donations-withdraw.net", true, true},
		{"bandlab-projects.com", false, false},
		{"ableton-tips.com", false, false},
		{"arturia-pigments-tips.com", false, false},
		{"serum-patches-free.com", false, false},
		{"kick-scooter-parts.com", false, false},
		{"canva-design-course.com", false, false},
		{"native-instruments-fans.com", false, false},
		{"riverside-county-award.com", false, false},
		// a creator's words beside the video platforms' names name
		// people's apps, not a notice
		{"youtube-music-desktop.app", false, false},
		{"twitch-stream-tools-free.com", false, false},
	})
}

// TestNameApart (creator47): the parts of a label that spell a brand's
// name written apart, or a creator's platform's name run together with
// one notice's word.
func TestNameApart(t *testing.T) {
	var distrokid, hsbc *Brand
	for i := range Creator {
		if Creator[i].Name == "DistroKid" {
			distrokid = &Creator[i]
		}
	}
	hsbc = &Brand{Name: "Bank of Example"}
	for _, tc := range []struct {
		b           *Brand
		label, name string
		first, last int
	}{
		{distrokid, "native-instruments-license", "nativeinstruments", 0, 1},
		{distrokid, "get-native-instruments-license", "nativeinstruments", 1, 2},
		{distrokid, "nat-ive-instruments", "nativeinstruments", 0, 2},
		{distrokid, "distrokidpayout", "distrokid", 0, 0},
		{distrokid, "my-distrokidroyalties", "distrokid", 1, 1},
		{distrokid, "distrokidfans", "distrokid", -1, -1},
		{hsbc, "bankofexamplepayout", "bankofexample", -1, -1},
		{hsbc, "bank-of-example-login", "bankofexample", 0, 2},
		{distrokid, "native-instrumentsx-license", "nativeinstruments", -1, -1},
		{distrokid, "native", "nativeinstruments", -1, -1},
	} {
		if first, last := nameApart(tc.b, tc.label, tc.name); first != tc.first || last != tc.last {
			t.Errorf("nameApart(%s, %q, %q) = %d, %d, want %d, %d", tc.b.Name, tc.label, tc.name, first, last, tc.first, tc.last)
		}
	}
}
