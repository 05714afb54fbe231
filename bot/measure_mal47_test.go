package bot_test

import "testing"

// mal47's sets (session 47, 2026-12-06): malware aimed at content
// creators — a creator's program (a DAW, a plugin, a video or photo
// editor, a streaming tool, a codec, a downloader, an AI voice or
// upscaling tool) on a stranger's site named after it, a piracy site
// named for a program and a crack's word (serum-crack-download.com,
// vstcrack.monster), a brand deal's paper (a brief, a contract, an NDA,
// a media kit) as an archive or a program on a file host, a release or
// an IPFS gateway, and a typosquatted package (pip install ffmpeg-pyhton,
// npm i axois) beside a link; and the real lines of the same chats (the
// programs' own downloads, sample packs and press kits on their own
// sites, real packages' installs and pages). Written by hand by mal47:
// the tuning halves (…t) were tuned on, the held-out halves (…h)
// measured once at the end. Before the pass (main f801944) attackt was
// flagged 25 of 53 and benignt 0 of 51; at its end 53 and 0.
var mal47Sets = []tunedSet{
	{measureSet{"mal47-benignt.txt", false}, 0, 0},
	{measureSet{"mal47-attackt.txt", true}, 53, 0},
}

// TestMeasureMal47Tuning holds mal47's tuning sets to what mal47
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureMal47Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, mal47Sets)
}

// TestMeasureMal47HeldOut holds mal47's held-out sets, read as counts
// only, to what the pass counted at its end (main f801944: attackh 11 of
// 22, benignh 0 of 22; mal47: 22 and 0, counted once): a regression
// guard.
func TestMeasureMal47HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"mal47-benignh.txt", false}, 0, 0},
		{measureSet{"mal47-attackh.txt", true}, 22, 0},
	})
}
