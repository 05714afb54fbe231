package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/model"
)

// Endings only a local company or institution may register.
//
// A second-level ending such as co.jp or co.id is given only to a company
// or institution of its country, one name each, against its registration
// papers: an impostor rarely holds one, and a name there that carries a
// brand's (rakuten-sonpo.co.jp, shopeekredit.co.id) is a subsidiary's, a
// partner's or a namesake's. Not Korea's co.kr, ne.kr, or.kr, re.kr: the
// same lists hold 530 names there, most made up (admiredcleaver.co.kr,
// fewvsdrtr.re.kr), so no papers are checked; nor Japan's ne.jp and
// gr.jp, which a resident registers as a person (rev34b). Counted on
// the phishing domain list of 2024-03 (211 k registrable domains): of
// 1,055 on reg34's endings, one carries a protected brand's name, and
// that by a word that holds it (a disinfectant maker's on co.kr), and of
// the 269 registrable domains
// of the phishing URL list there none does; the same list holds brand-named
// scams on the restricted endings left out here (com.au, com.cn, net.cn,
// org.cn, ac.cn, edu.vn), which are read as before. Only the brand's NAME
// is let go there: a look-alike or homoglyph of the brand, a brand's
// domain inside the host, lure words, the link model, a path's or a
// file's reading (a kit on a compromised company's site) all stand.

// localOnlyEndings are the public suffixes whose registrant must be a
// company or institution of the country (its papers checked), where the
// 2024-03 phishing list holds no brand-named registration: Japan's
// organisational endings, Korea's schools' and state's, Indonesia's and
// Thailand's.
var localOnlyEndings = map[string]bool{
	// Japan: one per registered company or organisation (not ne.jp, a
	// network service's, nor gr.jp, a group's: residents may register
	// those as persons)
	"co.jp": true, "or.jp": true, "ac.jp": true, "ad.jp": true,
	"ed.jp": true, "go.jp": true, "lg.jp": true,
	// Korea: a school, the state, the army (not co.kr, ne.kr, or.kr,
	// re.kr: the 2024-03 phishing lists hold hundreds of names made up
	// there, fewvsdrtr.re.kr, admiredcleaver.co.kr, so their papers are
	// not checked)
	"go.kr": true, "ac.kr": true, "mil.kr": true, "hs.kr": true, "ms.kr": true, "es.kr": true,
	"sc.kr": true, "kg.kr": true,
	// Indonesia: papers of an Indonesian company or institution
	"co.id": true, "ac.id": true, "go.id": true, "or.id": true, "sch.id": true,
	"mil.id": true,
	// Thailand: a Thai company's or institution's papers
	"co.th": true, "ac.th": true, "go.th": true, "or.th": true, "mi.th": true,
}

// localOnlyEnding reports a public suffix only a local company or
// institution may register a name under (localOnlyEndings).
func localOnlyEnding(suffix string) bool { return localOnlyEndings[suffix] }

// impostorBeside reports a registrable label in which the brand's name
// (the brand's name, lower-cased, its spaces dropped) stands beside a
// word impostors name pages by, as a word of its own or run together
// with the name: a service's or an account's (brand.ServiceWord: login,
// support, pay; id), or a lure's (lureWord: verify, bonus, gift, and the
// link model's NameWords inside). microsoftauth, apple-id,
// google-bonus, paypal-login are an impostor's names on any ending
// (rev34b); rakuten-sonpo, docomo-cycle, shopeekredit a subsidiary's.
func impostorBeside(label, name string) bool {
	key := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	for w := range strings.SplitSeq(label, "-") {
		if key != "" && strings.Contains(w, key) {
			w = strings.Replace(w, key, "", 1)
		}
		if w == "" {
			continue
		}
		if w == "id" || brand.ServiceWord(w) || lureWord(w) || len(model.NameWords(w)) > 0 {
			return true
		}
	}
	return false
}
