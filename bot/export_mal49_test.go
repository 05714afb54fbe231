package bot

// Mal49Alone runs mal49's reading alone on a judged message's links and
// suspects (BenchmarkMal49Share): its cost beside Classify's. With run
// false it makes the same frame (a message's reasons and knowledge) and
// reads nothing: the frame's own cost, to take away.
func Mal49Alone(j *Judgement, text string, run bool) {
	var rs reasons
	k := knowledge{text: text, links: j.Links}
	if run {
		judgeMal49(&rs, j, &k)
	}
	keep(&rs, &k)
}

// keep is a call the compiler does not see through, so that the frame
// Mal49Alone makes is made whether it reads or not.
//
//go:noinline
func keep(rs *reasons, k *knowledge) {}
