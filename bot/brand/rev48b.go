package brand

// rev48b: what a third party's name holds beside a brand's name. A site
// about a brand names what it is about, a subject: a sport or an event
// (hsbc-golf-results, vpbank-marathon-results), a community (alumni,
// collectors, a union, a forum, a club), a body of reference (rates,
// benchmarks, specs, a timeline, a cookbook, a script), most often as a
// plural noun (results, prices, docs, formulas). A kit's name holds an
// account's or a service's act instead (new-device, session-renew,
// kyc-upgrade, redelivery-schedule), a singular thing done once to one
// account. Apart (brandmask48.go) leaves a name holding a subject's word
// to the readers that weigh known words, as it leaves a tool's.

// wordsTopic are singular words of a subject a third party's site is
// about, beside a brand's name: sports and events, communities, bodies of
// reference and a developer's project. None is an act done to an
// account (no verify, renew, unlock, sync, link, device, desktop: a
// wallet's sync and an app's desktop installer are kits' words as often).
var wordsTopic = setOfWords(
	// sports and events
	"rugby", "golf", "tennis", "football", "soccer", "basketball", "cricket", "hockey", "baseball",
	"marathon", "cycling", "racing", "league", "cup", "arena", "stadium", "fc", "club", "tournament",
	"championship", "seating", "leaderboard", "trophy", "medal", "olympics", "sevens", "open",
	// communities
	"alumni", "union", "forum", "community", "society", "association", "collector", "enthusiast",
	"meetup", "museum", "heritage", "foundation",
	// bodies of reference
	"benchmark", "pricing", "rate", "teardown", "transcript", "cookbook", "cheatsheet", "roadmap",
	"timeline", "insight", "podcast", "talk", "trend", "etiquette", "heatmap", "wallpaper", "trivia",
	"lyrics", "recipe", "glossary", "encyclopedia", "census", "ranking", "length", "formula",
	"catalog", "catalogue", "replay", "countdown", "calendar",
	// a developer's project
	"script", "backup", "dotfiles", "config", "snippet", "gist", "playground", "mirror",
	// a follower seller's and a fan counter's (tiktok-tang-follow)
	"follow", "follower",
)

// viTopic are Vietnamese subjects written without marks, their syllables
// run together (Apart joins a rest's words to read them): tỷ giá, lãi
// suất, giá vàng, bảng giá (rates and prices), lịch sử, xu hướng, tin
// tức, đánh giá, hướng dẫn, kinh nghiệm, hỏi đáp (history, trends, news,
// reviews, guides, experience, Q&A), tuyển dụng (jobs), bóng đá, giải
// chạy, kết quả, lịch thi đấu, câu lạc bộ (sports, races, results,
// fixtures, clubs), diễn đàn (a forum).
var viTopic = setOfWords(
	"tygia", "laisuat", "giavang", "banggia", "lichsu", "xuhuong", "tintuc", "danhgia", "huongdan",
	"kinhnghiem", "hoidap", "tuyendung", "bongda", "giaichay", "ketqua", "lichthidau", "caulacbo",
	"clb", "diendan",
)

// topicWord reports whether w, a word of what stands beside a brand's
// name whose notice class is class (NoticeWord), names a subject a third
// party's site is about: a word of wordsTopic, or a plural noun no notice
// list counts as a notice's or an account's (results, benchmarks, docs,
// collectors; not colis, status, access, bonus, nor fees or alerts).
func topicWord(w string, class byte) bool {
	if wordsTopic[w] {
		return true
	}
	if class != 0 && class != 'f' || len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i', 'o':
		return false
	}
	return true
}
