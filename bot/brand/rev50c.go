package brand

import "strings"

// ThirdParty reports whether label, a stranger's registrable label
// holding a public office's, a carrier's, a utility's or a care
// organisation's name matched whole (m, a NameInDomain match of one of
// Government's or govOld's brands, billBrands or careBrands), names a
// third party's site about it: one of its hyphen-separated words is a
// third party's (govThird beside a public office's name: an advocate, a
// lawyer, an accountant, a guide, opening hours; billTrades beside a
// carrier's or a utility's: a review, a forum, a community, a
// comparison, a coverage map; careTrades beside a care organisation's:
// a review, a lawyer, an agent, news, jobs; otherThird beside either of
// those two) and none is a notice's or acts on a citizen's, a
// customer's, a patient's or a donor's money, standing, line or record
// (govActs, noticeTrouble, accountWords, and billNotice and careNotice
// beside a carrier's, a utility's or a care organisation's name, but
// the trade word itself): centrelink-debt-lawyers,
// servicensw-opening-hours, tmobile-review, vodafone-community-forum,
// kaiserpermanente-lawyers are; hmrc-refund-advice,
// tmobile-review-login, kaiser-lawyers-claim, vodafone-esim-review are
// not. A housing company's name (homeBrands; home51) beside homeTrades
// (simplisafe-review, appfolio-integration, yardi-consultants) is read
// so too, and homeNotice there is a notice's. Such a name is left to the fitted reading, as a Beside brand's
// name without a notice is (rev50b for public offices, rev50c for
// bill50's and care50's brands read alone, whose NoticeName already
// refuses the same words: billRefuses, careRefuses). A label without a
// hyphen costs one byte scan.
func (m *Match) ThirdParty(label string) bool {
	if m.Kind != NameInDomain || m.Brand == nil || strings.IndexByte(label, '-') < 0 {
		return false
	}
	gov, bill, care, home := GovOffice(m.Brand), billBrands[m.Brand.Name], careBrands[m.Brand.Name], homeBrands[m.Brand.Name]
	family := familyOwn[m.Brand.Name]
	if !gov && !bill && !care && !home && !family {
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
		case gov && govThird[w] || bill && billTrades[w] || care && careTrades[w] || (bill || care || home) && otherThird[w] || home && homeTrades[w] ||
			family && familyTrades[w]:
			third = true
		case (bill || care) && (billNotice[w] || careNotice[w]) || home && homeNotice[w] || family && familyActs[w] || govActs[w] || noticeTrouble[w] || accountWords[w]:
			return false
		}
	}
	return third
}

// otherThird are the words of a third party's site beside a carrier's,
// a utility's or a care organisation's name that neither billTrades nor
// careTrades hold: its authorised dealers, retailers and resellers, its
// workers' union, strike and retirees, a lawsuit's or a lawyer's site
// (tmobile-authorized-retailer, vodafone-dealer-leeds, hydroone-strike,
// pge-fire-lawsuit). None is a word an impostor's notice needs.
var otherThird = setOfWords("retailer", "retailers", "dealer", "dealers", "reseller", "resellers", "union",
	"unions", "strike", "retirees", "retiree", "alumni", "lawsuit", "lawyer", "lawyers", "attorney", "attorneys")
