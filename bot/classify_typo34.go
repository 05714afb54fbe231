package bot

import "github.com/immunebot/immune/bot/brand"

// Typosquats (look34): a protected brand's name of six letters or more,
// or its own domain's label under its own ending, with a single edit (a
// letter doubled, dropped, swapped, changed or written as a digit:
// binnance.com, opensae.io, phantomm.app) on a domain that is not the
// brand's, is weighed by hand besides the fitted look-alike signal: the
// link model reads a name it never saw as ordinary as often as not, and
// the likeness alone left such names allowed (opensae.io at 0.48) or
// warned (binnance.com) while the same edit of another brand's name was
// deleted. A word or name of its own (brand.Match.Plausible) is not a
// typosquat; brand.Match.Typo and brand.Matcher.DomainTypo say which are.
const (
	// wTyposquat: deleted alone, for the brands whose users scammers want
	// logins, cards and wallets of
	wTyposquat = 0.82
	// wTyposquatInfo: warned about alone, for the brands nobody holds an
	// account with that a look-alike would ask for (typoWarnOnly)
	wTyposquatInfo = 0.52
)

// typoWarnOnly are the protected brands whose look-alikes are imitated
// for what they show rather than for an account: block explorers and
// price trackers, couriers and postal services (a parcel's page, not a
// login), airlines, a lottery. A typosquat of one is warned about, not
// deleted, unless other evidence adds up.
var typoWarnOnly = setOf("Etherscan", "CoinMarketCap", "CoinGecko", "DEXTools",
	"USPS", "UPS", "FedEx", "DHL", "Royal Mail", "Australia Post", "Canada Post", "Evri", "DPD", "PostNL", "La Poste",
	"Correos", "Correios", "Poste Italiane", "An Post", "PostNord", "Purolator", "Japan Post", "Aramex", "NZ Post",
	"SingPost", "InPost", "Deutsche Post", "bpost", "Parcelforce", "SPX Express", "VNPost", "Giao Hàng Nhanh",
	"Giao Hàng Tiết Kiệm", "J&T Express", "Ninja Van", "Sagawa Express", "Yamato Transport",
	"Vietnam Airlines", "Vietjet", "Vietlott")

// typoWeight is the hand weight of a typosquat of a brand.
func typoWeight(b *brand.Brand) float64 {
	if typoWarnOnly[b.Name] {
		return wTyposquatInfo
	}
	return wTyposquat
}
