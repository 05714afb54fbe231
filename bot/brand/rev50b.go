package brand

import "strings"

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

// GovThirdParty reports whether label, a stranger's registrable label
// holding a public office's name matched whole (m, a NameInDomain match
// of one of Government's or govOld's brands), names a third party's
// site about the office: one of its hyphen-separated words is a
// third party's (govThird) and none acts on a citizen's money or
// standing (govActs, noticeTrouble, accountWords: centrelink-debt-lawyers
// and servicensw-opening-hours are, hmrc-refund-advice is not). Such a
// name is left to the fitted reading, as a Beside office's name without
// a notice is (rev50b). A label without a hyphen costs one byte scan.
func (m *Match) GovThirdParty(label string) bool {
	if m.Kind != NameInDomain || strings.IndexByte(label, '-') < 0 || !GovOffice(m.Brand) {
		return false
	}
	third := false
	for rest := label; rest != ""; {
		w := rest
		if i := strings.IndexByte(rest, '-'); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		w = strings.TrimRight(w, "0123456789")
		switch {
		case govActs[w] || noticeTrouble[w] || accountWords[w]:
			return false
		case govThird[w]:
			third = true
		}
	}
	return third
}
