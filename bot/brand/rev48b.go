package brand

import "strings"

// rev48b: what a third party's name holds beside a brand's name. A site
// about a brand names what it is about, a subject: a sport or an event
// (hsbc-golf-results, vpbank-marathon-results), a community (alumni,
// collectors, a union, a forum, a club), a body of reference (rates,
// benchmarks, specs, a timeline, a cookbook, a script), most often as a
// plural noun (results, prices, formulas). A kit's name holds an
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
	"championship", "seating", "leaderboard", "trophy", "medal", "olympics",
	// communities
	"alumni", "union", "forum", "community", "society", "association", "collector", "enthusiast",
	"meetup", "museum", "heritage", "foundation",
	// bodies of reference
	"benchmark", "pricing", "rate", "teardown", "transcript", "cookbook", "cheatsheet", "roadmap",
	"timeline", "insight", "podcast", "talk", "trend", "etiquette", "heatmap", "wallpaper", "trivia",
	"lyrics", "recipe", "glossary", "encyclopedia", "census", "ranking", "length", "formula",
	"countdown", "calendar",
	// a developer's project
	"script", "backup", "dotfiles", "config", "snippet", "gist", "playground", "mirror",
	// a follower seller's and a fan counter's (tiktok-tang-follow)
	"follow", "follower",
)

// viTopic are Vietnamese subjects written without marks, their syllables
// run together (Apart joins a rest's words to read them): tỷ giá, lãi
// suất, giá vàng, bảng giá (rates and prices), lịch sử, xu hướng, đánh
// giá, hướng dẫn, kinh nghiệm, hỏi đáp (history, trends, reviews,
// guides, experience, Q&A), tuyển dụng (jobs), bóng đá, giải chạy, kết
// quả, câu lạc bộ (sports, races, results, clubs), diễn đàn (a forum).
var viTopic = setOfWords(
	"tygia", "laisuat", "giavang", "banggia", "lichsu", "xuhuong", "danhgia", "huongdan",
	"kinhnghiem", "hoidap", "tuyendung", "bongda", "giaichay", "ketqua", "caulacbo",
	"diendan",
)

// topicWord reports whether w, a word of what stands beside a brand's
// name whose notice class is class (NoticeWord), names a subject a third
// party's site is about: a word of wordsTopic, the plural of one of
// rev47b's words of what a page is about (wordsAbout: reviews,
// reports), or a plural noun neither
// it nor its singular known to any notice list (results, benchmarks,
// collectors, prices) and none of the things a kit hands out or takes
// (kitPlurals: coins, vouchers, skins, withdrawals). A plural of a word
// the lists know is that word's (giveaways, airdrops, refunds, devices,
// wallets, fees), and colis, status, access or bonus is no plural.
func topicWord(w string, class byte) bool {
	if wordsTopic[w] || len(w) > 1 && w[len(w)-1] == 's' && wordsAbout[w[:len(w)-1]] {
		return true // reviews, reports: rev47b's words of what a page is about
	}
	if class != 0 || len(w) < 4 || w[len(w)-1] != 's' || kitPlurals[w] {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i', 'o':
		return false
	}
	return NoticeWord(w[:len(w)-1]) == 0 && NoticeWord(singular(w)) == 0
}

// singular returns the singular of w, a plural ending in s, as English
// forms most: -ies to -y (categories), -es after s, x, z, ch or sh
// (boxes, bonuses), else the s taken off.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// kitPlurals are plurals of what a scam kit hands out or takes beside a
// brand's name that no notice list knows in either number: game and
// shop currency, prizes and vouchers, an account's money moved, and the
// goods a fake shop sells under the brand's name (steam-skins-drop,
// binance-withdrawals, nike-sneakers-outlet).
var kitPlurals = setOfWords(
	"coins", "points", "credits", "coupons", "vouchers", "offers", "promos", "promotions", "skins", "items",
	"diamonds", "gems", "drops", "nfts", "assets", "deals", "sales", "discounts", "withdrawals", "deposits",
	"bills", "charges", "taxes", "messages", "settings", "sessions", "logins", "vbucks", "primogems", "minecoins",
	"robux", "cases", "chests", "spins", "lives", "passes",
	// goods
	"shoes", "sneakers", "boots", "sandals", "bags", "handbags", "wallets", "watches", "glasses",
	"sunglasses", "jerseys", "jackets", "shirts", "hoodies", "jeans", "clothes", "outlets", "charms",
	"perfumes", "phones", "laptops", "tablets", "headphones", "earbuds", "toys", "parts", "products",
)
