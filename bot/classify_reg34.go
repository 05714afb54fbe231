package bot

// Endings only a local company or institution may register.
//
// A second-level ending such as co.jp or co.kr is given only to a company
// or institution of its country, one name each, against its registration
// papers: an impostor rarely holds one, and a name there that carries a
// brand's (rakuten-sonpo.co.jp, shinhan.co.kr) is a subsidiary's, a
// partner's or a namesake's. Counted on the phishing domain list of
// 2024-03 (211 k registrable domains): of 1,055 on the endings below, one
// carries a protected brand's name, and that by a word that holds it
// (a disinfectant maker's on co.kr), and of the 269 registrable domains
// of the phishing URL list there none does; the same list holds brand-named
// scams on the restricted endings left out here (com.au, com.cn, net.cn,
// org.cn, ac.cn, edu.vn), which are read as before. Only the brand's NAME
// is let go there: a look-alike or homoglyph of the brand, a brand's
// domain inside the host, lure words, the link model, a path's or a
// file's reading (a kit on a compromised company's site) all stand.

// localOnlyEndings are the public suffixes whose registrant must be a
// company or institution of the country (its papers checked), where the
// 2024-03 phishing list holds no brand-named registration: Japan's
// organisational endings, Korea's, Indonesia's and Thailand's.
var localOnlyEndings = map[string]bool{
	// Japan: one per registered company or organisation
	"co.jp": true, "or.jp": true, "ne.jp": true, "ac.jp": true, "ad.jp": true,
	"ed.jp": true, "go.jp": true, "gr.jp": true, "lg.jp": true,
	// Korea: a Korean company, body or school
	"co.kr": true, "or.kr": true, "ne.kr": true, "re.kr": true, "go.kr": true,
	"ac.kr": true, "mil.kr": true, "hs.kr": true, "ms.kr": true, "es.kr": true,
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
