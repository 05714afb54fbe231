package brand

// govThird are the words a third party's site about a public office is
// named with (rev50b): a lawyer's, an accountant's, an advocate's or an
// adviser's practice, a guide, a forum, a news or review site, a
// calculator, a learner's practice tests, the office's opening hours, a
// reader a developer writes; in Vietnamese luật sư (a lawyer), kế toán
// (an accountant), hướng dẫn (a guide), tin tức (news), ôn thi, thi thử
// (exam practice), bảng giá (a price list), diễn đàn (a forum), cẩm nang
// (a handbook), kinh nghiệm (tips) — centrelink-advocates,
// servicensw-opening-hours, centrelink-debt-lawyers, ezpass-reader,
// luatsu-bhxh. None is a word an impostor's notice needs.
var govThird = setOfWords("advocate", "advocates", "advocacy", "lawyer", "lawyers", "law", "legal", "attorney",
	"attorneys", "solicitor", "solicitors", "accountant", "accountants", "accounting", "bookkeeping", "advice",
	"adviser", "advisers", "advisor", "advisors", "consultant", "consultants", "guide", "guides", "faq", "forum",
	"community", "reviews", "news", "blog", "calculator", "estimator", "practice", "quiz", "theory",
	"hours", "opening", "reader", "podcast", "history", "explained", "tips", "clinic", "rights", "wiki", "watch",
	"luatsu", "ketoan", "huongdan", "tintuc", "onthi", "thithu", "banggia", "diendan", "camnang", "kinhnghiem")
