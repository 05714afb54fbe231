package brand

// Utility are the companies people pay a bill to every month and keep a
// line with (bill50): mobile carriers and broadband providers worldwide
// and in Vietnam, electricity, gas and water companies, the energy
// regulator whose rebate their scams promise, and the carriers' loyalty
// programmes. Their impostors name a page after the company and what its
// notice to a customer is about: a bill overdue or a payment failed, a
// disconnection or a shut-off, a refund or a rebate, a direct debit, a
// SIM swap, an eSIM to activate, a number to port out, points to redeem
// before they expire; in Vietnamese hóa đơn (a bill), tiền điện, tiền
// nước (the power, the water bill), cắt điện (a power cut), khóa SIM (a
// SIM blocked), chuẩn hóa thuê bao (a subscriber's details to
// register), nâng cấp eSIM, đổi điểm, tích điểm (points), ưu đãi data
// (verizon-sim-transfer-stop, nationalgrid-refund-due,
// octopus-energy-billing, telstra-plus-points-expire,
// evnhcmc-hoantien), or misspell its name by a slip of the hand
// (vodafonne, telstraa, britishgass) or in another script's look-alike
// letters (vodáfone in punycode). They are protected at run time, as
// Runtime's brands are (the trainer reads links without them), and
// joined to Runtime when the package starts.
//
// Every one is a Tool brand: comparison sites, forums, resellers and
// developers name their pages and projects after them
// (verizon-coverage-map, octopus-agile-tracker, vodafone-api), so the
// name is read only in a stranger's registrable name. Names that are
// words of a language or people's or places' names, or too short to be
// any one company's (three, orange, bell, rogers, globe, smart, visible,
// cricket, spectrum, frontier, octopus, origin, duke, dominion, telekom,
// pge, agl, sse, edf, eon, ovo, jio …) are Beside brands: read only
// whole beside a bill or a line notice's words (Match.NoticeName:
// billKind), never alone or inside another word (threejs,
// orangehrm, bellhop, octopusdeploy, originlab, dukeuniversity); the
// long ones are read misspelt as a whole label too (billNear). Brands
// already protected (AT&T, Verizon, Xfinity, Telus, giffgaff, Optus,
// au, SoftBank, Viettel, VNPT, MobiFone, EVN) are not repeated; their
// names take the bill notice's words (billOld). Their Domains are where
// the company alone serves its sign-in and pages.
var Utility = []Brand{
	// mobile carriers and broadband in the Americas
	{Name: "T-Mobile", Domains: []string{"t-mobile.com", "tmobile.com", "t-mobile.de", "t-mobile.nl", "t-mobile.pl", "t-mobile.cz", "tmo.com", "metrobyt-mobile.com"}, Words: []string{"tmobile"}, Tool: true},
	{Name: "Metro by T-Mobile", Domains: []string{"metrobyt-mobile.com", "metropcs.com"}, Words: []string{"metropcs", "metrobytmobile"}, Tool: true},
	{Name: "Visible", Domains: []string{"visible.com"}, Words: []string{"visible", "visiblewireless"}, Tool: true, Beside: true},
	{Name: "Mint Mobile", Domains: []string{"mintmobile.com"}, Words: []string{"mintmobile"}, Tool: true},
	{Name: "Cricket Wireless", Domains: []string{"cricketwireless.com"}, Words: []string{"cricketwireless"}, Tool: true},
	{Name: "Cricket Wireless", Domains: []string{"cricketwireless.com"}, Words: []string{"cricket"}, Tool: true, Beside: true},
	{Name: "Boost Mobile", Domains: []string{"boostmobile.com", "boost.com.au"}, Words: []string{"boostmobile"}, Tool: true},
	{Name: "US Cellular", Domains: []string{"uscellular.com"}, Words: []string{"uscellular"}, Tool: true},
	{Name: "Google Fi", Domains: []string{"fi.google.com", "google.com"}, Words: []string{"googlefi"}, Tool: true},
	{Name: "Spectrum", Domains: []string{"spectrum.com", "spectrum.net", "charter.com", "charter.net"}, Words: []string{"spectrum"}, Tool: true, Beside: true},
	{Name: "Cox", Domains: []string{"cox.com", "cox.net"}, Words: []string{"cox", "coxcommunications"}, Tool: true, Beside: true},
	{Name: "Frontier", Domains: []string{"frontier.com", "frontiernet.net"}, Words: []string{"frontier"}, Tool: true, Beside: true},
	{Name: "CenturyLink", Domains: []string{"centurylink.com", "centurylink.net", "lumen.com", "q.com"}, Words: []string{"centurylink"}, Tool: true},
	{Name: "Rogers", Domains: []string{"rogers.com"}, Words: []string{"rogers"}, Tool: true, Beside: true},
	{Name: "Bell", Domains: []string{"bell.ca", "bell.net"}, Words: []string{"bellcanada"}, Tool: true},
	{Name: "Bell", Domains: []string{"bell.ca", "bell.net"}, Words: []string{"bell"}, Tool: true, Beside: true},
	{Name: "Freedom Mobile", Domains: []string{"freedommobile.ca"}, Words: []string{"freedommobile"}, Tool: true},
	{Name: "Fido", Domains: []string{"fido.ca"}, Words: []string{"fido"}, Tool: true, Beside: true},
	{Name: "Koodo", Domains: []string{"koodomobile.com"}, Words: []string{"koodo", "koodomobile"}, Tool: true},
	{Name: "Vidéotron", Domains: []string{"videotron.com", "videotron.ca"}, Words: []string{"videotron"}, Tool: true},
	{Name: "Movistar", Domains: []string{"movistar.es", "movistar.com", "movistar.com.ar", "movistar.cl", "movistar.com.co", "movistar.com.pe", "movistar.com.mx", "telefonica.com"}, Words: []string{"movistar"}, AnyCountry: true, Tool: true},
	{Name: "Claro", Domains: []string{"claro.com.br", "claro.com", "claro.com.co", "claro.com.ar", "claro.cl", "claro.com.pe"}, Words: []string{"claro"}, AnyCountry: true, Tool: true, Beside: true},
	// mobile carriers and broadband in the UK and Europe
	{Name: "Vodafone", Domains: []string{"vodafone.com", "vodafone.co.uk", "vodafone.de", "vodafone.es", "vodafone.it", "vodafone.com.au", "vodafone.nl", "vodafone.ie", "vodafone.pt", "vodafone.com.tr", "vodafone.co.nz", "vodafone.cz", "vodafone.ro", "vodafone.gr", "vodafone.in", "vodafone.al", "vodafone.hu", "vodafone.qa", "vodafone.com.eg", "vodafone.co.za", "vodacom.co.za", "vodafone.net"}, Words: []string{"vodafone"}, AnyCountry: true, Tool: true},
	{Name: "Three", Domains: []string{"three.co.uk", "three.ie", "three.com.hk", "three.se", "three.dk", "three.at", "three.com"}, Words: []string{"three", "threeuk"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "O2", Domains: []string{"o2.co.uk", "o2.de", "o2.cz", "o2online.de", "virginmediao2.co.uk"}, Words: []string{"o2uk", "o2priority"}, Tool: true},
	{Name: "Virgin Media", Domains: []string{"virginmedia.com", "virginmedia.co.uk", "virginmedia.ie", "virginmediao2.co.uk"}, Words: []string{"virginmedia"}, Tool: true},
	{Name: "Sky", Domains: []string{"sky.com", "sky.de", "sky.it", "skymobile.co.uk"}, Words: []string{"skymobile", "skybroadband"}, Tool: true},
	{Name: "BT", Domains: []string{"bt.com", "btinternet.com", "btwifi.com"}, Words: []string{"btbroadband", "btinternet"}, Tool: true},
	{Name: "Tesco Mobile", Domains: []string{"tescomobile.com", "tescomobile.ie"}, Words: []string{"tescomobile"}, Tool: true},
	{Name: "Lebara", Domains: []string{"lebara.com", "lebara.co.uk", "lebara.de", "lebara.nl", "lebara.fr", "lebara.es"}, Words: []string{"lebara"}, AnyCountry: true, Tool: true},
	{Name: "Lycamobile", Domains: []string{"lycamobile.com", "lycamobile.co.uk", "lycamobile.us", "lycamobile.de", "lycamobile.fr", "lycamobile.es", "lycamobile.com.au"}, Words: []string{"lycamobile"}, AnyCountry: true, Tool: true},
	{Name: "Orange", Domains: []string{"orange.fr", "orange.com", "orange.es", "orange.be", "orange.pl", "orange.ro", "orange.sk", "orange.jo", "orange.ma", "orange.sn", "orange.ci", "orange-business.com", "sosh.fr"}, Words: []string{"orange"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "SFR", Domains: []string{"sfr.fr", "sfr.com", "red-by-sfr.fr"}, Words: []string{"sfr"}, Tool: true, Beside: true},
	{Name: "Bouygues Telecom", Domains: []string{"bouyguestelecom.fr", "bouygues.com"}, Words: []string{"bouygues", "bouyguestelecom"}, Tool: true},
	{Name: "Free Mobile", Domains: []string{"free.fr", "mobile.free.fr", "freebox.fr"}, Words: []string{"freemobile", "freebox"}, Tool: true},
	{Name: "Deutsche Telekom", Domains: []string{"telekom.de", "telekom.com", "t-online.de", "telekom.hu", "telekom.ro", "telekom.mk"}, Words: []string{"telekom", "deutschetelekom"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "KPN", Domains: []string{"kpn.com", "kpn.nl"}, Words: []string{"kpn"}, Tool: true, Beside: true},
	{Name: "Proximus", Domains: []string{"proximus.be", "proximus.com"}, Words: []string{"proximus"}, Tool: true},
	{Name: "Swisscom", Domains: []string{"swisscom.ch", "swisscom.com"}, Words: []string{"swisscom"}, Tool: true},
	{Name: "TIM", Domains: []string{"tim.it", "tim.com.br", "telecomitalia.com"}, Words: []string{"telecomitalia"}, Tool: true},
	{Name: "WindTre", Domains: []string{"windtre.it"}, Words: []string{"windtre"}, Tool: true},
	// mobile carriers and broadband in Australia and New Zealand
	{Name: "Telstra", Domains: []string{"telstra.com.au", "telstra.com", "telstra.net", "bigpond.com", "telstraplus.com.au"}, Words: []string{"telstra", "telstraplus", "bigpond"}, Tool: true},
	{Name: "TPG", Domains: []string{"tpg.com.au", "tpgtelecom.com.au"}, Words: []string{"tpg", "tpgtelecom"}, Tool: true, Beside: true},
	{Name: "Aussie Broadband", Domains: []string{"aussiebroadband.com.au"}, Words: []string{"aussiebroadband"}, Tool: true},
	{Name: "amaysim", Domains: []string{"amaysim.com.au"}, Words: []string{"amaysim"}, Tool: true},
	{Name: "Belong", Domains: []string{"belong.com.au"}, Words: []string{"belong"}, Tool: true, Beside: true},
	{Name: "Spark", Domains: []string{"spark.co.nz"}, Words: []string{"sparknz"}, Tool: true},
	{Name: "One NZ", Domains: []string{"one.nz"}, Words: []string{"onenz"}, Tool: true},
	// mobile carriers and broadband in Asia
	{Name: "Singtel", Domains: []string{"singtel.com", "singtel.com.sg"}, Words: []string{"singtel"}, Tool: true},
	{Name: "StarHub", Domains: []string{"starhub.com"}, Words: []string{"starhub"}, Tool: true},
	{Name: "Globe", Domains: []string{"globe.com.ph"}, Words: []string{"globe", "globetelecom"}, Tool: true, Beside: true},
	{Name: "Smart", Domains: []string{"smart.com.ph", "pldt.com", "pldthome.com"}, Words: []string{"smart", "pldt", "pldthome"}, Tool: true, Beside: true},
	{Name: "DITO", Domains: []string{"dito.ph"}, Words: []string{"dito"}, Tool: true, Beside: true},
	{Name: "AIS", Domains: []string{"ais.th", "ais.co.th"}, Words: []string{"ais"}, Tool: true, Beside: true},
	{Name: "True", Domains: []string{"true.th", "truecorp.co.th", "truemove-h.com", "dtac.co.th"}, Words: []string{"truemove", "truemoveh", "truecorp", "dtac"}, Tool: true},
	{Name: "Telkomsel", Domains: []string{"telkomsel.com", "telkomsel.co.id"}, Words: []string{"telkomsel"}, Tool: true},
	{Name: "Indosat", Domains: []string{"indosatooredoo.com", "ioh.co.id", "im3.id"}, Words: []string{"indosat", "indosatooredoo"}, Tool: true},
	{Name: "XL Axiata", Domains: []string{"xl.co.id", "xlaxiata.co.id"}, Words: []string{"xlaxiata"}, Tool: true},
	{Name: "Airtel", Domains: []string{"airtel.in", "airtel.com", "airtel.tv", "airtel.africa", "airtel.co.ke", "airtel.ng"}, Words: []string{"airtel"}, AnyCountry: true, Tool: true},
	{Name: "Jio", Domains: []string{"jio.com", "ril.com"}, Words: []string{"jio", "reliancejio"}, Tool: true, Beside: true},
	{Name: "Vi", Domains: []string{"myvi.in"}, Words: []string{"vodafoneidea"}, Tool: true},
	{Name: "Maxis", Domains: []string{"maxis.com.my", "hotlink.com.my"}, Words: []string{"maxis"}, Tool: true, Beside: true},
	{Name: "CelcomDigi", Domains: []string{"celcomdigi.com", "celcom.com.my", "digi.com.my"}, Words: []string{"celcom", "celcomdigi"}, Tool: true},
	{Name: "Vietnamobile", Domains: []string{"vietnamobile.com.vn"}, Words: []string{"vietnamobile"}, Tool: true},
	{Name: "Reddi", Domains: []string{"reddi.vn"}, Words: []string{"reddi"}, Tool: true, Beside: true},
	{Name: "Gmobile", Domains: []string{"gmobile.vn"}, Words: []string{"gmobile"}, Tool: true},
	{Name: "FPT Telecom", Domains: []string{"fpt.vn", "fpt.com.vn", "fpt.com", "fptplay.vn", "fptshop.com.vn"}, Words: []string{"fpttelecom", "fptplay"}, Tool: true},
	{Name: "FPT Telecom", Domains: []string{"fpt.vn", "fpt.com.vn", "fpt.com"}, Words: []string{"fpt"}, Tool: true, Beside: true},
	{Name: "Viettel++", Domains: []string{"viettel.vn", "vietteltelecom.vn", "viettelplus.vn"}, Words: []string{"viettelplus", "vietteltelecom", "myviettel"}, Tool: true},
	// electricity, gas and water in North America
	{Name: "PG&E", Domains: []string{"pge.com"}, Words: []string{"pge", "pgande"}, Tool: true, Beside: true},
	{Name: "Southern California Edison", Domains: []string{"sce.com", "edison.com"}, Words: []string{"sce", "socaledison"}, Tool: true, Beside: true},
	{Name: "SDG&E", Domains: []string{"sdge.com"}, Words: []string{"sdge"}, Tool: true},
	{Name: "Con Edison", Domains: []string{"coned.com", "conedison.com"}, Words: []string{"coned", "conedison"}, Tool: true, Beside: true},
	{Name: "Duke Energy", Domains: []string{"duke-energy.com", "dukeenergy.com"}, Words: []string{"dukeenergy"}, Tool: true},
	{Name: "Xcel Energy", Domains: []string{"xcelenergy.com"}, Words: []string{"xcelenergy"}, Tool: true},
	{Name: "Xcel Energy", Domains: []string{"xcelenergy.com"}, Words: []string{"xcel"}, Tool: true, Beside: true},
	{Name: "National Grid", Domains: []string{"nationalgrid.com", "nationalgridus.com", "nationalgrid.co.uk", "nationalgrideso.com"}, Words: []string{"nationalgrid", "nationalgridus"}, Tool: true},
	{Name: "Dominion Energy", Domains: []string{"dominionenergy.com"}, Words: []string{"dominionenergy"}, Tool: true},
	{Name: "FPL", Domains: []string{"fpl.com", "nexteraenergy.com"}, Words: []string{"fpl"}, Tool: true, Beside: true},
	{Name: "Georgia Power", Domains: []string{"georgiapower.com", "southerncompany.com"}, Words: []string{"georgiapower"}, Tool: true},
	{Name: "Entergy", Domains: []string{"entergy.com"}, Words: []string{"entergy"}, Tool: true},
	{Name: "ComEd", Domains: []string{"comed.com", "exeloncorp.com"}, Words: []string{"comed"}, Tool: true, Beside: true},
	{Name: "PECO", Domains: []string{"peco.com"}, Words: []string{"peco"}, Tool: true, Beside: true},
	{Name: "Eversource", Domains: []string{"eversource.com"}, Words: []string{"eversource"}, Tool: true},
	{Name: "DTE Energy", Domains: []string{"dteenergy.com", "newlook.dteenergy.com"}, Words: []string{"dteenergy"}, Tool: true},
	{Name: "DTE Energy", Domains: []string{"dteenergy.com"}, Words: []string{"dte"}, Tool: true, Beside: true},
	{Name: "PSE&G", Domains: []string{"pseg.com"}, Words: []string{"pseg"}, Tool: true, Beside: true},
	{Name: "Ameren", Domains: []string{"ameren.com"}, Words: []string{"ameren"}, Tool: true},
	{Name: "Hydro One", Domains: []string{"hydroone.com"}, Words: []string{"hydroone"}, Tool: true},
	{Name: "Hydro-Québec", Domains: []string{"hydroquebec.com"}, Words: []string{"hydroquebec"}, Tool: true},
	{Name: "BC Hydro", Domains: []string{"bchydro.com"}, Words: []string{"bchydro"}, Tool: true},
	{Name: "Toronto Hydro", Domains: []string{"torontohydro.com"}, Words: []string{"torontohydro"}, Tool: true},
	{Name: "Enbridge Gas", Domains: []string{"enbridgegas.com", "enbridge.com"}, Words: []string{"enbridge", "enbridgegas"}, Tool: true},
	// electricity, gas and water in the UK and Europe
	{Name: "British Gas", Domains: []string{"britishgas.co.uk", "centrica.com"}, Words: []string{"britishgas"}, Tool: true},
	{Name: "OVO Energy", Domains: []string{"ovoenergy.com", "ovo.com"}, Words: []string{"ovoenergy"}, Tool: true},
	{Name: "OVO Energy", Domains: []string{"ovoenergy.com", "ovo.com"}, Words: []string{"ovo"}, Tool: true, Beside: true},
	{Name: "Octopus Energy", Domains: []string{"octopus.energy", "octopusenergy.com", "octopusenergy.co.uk"}, Words: []string{"octopusenergy"}, Tool: true},
	{Name: "Octopus Energy", Domains: []string{"octopus.energy"}, Words: []string{"octopus"}, Tool: true, Beside: true},
	{Name: "EDF", Domains: []string{"edfenergy.com", "edf.fr", "edf.com"}, Words: []string{"edfenergy"}, Tool: true},
	{Name: "EDF", Domains: []string{"edfenergy.com", "edf.fr", "edf.com"}, Words: []string{"edf"}, Tool: true, Beside: true},
	{Name: "E.ON", Domains: []string{"eonenergy.com", "eonnext.com", "eon.com", "eon.de", "eon.se"}, Words: []string{"eonenergy", "eonnext"}, Tool: true},
	{Name: "E.ON", Domains: []string{"eonenergy.com", "eonnext.com", "eon.com", "eon.de"}, Words: []string{"eon"}, Tool: true, Beside: true},
	{Name: "ScottishPower", Domains: []string{"scottishpower.co.uk", "scottishpower.com"}, Words: []string{"scottishpower"}, Tool: true},
	{Name: "SSE", Domains: []string{"sse.co.uk", "sse.com", "sseairtricity.com"}, Words: []string{"sse", "sseairtricity"}, Tool: true, Beside: true},
	{Name: "Ofgem", Domains: []string{"ofgem.gov.uk"}, Words: []string{"ofgem"}, Tool: true},
	{Name: "Thames Water", Domains: []string{"thameswater.co.uk"}, Words: []string{"thameswater"}, Tool: true},
	{Name: "Severn Trent", Domains: []string{"stwater.co.uk", "severntrent.com"}, Words: []string{"severntrent", "stwater"}, Tool: true},
	{Name: "Anglian Water", Domains: []string{"anglianwater.co.uk"}, Words: []string{"anglianwater"}, Tool: true},
	{Name: "United Utilities", Domains: []string{"unitedutilities.com"}, Words: []string{"unitedutilities"}, Tool: true},
	{Name: "Engie", Domains: []string{"engie.fr", "engie.com", "engie.be", "engie.it"}, Words: []string{"engie"}, AnyCountry: true, Tool: true},
	{Name: "Endesa", Domains: []string{"endesa.com", "endesa.es"}, Words: []string{"endesa"}, Tool: true},
	{Name: "Iberdrola", Domains: []string{"iberdrola.es", "iberdrola.com"}, Words: []string{"iberdrola"}, AnyCountry: true, Tool: true},
	{Name: "Enel", Domains: []string{"enel.it", "enel.com"}, Words: []string{"enel"}, Tool: true, Beside: true},
	// electricity, gas and water in Australia
	{Name: "AGL", Domains: []string{"agl.com.au"}, Words: []string{"agl"}, Tool: true, Beside: true},
	{Name: "Origin Energy", Domains: []string{"originenergy.com.au"}, Words: []string{"originenergy"}, Tool: true},
	{Name: "Origin Energy", Domains: []string{"originenergy.com.au"}, Words: []string{"origin"}, Tool: true, Beside: true},
	{Name: "EnergyAustralia", Domains: []string{"energyaustralia.com.au"}, Words: []string{"energyaustralia"}, Tool: true},
	{Name: "Sydney Water", Domains: []string{"sydneywater.com.au"}, Words: []string{"sydneywater"}, Tool: true},
	// electricity and water in Vietnam
	{Name: "EVNHCMC", Domains: []string{"evnhcmc.vn", "evn.com.vn"}, Words: []string{"evnhcmc"}, Tool: true},
	{Name: "EVNHANOI", Domains: []string{"evnhanoi.vn", "evnhanoi.com.vn", "evn.com.vn"}, Words: []string{"evnhanoi"}, Tool: true},
	{Name: "EVNSPC", Domains: []string{"evnspc.vn", "evn.com.vn"}, Words: []string{"evnspc"}, Tool: true},
	{Name: "EVNCPC", Domains: []string{"evncpc.vn", "cpc.vn", "evn.com.vn"}, Words: []string{"evncpc"}, Tool: true},
	{Name: "EVNNPC", Domains: []string{"evnnpc.vn", "npc.com.vn", "evn.com.vn"}, Words: []string{"evnnpc"}, Tool: true},
	{Name: "Sawaco", Domains: []string{"sawaco.com.vn"}, Words: []string{"sawaco"}, Tool: true},
}

// billOld are the carriers and power companies protected before bill50:
// beside their names the bill notice's words are a notice's too
// (billBrands).
var billOld = []string{"AT&T", "Verizon", "Xfinity", "Telus", "giffgaff", "Optus", "au (KDDI)", "SoftBank", "Viettel",
	"VNPT", "MobiFone", "EVN"}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (telstrabilling, britishgasrefund: Brand.Trade)
	for i := range Utility {
		Utility[i].Trade = billTrade
	}
	Runtime = append(Runtime, Utility...)
}

// billTrade are the words a utility's or a carrier's impostors run its
// name together with in one label (vodafonebill, thameswaterrefund).
var billTrade = []string{"bill", "billing", "bills", "refund", "refunds", "rebate", "payment", "payments", "login",
	"signin", "verify", "account", "myaccount", "support", "esim", "sim", "simswap", "portout", "rewards", "points",
	"disconnect", "disconnection", "shutoff", "overdue", "unpaid", "hoadon", "tiendien", "tiennuoc", "hoantien",
	"doidiem", "khoasim", "catdien"}

// billBrands are the carriers and utilities (Utility's and billOld):
// beside their names the bill notice's words (billNotice) are a
// notice's.
var billBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Utility {
		m[b.Name] = true
	}
	for _, n := range billOld {
		m[n] = true
	}
	return m
}()

// billNotice are what a utility's or a carrier's notice to a customer is
// about or asks: a bill, overdue or unpaid, a payment failed or
// declined, a direct debit, a disconnection, a shut-off or a
// suspension, a refund, a rebate or a credit, a SIM blocked or swapped,
// an eSIM to activate or transfer, a number to port out, points or
// rewards to redeem before they expire, a top-up; in Vietnamese hóa
// đơn, tiền điện, tiền nước, cước (a charge), cắt điện, cắt nước, cắt
// mạng (a cut), khóa SIM, chuẩn hóa thuê bao, nâng cấp eSIM, đổi điểm,
// tích điểm, ưu đãi, hoàn tiền, thanh toán, nợ cước (a charge owed); in
// French, Spanish, German, Dutch and Italian a bill (facture,
// factura, rechnung, factuur, bolletta), unpaid, a refund.
var billNotice = setOfWords("bill", "bills", "billpay", "overdue", "pastdue", "unpaid", "declined", "failed",
	"directdebit", "debit", "disconnect", "disconnection", "disconnected", "shutoff", "cutoff", "suspended",
	"rebate", "rebates", "refunds", "owed", "sim", "simswap", "swap", "esim", "port", "portout",
	"porting", "transfer", "points", "rewards", "redeem", "expire", "topup", "recharge", "kyc", "registration", "block",
	"hoadon", "tiendien", "tiennuoc", "cuoc", "catdien", "catnuoc", "catmang", "khoasim", "khoa", "chuanhoa",
	"thuebao", "nangcap", "doidiem", "tichdiem", "uudai", "hoantien", "thanhtoan", "nocuoc",
	"facture", "impayee", "remboursement", "factura", "pendiente", "devolucion", "reembolso", "rechnung",
	"mahnung", "erstattung", "offen", "factuur", "betalen", "bolletta", "rimborso", "poin", "tukar", "pulsa")

// billActs are the bill notice's words that act on a customer's line,
// bill or money, not a comparison site's or a shop's subject: a bill
// overdue, a payment failed, a disconnection, a refund, a rebate, a SIM
// swapped or blocked, an eSIM activated, a number ported, points
// redeemed or expiring; in Vietnamese the same. Beside a word-like
// carrier's or utility's name (three, orange, octopus, origin) a bill
// notice is read only with one of them, an account's word or a second
// notice's word (three-sim-deals, orange-esim are a shop's words).
var billActs = setOfWords("overdue", "pastdue", "unpaid", "declined", "failed", "directdebit", "disconnect",
	"disconnection", "disconnected", "shutoff", "cutoff", "suspended", "rebate", "rebates", "refunds", "owed",
	"simswap", "swap", "portout", "redeem", "expire", "kyc", "block", "catdien", "catnuoc", "catmang", "khoasim", "khoa",
	"chuanhoa", "doidiem", "hoantien", "nocuoc", "impayee", "remboursement", "pendiente", "devolucion",
	"reembolso", "mahnung", "erstattung", "offen", "betalen", "rimborso", "tukar")

// billFiller are a customer's words beside a carrier's or a utility's
// name that say nothing alone: who it serves, its pages, its country.
var billFiller = setOfWords("home", "phone", "line", "number", "plan", "plans", "prepaid", "postpaid", "uk", "us", "au",
	"ca", "nz", "vn", "de", "fr", "es", "it", "nl", "ph", "my", "id", "th", "sg", "in", "next", "nhamang", "quykhach",
	"khachhang", "cskh", "the", "your", "plus", "priority", "now", "today", "online", "notice", "center", "centre",
	"portal", "desk")

// billLineFiller are what a carrier sells, beside a carrier's name
// only (optus-mobile-bill, vodafone-broadband-refund); beside a
// utility's or a word-like name they are a stranger's
// (smart-energy-rebate is no Smart's, the Philippine carrier).
var billLineFiller = setOfWords("mobile", "wireless", "cellular", "telecom", "broadband", "internet", "fibre",
	"fiber", "mang", "didong", "viettel", "vinaphone", "mobifone")

// billPowerFiller are what a utility sells, beside a utility's name
// only (octopus-energy-billing, thames-water-refund, evn-dien-hoadon).
var billPowerFiller = setOfWords("energy", "power", "electric", "electricity", "gas", "water", "utility",
	"utilities", "energie", "strom", "luce", "dien", "nuoc")

// billPower are the utilities among billBrands (electricity, gas and
// water companies and the regulator: Utility's entries from PG&E on, the
// list's last part, and EVN); the others are carriers.
var billPower = func() map[string]bool {
	m := map[string]bool{"EVN": true}
	in := false
	for _, b := range Utility {
		if b.Name == "PG&E" {
			in = true
		}
		if in {
			m[b.Name] = true
		}
	}
	return m
}()

// billKind says what w, a part of a stranger's registrable name beside
// the brand b's name, is for a carrier or a utility: 'n' a notice's
// word, 'f' a filler, 0 neither (or b is none of billBrands).
func billKind(b *Brand, w string) byte {
	switch {
	case !billBrands[b.Name]:
		return 0
	case billNotice[w]:
		return 'n'
	case billFiller[w], billPowerFiller[w] && billPower[b.Name], billLineFiller[w] && !billPower[b.Name]:
		return 'f'
	}
	return 0
}

// billActing reports whether w, a notice's word beside the brand b's
// name, acts on a customer's line or money (billActs).
func billActing(b *Brand, w string) bool {
	return billActs[w] && billBrands[b.Name]
}

// billBeside reports whether the brand b is a carrier or a utility whose
// name matched is read only beside a notice's words (Beside: three,
// orange, octopus, origin, duke): beside a bill notice's words it takes
// an act (billActs), an account's or a trouble's word, or two notice
// words (three-sim-deals, octopus-energy-rewards are a shop's or a
// programme's own).
func billBeside(b *Brand) bool {
	return b.Beside && billBrands[b.Name]
}

// billJoined reports whether rest, what follows a carrier's or a
// utility's name run together in one label, is one word of its notice
// (vodafonebill, thameswaterrefund, viettelkhoasim).
func billJoined(b *Brand, rest string) bool {
	return billBrands[b.Name] && (billNotice[rest] || rest == "refund" || rest == "billing" || rest == "payment")
}

// billTrades are the words that say a name beside a carrier's or a
// utility's is a third party's about it: a review, a comparison, a
// coverage map, a forum, a tracker, a calculator, a guide, news, jobs,
// shares, a shop of its phones or deals (verizon-coverage-map,
// octopus-agile-tracker, three-sim-deals-compare, vodafone-arena).
var billTrades = setOfWords("review", "reviews", "compare", "comparison", "coverage", "map", "maps", "forum",
	"forums", "community", "tracker", "calculator", "guide", "guides", "tips", "blog", "news", "jobs", "careers",
	"stock", "shares", "investor", "investors", "arena", "stadium", "park", "foundation", "museum", "api", "sdk",
	"dev", "developer", "developers", "github", "speedtest", "status", "outage", "outages", "tintuc", "danhgia")

// billRefuses reports whether w, beside the brand b's name, says the
// name is a third party's about a carrier or a utility (billTrades).
func billRefuses(b *Brand, w string) bool {
	return billTrades[w] && billBrands[b.Name]
}

// billNearMin is the fewest letters a carrier's or a utility's name read
// only whole needs to be read misspelt (billNear): telstra, singtel and
// sawaco have six or seven.
const billNearMin = 6

// billNear reports whether the name n is a carrier's or a utility's one
// WordTypo reads misspelt though it is shorter than WordNearMin: a
// coined name read only whole of billNearMin letters or more (telstraa,
// singtell, sawacoo, vodafonne); not a Beside brand's, a word of a
// language whose slips are other firms' names (frontiler: an l for an i
// beside frontier).
func billNear(n *name) bool {
	return billBrands[n.brand.Name] && len(n.word) >= billNearMin && n.brand.Tool && !n.brand.Beside
}

// BillLook reports whether the match m is a carrier's or a utility's
// name read only whole (Brand.Words) written by its look: a letter
// doubled or swapped for one that looks like it (vodafonne, telstrra,
// singtell), or in another script's look-alike letters (vodáfone in
// punycode), not a word of a language (isWord) nor one letter from the
// name with a word across the change (wordAcrossEdit); a name of fewer
// than billNearMin letters is not (tellus is Latin, not Telus's), nor a
// Beside brand's one edit away but by its look (frontiler, a firm's
// name, is no Frontier's). As TravelLook (trip49) reads a travel
// platform's.
func (m *Match) BillLook(isWord func(string) bool) bool {
	if m.Kind != Lookalike && m.Kind != Homoglyph || !m.whole || m.Plausible || m.Dictionary || m.Brand == nil ||
		!billBrands[m.Brand.Name] || len(m.name) < billNearMin || m.Word == m.name {
		return false
	}
	if m.Kind == Homoglyph {
		return true
	}
	if !letters(m.Word) || isWord != nil && isWord(m.Word) {
		return false
	}
	if collapse(Skeleton(m.Word)) == collapse(Skeleton(m.name)) {
		return true
	}
	// a word-like name (frontier, octopus) is an edit from many
	// firms' coined names (frontiler): only its look reads it
	return !m.Brand.Beside && len(m.name) >= 7 && distance(m.Word, m.name, 1) == 1 &&
		(isWord == nil || !wordAcrossEdit(m.Word, m.name, isWord))
}

// billSwapMin is the fewest letters a carrier's or a utility's name
// needs for WordTypo to read it with one letter changed for another
// (billSwapped).
const billSwapMin = 8

// billSwapped reports whether a (a word's letterFold) is the carrier's
// or the utility's name n (its letterFold, fold) of billSwapMin letters
// or more with one letter but the first changed for another (vodafane,
// lycamobils, iberdrila), not a name made of words (britishgas,
// thameswater, nationalgrid: other firms' names are a letter from them),
// as travelSwapped reads a travel platform's; a housing company's coined
// name too (appfolia, rightmeve, simplisafo; home51).
func billSwapped(a []byte, n *name, fold string, isWord func(string) bool) bool {
	if len(a) != len(fold) || len(fold) < billSwapMin || !billBrands[n.brand.Name] && !homeBrands[n.brand.Name] {
		return false
	}
	if w := n.word; isWord != nil && (isWord(w[1:]) || isWord(w[:len(w)-1]) || twoWords(w, isWord)) {
		return false
	}
	diff := 0
	for i := 1; i < len(a); i++ {
		if a[i] != fold[i] {
			diff++
		}
	}
	return diff == 1
}
