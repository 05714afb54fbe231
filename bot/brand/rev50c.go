package brand

import "strings"

// ThirdParty reports whether label, a stranger's registrable label
// holding a carrier's, a utility's or a care organisation's name matched
// whole (m, a NameInDomain match of one of billBrands or careBrands),
// names a third party's site about it: one of its hyphen-separated words
// is a third party's (billTrades beside a carrier's or a utility's name:
// a review, a forum, a community, a comparison, a coverage map;
// careTrades beside a care organisation's: a review, a lawyer, an
// agent, news, jobs) and none is a notice's or acts on a customer's, a
// patient's or a donor's line, record or money (billNotice, careNotice,
// govActs, noticeTrouble, accountWords but the trade word itself:
// tmobile-review, vodafone-community-forum, kaiserpermanente-lawyers
// are; tmobile-review-login, kaiser-lawyers-claim, vodafone-esim-review
// are not). It is GovThirdParty's reading for bill50's and care50's
// brands read alone (not Beside), whose NoticeName already refuses the
// same words (billRefuses, careRefuses): such a name is left to the
// fitted reading, as a Beside brand's name without a notice is (rev50c).
// otherThird's words are a third party's beside either.
// A label without a hyphen costs one byte scan.
func (m *Match) ThirdParty(label string) bool {
	if m.Kind != NameInDomain || m.Brand == nil || strings.IndexByte(label, '-') < 0 {
		return false
	}
	bill, care := billBrands[m.Brand.Name], careBrands[m.Brand.Name]
	if !bill && !care {
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
		case bill && billTrades[w] || care && careTrades[w] || otherThird[w]:
			third = true
		case billNotice[w] || careNotice[w] || govActs[w] || noticeTrouble[w] || accountWords[w]:
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
