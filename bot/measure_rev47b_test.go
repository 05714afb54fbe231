package bot_test

import "testing"

// rev47b's sets (session 47, 2026-12-06, a review of brandword47):
// plausible benign third-party names holding a protected brand's name
// beside a single review, fee, help, share, report, update or safety
// word and what it is about (youtube-channel-review, ebay-seller-fees),
// or beside a ban's or a password's word and a news site's words
// (netflix-password-sharing, tiktok-ban-lawsuit), and scam names with a
// notice's words run together with the brand's name
// (youtubechanneltermination), the brand's name in front of a stranger's
// name made of a notice's words (youtube.channel-termination.info), or
// yt/ig/fb beside two payment or desk words (yt-monetization-check),
// written by hand and split by the SHA-256 of the host (0-7 tuning, 8-f
// held out). On main 455eb23 (brandword47) benignt was flagged 24 of 30
// and attackt 17 of 20; the readings of this review (brand.WordsName's
// signs, noticeRun, brand.NoticeLabel; classify_brandword47.go) take
// them to 16 and 20. The benign lines still flagged are the link
// model's own (phishing_pattern on hyphenated names holding a brand),
// as brandword47's benign sets found, and a single share's word beside
// a video's or a story's (youtube-video-share: a file's share is a
// lure, so share is read as before). After the rebase on creator47
// (creator platforms as brands beside their notices' words) benignt is
// 17: patreon-creator-fees is warned as Patreon's name beside a
// creator's fee.
var rev47bSets = []tunedSet{
	{measureSet{"rev47b-benignt.txt", false}, 0, 17},
	{measureSet{"rev47b-attackt.txt", true}, 20, 0},
}

// TestMeasureRev47bTuning holds rev47b's tuning sets to what the review
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev47bTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev47bSets)
}

// TestMeasureRev47bHeldOut holds rev47b's held-out sets, read as counts
// only, to what the review counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureRev47bHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// benignh 22 of 30 (25 on main 455eb23) and attackh 24 of
		// 25 (16) at the end of the review (counted first at 21 and
		// 24; share and fee were then taken out of wordsAbout for
		// the blind sets' sake, not for these lines); 23 after the
		// rebase on creator47 (spotify-premium-share deleted as
		// Spotify's name beside a premium's and a share's word)
		{measureSet{"rev47b-benignh.txt", false}, 0, 23},
		{measureSet{"rev47b-attackh.txt", true}, 24, 0},
	})
}
