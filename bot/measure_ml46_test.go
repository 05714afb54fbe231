package bot_test

import "testing"

// ml46's sets (session 46, 2026-12-06): a model's weights (.pt, .pth,
// .ckpt, .pkl, .joblib) on a stranger's cheap-ending name or a name built
// to look like a model hub's (models-share.xyz, hf-models-mirror.top,
// civitai-mirror.net), and install commands pointed at a stranger's
// index or registry (pip --index-url, npm --registry, conda -c, helm
// install, docker pull); and the real lines of the same chats (the
// hubs, hf-mirror.com, labs' hosts, companies' and public indexes and
// mirrors, a homelab's own registry and sites on cheap endings).
// Written by hand by ml46, attacker hosts invented: the tuning halves
// (…t) were tuned on, the held-out halves (…h) measured once at the end.
// Before the pass (main 3406f7d) attackt was flagged 13 of 29, attackh
// 8 of 13, benignt 0 of 44 and benignh 0 of 13; at its end 29, 13
// (counted once), 0 and 0.
var ml46Sets = []tunedSet{
	{measureSet{"ml46-benignt.txt", false}, 0, 0},
	{measureSet{"ml46-attackt.txt", true}, 29, 0},
}

// TestMeasureMl46Tuning holds ml46's tuning sets to what ml46 reached;
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureMl46Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, ml46Sets)
}

// TestMeasureMl46HeldOut holds ml46's held-out sets, read as counts only,
// to what the pass counted at its end: a regression guard.
func TestMeasureMl46HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"ml46-benignh.txt", false}, 0, 0},
		{measureSet{"ml46-attackh.txt", true}, 13, 0},
	})
}
