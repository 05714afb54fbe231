package brand

// Government are the public services people pay, claim from and are
// fined by (gov50): tax offices, social security, benefits and
// immigration offices, motor and licence offices, toll roads and their
// passes across the United States, Canada, Britain, Australia, Europe and
// Vietnam, courts, police and fraud desks, and Vietnam's public services
// (dịch vụ công, thuế điện tử, BHXH and VssID, CSGT, Cục Đăng kiểm, Bộ
// Công an). Their impostors name a page after the office and what its
// notice to a citizen is about: a toll unpaid, a balance due, an invoice,
// a penalty or a fine (a PCN), a violation, a refund, a rebate, a credit
// or a benefit to claim, a payment, a renewal, a licence, a plate, a
// summons; in Vietnamese phạt nguội (a camera's fine), nộp phạt (pay a
// fine), tra cứu (look up), hoàn thuế (a tax refund), kê khai, quyết toán
// (file, settle a tax), truy lĩnh (back pay), đăng kiểm (an inspection),
// đổi GPLX (a licence renewed), định danh (an identity level)
// (sunpass-unpaid-tolls, hmrc-rebate-claim, centrelink-payment-update,
// vssid-capnhat), or misspell its name by a slip of the hand (sunnpass,
// centrelinkk, peachpas), or write it in another script's look-alike
// letters (sunpáss, centrelínk in punycode). They are protected at run
// time, as Runtime's brands are (the trainer reads links without them),
// and joined to Runtime when the package starts.
//
// Every one is a Tool brand: developers, civic-tech projects and
// accountants name their tools and guides after them (irs-tax-forms,
// hmrc-api, ezpass-reader), so the name is read only in a stranger's
// registrable name. Acronyms and names that are words or other firms'
// names too (irs, ssa, cra, ato, dwp, ird, tfl, ntta, icbc, linkt,
// goodtogo, riverlink, fastrak, ipass, epass, eztag, telepass, dangkiem,
// gplx, congan) are Beside brands: read only whole beside a notice's words
// (Match.NoticeName) with one that acts (a payment, a refund, a claim, a
// fine: govActs) or two, never alone or inside another word. Brands
// already protected (HMRC, DVLA, VNeID, Vietnam Social Security's
// baohiemxahoi and vssid, the General Department of Taxation's
// thuedientu, the Ministry of Public Security's bocongan, USPS) are not
// repeated; their names take the civic notice's words (govOld). Their
// Domains are where the office alone serves its pages and sign-in.
var Government = []Brand{
	// tax offices
	{Name: "IRS", Domains: []string{"irs.gov", "irs.com"}, Words: []string{"irs"}, Tool: true, Beside: true},
	{Name: "IRS", Domains: []string{"irs.gov"}, Words: []string{"irsgov"}, Tool: true},
	{Name: "CRA", Domains: []string{"canada.ca", "cra-arc.gc.ca", "gc.ca"}, Words: []string{"cra"}, Tool: true, Beside: true},
	{Name: "CRA", Domains: []string{"canada.ca", "cra-arc.gc.ca", "gc.ca"}, Words: []string{"craarc"}, Tool: true},
	{Name: "ATO", Domains: []string{"ato.gov.au"}, Words: []string{"ato"}, Tool: true, Beside: true},
	{Name: "IRD", Domains: []string{"ird.govt.nz"}, Words: []string{"ird"}, Tool: true, Beside: true},
	{Name: "SARS", Domains: []string{"sars.gov.za"}, Words: []string{"sars", "sarsefiling"}, Tool: true, Beside: true},
	{Name: "Agenzia delle Entrate", Domains: []string{"agenziaentrate.gov.it"}, Words: []string{"agenziaentrate"}, Tool: true},
	{Name: "Skatteverket", Domains: []string{"skatteverket.se"}, Words: []string{"skatteverket"}, Tool: true},
	{Name: "Belastingdienst", Domains: []string{"belastingdienst.nl"}, Words: []string{"belastingdienst"}, Tool: true},
	{Name: "Franchise Tax Board", Domains: []string{"ftb.ca.gov"}, Words: []string{"ftb"}, Tool: true, Beside: true},
	{Name: "ANTAI", Domains: []string{"antai.gouv.fr"}, Words: []string{"antai"}, Tool: true, Beside: true},
	{Name: "DGT", Domains: []string{"dgt.es"}, Words: []string{"dgt"}, Tool: true, Beside: true},
	{Name: "General Department of Taxation", Domains: []string{"gdt.gov.vn"}, Words: []string{"gdt"}, Tool: true, Beside: true},
	// social security, benefits, identity and immigration
	{Name: "Social Security Administration", Domains: []string{"ssa.gov", "socialsecurity.gov"}, Words: []string{"ssa"}, Tool: true, Beside: true},
	{Name: "Social Security Administration", Domains: []string{"ssa.gov", "socialsecurity.gov"}, Words: []string{"ssagov", "mysocialsecurity"}, Tool: true},
	{Name: "USCIS", Domains: []string{"uscis.gov"}, Words: []string{"uscis"}, Tool: true},
	{Name: "Centrelink", Domains: []string{"servicesaustralia.gov.au", "my.gov.au", "humanservices.gov.au"}, Words: []string{"centrelink", "centerlink"}, Tool: true},
	{Name: "Services Australia", Domains: []string{"servicesaustralia.gov.au", "my.gov.au"}, Words: []string{"servicesaustralia"}, Tool: true},
	{Name: "myGov", Domains: []string{"my.gov.au", "mygov.in"}, Words: []string{"mygov", "mygovau"}, Tool: true},
	{Name: "DWP", Domains: []string{"dwp.gov.uk", "www.gov.uk"}, Words: []string{"dwp"}, Tool: true, Beside: true},
	{Name: "Universal Credit", Domains: []string{"universal-credit.service.gov.uk", "www.gov.uk"}, Words: []string{"universalcredit"}, Tool: true},
	{Name: "EDD", Domains: []string{"edd.ca.gov"}, Words: []string{"edd"}, Tool: true, Beside: true},
	{Name: "Login.gov", Domains: []string{"login.gov"}, Words: []string{"logingov"}, Tool: true},
	{Name: "ID.me", Domains: []string{"id.me"}, Words: []string{"idme"}, Tool: true, Beside: true},
	{Name: "ConnectEBT", Domains: []string{"connectebt.com"}, Words: []string{"connectebt"}, Tool: true},
	{Name: "ebtEDGE", Domains: []string{"ebtedge.com"}, Words: []string{"ebtedge"}, Tool: true},
	{Name: "IRCC", Domains: []string{"canada.ca", "cic.gc.ca", "gc.ca"}, Words: []string{"ircc"}, Tool: true, Beside: true},
	{Name: "Service Canada", Domains: []string{"canada.ca", "servicecanada.gc.ca", "gc.ca"}, Words: []string{"servicecanada"}, Tool: true},
	{Name: "ImmiAccount", Domains: []string{"immi.homeaffairs.gov.au", "homeaffairs.gov.au"}, Words: []string{"immiaccount"}, Tool: true},
	{Name: "UKVI", Domains: []string{"www.gov.uk"}, Words: []string{"ukvi"}, Tool: true, Beside: true},
	{Name: "CBP", Domains: []string{"cbp.gov"}, Words: []string{"cbp"}, Tool: true, Beside: true},
	{Name: "USAGov", Domains: []string{"usa.gov"}, Words: []string{"usagov"}, Tool: true},
	{Name: "Vietnam Social Security", Domains: []string{"baohiemxahoi.gov.vn", "vss.gov.vn"}, Words: []string{"bhxh"}, Tool: true},
	// motor and licence offices
	{Name: "FLHSMV", Domains: []string{"flhsmv.gov"}, Words: []string{"flhsmv"}, Tool: true},
	{Name: "Texas DMV", Domains: []string{"txdmv.gov"}, Words: []string{"txdmv"}, Tool: true},
	{Name: "Texas DPS", Domains: []string{"dps.texas.gov", "texas.gov"}, Words: []string{"txdps"}, Tool: true},
	{Name: "New York DMV", Domains: []string{"dmv.ny.gov", "ny.gov"}, Words: []string{"nydmv"}, Tool: true},
	{Name: "California DMV", Domains: []string{"dmv.ca.gov", "ca.gov"}, Words: []string{"cadmv"}, Tool: true},
	{Name: "PennDOT", Domains: []string{"dmv.pa.gov", "penndot.pa.gov", "pa.gov"}, Words: []string{"penndot"}, Tool: true},
	{Name: "ICBC", Domains: []string{"icbc.com", "icbc.com.cn", "icbc-ltd.com"}, Words: []string{"icbc"}, Tool: true, Beside: true},
	{Name: "SAAQ", Domains: []string{"saaq.gouv.qc.ca"}, Words: []string{"saaq"}, Tool: true, Beside: true},
	{Name: "ServiceOntario", Domains: []string{"ontario.ca"}, Words: []string{"serviceontario"}, Tool: true},
	{Name: "Service NSW", Domains: []string{"service.nsw.gov.au", "nsw.gov.au"}, Words: []string{"servicensw"}, Tool: true},
	{Name: "VicRoads", Domains: []string{"vicroads.vic.gov.au", "vic.gov.au"}, Words: []string{"vicroads"}, Tool: true},
	{Name: "NZTA", Domains: []string{"nzta.govt.nz"}, Words: []string{"nzta"}, Tool: true, Beside: true},
	{Name: "DVSA", Domains: []string{"dvsa.gov.uk", "www.gov.uk"}, Words: []string{"dvsa"}, Tool: true, Beside: true},
	{Name: "Cục Đăng kiểm", Domains: []string{"vr.org.vn"}, Words: []string{"dangkiem"}, Tool: true, Beside: true},
	{Name: "GPLX", Domains: []string{"gplx.gov.vn", "csgt.vn"}, Words: []string{"gplx"}, Tool: true, Beside: true},
	// toll roads and their passes
	{Name: "E-ZPass", Domains: []string{"e-zpassiag.com", "e-zpassny.com", "ezpassnj.com", "ezpassmd.com", "ezpassva.com",
		"ezpassde.com", "ezpassnh.com", "ezpassri.com", "ezpassin.com", "ezpassma.com", "ezpassoh.com", "ezpassmaineturnpike.com",
		"paturnpike.com", "ezdrivema.com"},
		Words: []string{"ezpass", "ezpassny", "ezpassnj", "ezpassmd", "ezpassva", "ezpassde", "ezpassnh", "ezpassri", "ezpassiag", "ezpassin"}, Tool: true},
	{Name: "SunPass", Domains: []string{"sunpass.com", "floridasturnpike.com"}, Words: []string{"sunpass"}, Tool: true},
	{Name: "FasTrak", Domains: []string{"bayareafastrak.org", "thetollroads.com", "fastrak.org"}, Words: []string{"bayareafastrak"}, Tool: true},
	{Name: "FasTrak", Domains: []string{"bayareafastrak.org", "thetollroads.com", "fastrak.org"}, Words: []string{"fastrak"}, Tool: true, Beside: true},
	{Name: "The Toll Roads", Domains: []string{"thetollroads.com"}, Words: []string{"thetollroads"}, Tool: true},
	{Name: "TxTag", Domains: []string{"txtag.org"}, Words: []string{"txtag"}, Tool: true},
	{Name: "NTTA", Domains: []string{"ntta.org"}, Words: []string{"ntta"}, Tool: true, Beside: true},
	{Name: "HCTRA", Domains: []string{"hctra.org"}, Words: []string{"hctra"}, Tool: true},
	{Name: "HCTRA", Domains: []string{"hctra.org"}, Words: []string{"eztag"}, Tool: true, Beside: true},
	{Name: "EZDriveMA", Domains: []string{"ezdrivema.com", "mass.gov"}, Words: []string{"ezdrivema", "ezdrive"}, Tool: true},
	{Name: "Good To Go", Domains: []string{"mygoodtogo.com", "wsdot.wa.gov"}, Words: []string{"mygoodtogo"}, Tool: true},
	{Name: "Good To Go", Domains: []string{"mygoodtogo.com", "wsdot.wa.gov"}, Words: []string{"goodtogo"}, Tool: true, Beside: true},
	{Name: "Peach Pass", Domains: []string{"peachpass.com"}, Words: []string{"peachpass"}, Tool: true},
	{Name: "NC Quick Pass", Domains: []string{"ncquickpass.com"}, Words: []string{"ncquickpass", "quickpass"}, Tool: true},
	{Name: "RiverLink", Domains: []string{"riverlink.com"}, Words: []string{"riverlink"}, Tool: true, Beside: true},
	{Name: "ExpressToll", Domains: []string{"expresstoll.com", "e470.com"}, Words: []string{"expresstoll"}, Tool: true},
	{Name: "I-PASS", Domains: []string{"getipass.com", "illinoistollway.com"}, Words: []string{"getipass", "illinoistollway"}, Tool: true},
	{Name: "I-PASS", Domains: []string{"getipass.com", "illinoistollway.com"}, Words: []string{"ipass"}, Tool: true, Beside: true},
	{Name: "PikePass", Domains: []string{"pikepass.com"}, Words: []string{"pikepass"}, Tool: true},
	{Name: "K-TAG", Domains: []string{"ksturnpike.com"}, Words: []string{"ktag", "ksturnpike"}, Tool: true, Beside: true},
	{Name: "E-PASS", Domains: []string{"cfxway.com", "epass-vdtc.com.vn"}, Words: []string{"epass"}, Tool: true, Beside: true},
	{Name: "Toll By Plate", Domains: []string{"paturnpike.com", "floridasturnpike.com"}, Words: []string{"tollbyplate"}, Tool: true},
	{Name: "PA Turnpike", Domains: []string{"paturnpike.com"}, Words: []string{"paturnpike"}, Tool: true},
	{Name: "NYS Thruway", Domains: []string{"thruway.ny.gov", "ny.gov"}, Words: []string{"nythruway", "nysthruway"}, Tool: true},
	{Name: "Ohio Turnpike", Domains: []string{"ohioturnpike.org"}, Words: []string{"ohioturnpike"}, Tool: true},
	{Name: "DriveEzMD", Domains: []string{"driveezmd.com"}, Words: []string{"driveezmd"}, Tool: true},
	{Name: "407 ETR", Domains: []string{"407etr.com"}, Words: []string{"407etr", "etr407"}, Tool: true},
	{Name: "Dart Charge", Domains: []string{"www.gov.uk", "dartford-crossing-charge.service.gov.uk"}, Words: []string{"dartcharge"}, Tool: true},
	{Name: "TfL", Domains: []string{"tfl.gov.uk"}, Words: []string{"tfl"}, Tool: true, Beside: true},
	{Name: "M6 Toll", Domains: []string{"m6toll.co.uk"}, Words: []string{"m6toll"}, Tool: true},
	{Name: "Merseyflow", Domains: []string{"merseyflow.co.uk"}, Words: []string{"merseyflow"}, Tool: true},
	{Name: "BancPass", Domains: []string{"bancpass.com"}, Words: []string{"bancpass"}, Tool: true},
	{Name: "Transurban", Domains: []string{"transurban.com", "linkt.com.au"}, Words: []string{"transurban"}, Tool: true},
	{Name: "Linkt", Domains: []string{"linkt.com.au", "transurban.com"}, Words: []string{"linkt"}, Tool: true, Beside: true},
	{Name: "Telepass", Domains: []string{"telepass.com", "telepass.it"}, Words: []string{"telepass"}, Tool: true, Beside: true},
	{Name: "Autostrade per l'Italia", Domains: []string{"autostrade.it"}, Words: []string{"autostrade"}, Tool: true, Beside: true},
	{Name: "Vinci Autoroutes", Domains: []string{"vinci-autoroutes.com"}, Words: []string{"vinciautoroutes"}, Tool: true},
	{Name: "Sanef", Domains: []string{"sanef.com"}, Words: []string{"sanef"}, Tool: true, Beside: true},
	{Name: "ASFINAG", Domains: []string{"asfinag.at"}, Words: []string{"asfinag"}, Tool: true},
	{Name: "Via Verde", Domains: []string{"viaverde.pt"}, Words: []string{"viaverde"}, Tool: true, Beside: true},
	{Name: "eFlow", Domains: []string{"eflow.ie"}, Words: []string{"eflow"}, Tool: true, Beside: true},
	{Name: "AutoPASS", Domains: []string{"autopass.no"}, Words: []string{"autopass"}, Tool: true, Beside: true},
	{Name: "VETC", Domains: []string{"vetc.com.vn"}, Words: []string{"vetc"}, Tool: true, Beside: true},
	// courts, police and fraud desks
	{Name: "IC3", Domains: []string{"ic3.gov", "fbi.gov"}, Words: []string{"ic3"}, Tool: true, Beside: true},
	{Name: "Action Fraud", Domains: []string{"actionfraud.police.uk"}, Words: []string{"actionfraud"}, Tool: true},
	{Name: "US Courts", Domains: []string{"uscourts.gov"}, Words: []string{"uscourts"}, Tool: true},
	{Name: "HMCTS", Domains: []string{"www.gov.uk", "justice.gov.uk"}, Words: []string{"hmcts"}, Tool: true, Beside: true},
	{Name: "FBI", Domains: []string{"fbi.gov", "ic3.gov"}, Words: []string{"fbi"}, Tool: true, Beside: true},
	// elections and the census
	{Name: "US Census Bureau", Domains: []string{"census.gov"}, Words: []string{"uscensus", "censusbureau"}, Tool: true},
	{Name: "Electoral Commission", Domains: []string{"electoralcommission.org.uk"}, Words: []string{"electoralcommission"}, Tool: true},
	{Name: "AEC", Domains: []string{"aec.gov.au"}, Words: []string{"aec"}, Tool: true, Beside: true},
	{Name: "Ministry of Public Security", Domains: []string{"bocongan.gov.vn"}, Words: []string{"congan"}, Tool: true, Beside: true},
	{Name: "CSGT", Domains: []string{"csgt.vn", "csgt.bocongan.gov.vn"}, Words: []string{"csgt", "csgtvn"}, Tool: true},
}

// govOld are the brands protected before gov50 that are public offices:
// beside their names the civic notice's words are a notice's too
// (govBrands).
var govOld = []string{"HMRC", "DVLA", "VNeID", "Vietnam Social Security", "General Department of Taxation",
	"Ministry of Public Security"}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (sunpasstoll, hmrcrefund: Brand.Trade)
	for i := range Government {
		Government[i].Trade = govTrade
	}
	Runtime = append(Runtime, Government...)
}

// govTrade are the words a public office's impostors run its name
// together with in one label (sunpasstoll, hmrcrefunds, irsrefund).
var govTrade = []string{"toll", "tolls", "pay", "payment", "refund", "refunds", "rebate", "fine", "fines", "invoice",
	"claim", "benefit", "benefits", "login", "verify", "notice", "hoanthue", "nopphat", "phatnguoi", "capnhat"}

// govBrands are the brands of public offices (Government's and govOld):
// beside their names the civic notice's words (govNotice) are a
// notice's.
var govBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Government {
		m[b.Name] = true
	}
	for _, n := range govOld {
		m[n] = true
	}
	return m
}()

// govNotice are what a public office's notice to a citizen is about: a
// toll, a balance due, an invoice, a penalty, a fine or a PCN, a
// violation, evidence (a camera's photo), a refund, a rebate, a credit,
// a benefit, a pension, a payment, a claim, a renewal, a licence, a
// plate, a vehicle's tax, a summons, a jury, a warrant, a case, a
// relief; in Vietnamese phạt nguội, nộp phạt, tra cứu, hoàn thuế, kê
// khai, quyết toán, truy lĩnh, đăng kiểm, đổi GPLX, định danh, mức 2,
// xác thực, cập nhật, vi phạm, lương hưu, trợ cấp, thuế.
var govNotice = setOfWords("toll", "tolls", "unpaid", "balance", "due", "overdue", "invoice", "invoices", "penalty",
	"penalties", "fine", "fines", "pcn", "violation", "violations", "evidence", "refund", "refunds", "rebate",
	"rebates", "credit", "credits", "benefit", "benefits", "pension", "pensions", "payment", "payments", "pay",
	"claim", "claims", "renewal", "renew", "licence", "license", "plate", "plates", "tax", "taxes", "taxrefund",
	"summons", "jury", "warrant", "case", "casestatus", "relief", "stimulus", "deposit", "overpayment", "debt",
	"arrears", "citation", "ticket", "tickets", "registration", "statement", "cola", "gst", "hst", "etransfer",
	"suspended", "suspension", "hold", "charge", "charges", "fee", "fees", "tollpay", "ulez", "congestion",
	"phatnguoi", "nopphat", "tracuu", "hoanthue", "kekhai", "quyettoan", "truylinh", "dangkiem", "doigplx",
	"dinhdanh", "muc2", "xacthuc", "capnhat", "vipham", "luonghuu", "trocap", "thue", "tncn", "hoantien", "xacminh",
	"hoso", "datlich")

// govActs are the civic notice's words that act on a citizen's money or
// standing, not a subject a third party writes about: beside an
// acronym's or a word-like office's name (a Beside brand: irs, ssa,
// fastrak, goodtogo) a notice is read only with one of them, an
// account's word or two notice words (irs-refund-claim, fastrak-unpaid;
// not irs-tax-forms, fastrak-logistics).
var govActs = setOfWords("toll", "tolls", "unpaid", "due", "overdue", "invoice", "penalty", "fine", "fines", "pcn",
	"violation", "violations", "refund", "refunds", "rebate", "claim", "payment", "pay", "summons", "warrant",
	"overpayment", "suspended", "suspension", "etransfer", "tollpay", "phatnguoi", "nopphat", "hoanthue", "truylinh",
	"doigplx", "dinhdanh", "xacthuc", "capnhat", "hoantien", "xacminh")

// govFiller are a citizen's words beside a public office's name that
// say nothing alone: the office's own dress (gov, online, portal,
// services), a state's or a country's code, an account, a vehicle.
var govFiller = setOfWords("gov", "govt", "online", "services", "service", "official", "uk", "us", "usa", "au", "ca",
	"nz", "vn", "ny", "nj", "md", "va", "fl", "tx", "wa", "ma", "il", "nsw", "vic", "qld", "vehicle", "car", "road",
	"roads", "driver", "motor", "express", "income", "social", "security", "state", "federal", "inbox", "message",
	"messages", "xe", "canhan", "nhanh", "truc", "tuyen", "tructuyen", "vietnam", "quocgia", "arc", "cash",
	"disc", "taxdisc", "selfassessment", "self", "assessment")

// govKind says what w, a part of a stranger's registrable name beside
// the brand b's name, is for a public office: 'n' a notice's word, 'f' a
// filler, 0 neither (or b is none of govBrands).
func govKind(b *Brand, w string) byte {
	switch {
	case !govBrands[b.Name]:
		return 0
	case govNotice[w]:
		return 'n'
	case govFiller[w]:
		return 'f'
	}
	return 0
}

// govJoined reports whether rest, what follows a public office's name
// run together in one label, is one word of its notice (sunpasstoll,
// hmrcrefunds, irsrefund).
func govJoined(b *Brand, rest string) bool {
	return govBrands[b.Name] && (govNotice[rest] || noticeTrouble[rest] || accountWords[rest])
}

// govWeak reports whether the brand b is a public office read only
// beside a notice's words (Beside: irs, ssa, fastrak, goodtogo, linkt):
// NoticeName reads it only with a word that acts (govActs,
// noticeTrouble's, accountWords') or two notice words.
func govWeak(b *Brand) bool {
	return b.Beside && govBrands[b.Name]
}

// govNearMin is the fewest letters a public office's name read only
// whole needs to be read misspelt (govNear): sunpass and ezpass are read;
// txtag and uscis only by their look (TravelLook), linkt (a Beside name)
// not so; vssid, a Names brand protected before gov50, by the typo
// readings every brand's name has.
const govNearMin = 6

// govNear reports whether the name n is a public office's one WordTypo
// reads misspelt though its brand is shorter than WordNearMin: a Tool
// name read only whole, of govNearMin letters or more (sunnpass,
// ezpasss, centrelinkk), not a Beside one (goodtogo, riverlink: words
// and firms' names).
func govNear(n *name) bool {
	return govBrands[n.brand.Name] && len(n.word) >= govNearMin && n.brand.Tool && !n.brand.Beside
}

// GovOffice reports whether the brand b is a public office's, one of
// Government's or govOld's: a tax office, a benefits office, a licence
// office, a toll operator. Security talk quotes the fakes of them
// defanged by the thousand (the toll-text waves: sunpass-toll-notice[.]com),
// so a link so quoted is left to the fitted reading without the office's
// name (besideOnly).
func GovOffice(b *Brand) bool {
	return b != nil && govBrands[b.Name]
}

// govWordLed reports whether the name n is a public office's that
// begins with a word of a language of five letters or more
// (servicensw, connectebt, serviceontario): a firm's name one letter
// from it begins with the same word (servicenow), so travelSwapped does
// not read a letter changed in it.
func govWordLed(n *name, isWord func(string) bool) bool {
	if !govBrands[n.brand.Name] || isWord == nil {
		return false
	}
	for i := 5; i < len(n.word)-1; i++ {
		if isWord(n.word[:i]) {
			return true
		}
	}
	return false
}
