package brand

// Care are the places people are treated, tested, insured and give
// through (care50): patient portals, hospital systems and health
// services, telehealth services, labs, pharmacies, drug-price sites and
// pharmacy-benefit managers, health, car, home and life insurers and
// pension funds, charities, relief agencies and giving platforms, and
// Vietnam's hospitals, labs, pharmacy chains, insurers and the relief
// fund of the Fatherland Front (Mặt trận Tổ quốc). Their impostors name a
// page after the organisation and what its notice is about: lab results
// or a report to view, an appointment, a prescription to refill, a
// telehealth visit, a claim to reimburse, a payout, an explanation of
// benefits, a premium refunded, a policy maturing, an enrollment, a
// donation or an appeal; in Vietnamese kết quả xét nghiệm (test
// results), đặt lịch khám (book a visit), đơn thuốc (a prescription),
// bồi thường, chi trả (a claim paid), đáo hạn (a policy maturing), ủng
// hộ, quyên góp (donate), cứu trợ (relief) (labcorp-results-view,
// aetna-claim-reimburse, cvs-rx-refill, unicef-relief-fund,
// baoviet-boithuong, longchau-donthuoc), or misspell its name by a slip
// of the hand (walgreenss, geicco, humanna) or write it in another
// script's look-alike letters (humána, labcòrp in punycode). They are
// protected at run time, as Runtime's brands are (the trainer reads links
// without them), and joined to Runtime when the package starts.
//
// Every one is a Tool brand: developers, journalists, agents and
// volunteers name their projects, articles, agencies and local groups
// after them (mychart-fhir-client, aetna-agent-portal-guide), so the
// name is read only in a stranger's registrable name. Names that are
// words of English, people's or places' names, or short letters (mychart,
// kaiser, quest, cvs, boots, uhc, anthem, bcbs, bluecross, medicare,
// progressive, aviva, axa, aia, prudential, nationwide, travelers, msf,
// redcross; Vietnamese bachmai, choray, tamanh, longchau, ankhang,
// mattran, pvi, daiichi) are Beside brands: read only whole beside a
// notice's word that acts (careActs), never alone or inside another word
// (questionnaire, progressiveweb, kaiserslautern); the long ones are read
// misspelt as a whole label too (careNear). Insurers with a branch, an
// agent or a dealer in every country (allianz-vietnam, manulife-dangky.vn,
// baoviet-uudai.vn, nhakhoa-baominh, a dental clinic) and charities,
// whose programmes, national committees and local groups carry their
// names (unicef-nextgen, oxfam-shop, salvationarmy-austin), are Beside
// brands too. Their Domains are where the
// organisation alone serves its sign-in and pages.
var Care = []Brand{
	// patient portals, hospital systems, health services and telehealth
	{Name: "MyChart", Domains: []string{"mychart.com", "mychart.org", "epic.com"}, Words: []string{"mychart"}, Tool: true, Beside: true},
	{Name: "FollowMyHealth", Domains: []string{"followmyhealth.com"}, Words: []string{"followmyhealth"}, Tool: true},
	{Name: "Kaiser Permanente", Domains: []string{"kaiserpermanente.org", "kp.org", "kaiserpermanentejobs.org"}, Words: []string{"kaiserpermanente"}, Tool: true},
	{Name: "Kaiser Permanente", Domains: []string{"kaiserpermanente.org", "kp.org"}, Words: []string{"kaiser"}, Tool: true, Beside: true},
	{Name: "Mayo Clinic", Domains: []string{"mayoclinic.org", "mayoclinic.com", "mayo.edu", "mayoclinichealthsystem.org"}, Words: []string{"mayoclinic"}, Tool: true},
	{Name: "Cleveland Clinic", Domains: []string{"clevelandclinic.org", "ccf.org"}, Words: []string{"clevelandclinic"}, Tool: true},
	{Name: "Johns Hopkins Medicine", Domains: []string{"hopkinsmedicine.org", "jhu.edu", "jh.edu"}, Words: []string{"hopkinsmedicine", "johnshopkins"}, Tool: true},
	{Name: "Mass General Brigham", Domains: []string{"massgeneralbrigham.org", "massgeneral.org", "brighamandwomens.org"}, Words: []string{"massgeneralbrigham", "massgeneral"}, Tool: true},
	{Name: "NHS", Domains: []string{"nhs.uk", "nhs.net", "nhsapp.service.gov.uk", "nhsbsa.nhs.uk"}, Words: []string{"nhs"}, Tool: true, Beside: true},
	{Name: "NHS App", Domains: []string{"nhs.uk", "nhsapp.service.gov.uk"}, Words: []string{"nhsapp"}, Tool: true},
	{Name: "Teladoc", Domains: []string{"teladoc.com", "teladochealth.com"}, Words: []string{"teladoc"}, Tool: true},
	{Name: "Amwell", Domains: []string{"amwell.com"}, Words: []string{"amwell"}, Tool: true},
	{Name: "MDLIVE", Domains: []string{"mdlive.com"}, Words: []string{"mdlive"}, Tool: true},
	{Name: "Zocdoc", Domains: []string{"zocdoc.com"}, Words: []string{"zocdoc"}, Tool: true},
	// labs
	{Name: "Quest Diagnostics", Domains: []string{"questdiagnostics.com", "myquest.questdiagnostics.com"}, Words: []string{"questdiagnostics"}, Tool: true},
	{Name: "Quest Diagnostics", Domains: []string{"questdiagnostics.com"}, Words: []string{"quest"}, Tool: true, Beside: true},
	{Name: "Labcorp", Domains: []string{"labcorp.com", "labcorp.net"}, Words: []string{"labcorp"}, Tool: true},
	{Name: "BioReference", Domains: []string{"bioreference.com"}, Words: []string{"bioreference"}, Tool: true},
	// pharmacies, drug-price sites and pharmacy-benefit managers
	{Name: "CVS", Domains: []string{"cvs.com", "cvshealth.com", "caremark.com", "minuteclinic.com"}, Words: []string{"cvshealth", "cvspharmacy", "caremark", "minuteclinic"}, Tool: true},
	{Name: "CVS", Domains: []string{"cvs.com", "cvshealth.com"}, Words: []string{"cvs"}, Tool: true, Beside: true},
	{Name: "Walgreens", Domains: []string{"walgreens.com", "walgreensbootsalliance.com"}, Words: []string{"walgreens"}, Tool: true},
	{Name: "Rite Aid", Domains: []string{"riteaid.com"}, Words: []string{"riteaid"}, Tool: true},
	{Name: "Boots", Domains: []string{"boots.com", "boots.ie", "walgreensbootsalliance.com"}, Words: []string{"boots"}, Tool: true, Beside: true},
	{Name: "Superdrug", Domains: []string{"superdrug.com"}, Words: []string{"superdrug"}, Tool: true},
	{Name: "LloydsPharmacy", Domains: []string{"lloydspharmacy.com"}, Words: []string{"lloydspharmacy"}, Tool: true},
	{Name: "Chemist Warehouse", Domains: []string{"chemistwarehouse.com.au"}, Words: []string{"chemistwarehouse"}, Tool: true},
	{Name: "GoodRx", Domains: []string{"goodrx.com"}, Words: []string{"goodrx"}, Tool: true},
	{Name: "Express Scripts", Domains: []string{"express-scripts.com", "expressscripts.com", "evernorth.com"}, Words: []string{"expressscripts"}, Tool: true},
	{Name: "Optum", Domains: []string{"optum.com", "optumrx.com", "optumbank.com", "optumhealth.com"}, Words: []string{"optum", "optumrx"}, Tool: true},
	// health insurers
	{Name: "UnitedHealthcare", Domains: []string{"uhc.com", "unitedhealthcare.com", "myuhc.com", "unitedhealthgroup.com"}, Words: []string{"unitedhealthcare", "unitedhealth", "myuhc"}, Tool: true},
	{Name: "UnitedHealthcare", Domains: []string{"uhc.com", "myuhc.com"}, Words: []string{"uhc"}, Tool: true, Beside: true},
	{Name: "Aetna", Domains: []string{"aetna.com", "aetnamedicare.com"}, Words: []string{"aetna"}, Tool: true},
	{Name: "Cigna", Domains: []string{"cigna.com", "mycigna.com", "cignaglobal.com", "cignahealthcare.com"}, Words: []string{"cigna", "mycigna"}, AnyCountry: true, Tool: true},
	{Name: "Anthem", Domains: []string{"anthem.com", "elevancehealth.com"}, Words: []string{"anthem"}, Tool: true, Beside: true},
	{Name: "Humana", Domains: []string{"humana.com", "myhumana.com"}, Words: []string{"humana", "myhumana"}, Tool: true},
	{Name: "Blue Cross Blue Shield", Domains: []string{"bcbs.com", "bluecrossblueshield.com"}, Words: []string{"bluecrossblueshield"}, Tool: true},
	{Name: "Blue Cross Blue Shield", Domains: []string{"bcbs.com", "bluecrossblueshield.com"}, Words: []string{"bcbs", "bluecross", "blueshield"}, Tool: true, Beside: true},
	{Name: "Medicare", Domains: []string{"medicare.gov", "cms.gov"}, Words: []string{"medicare"}, Tool: true, Beside: true},
	{Name: "Molina Healthcare", Domains: []string{"molinahealthcare.com"}, Words: []string{"molinahealthcare"}, Tool: true},
	{Name: "Ambetter", Domains: []string{"ambetterhealth.com", "centene.com"}, Words: []string{"ambetter"}, Tool: true},
	{Name: "Oscar Health", Domains: []string{"hioscar.com"}, Words: []string{"hioscar", "oscarhealth"}, Tool: true},
	{Name: "Bupa", Domains: []string{"bupa.com", "bupa.co.uk", "bupa.com.au"}, Words: []string{"bupa"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Medibank", Domains: []string{"medibank.com.au"}, Words: []string{"medibank"}, Tool: true},
	{Name: "Aflac", Domains: []string{"aflac.com"}, Words: []string{"aflac"}, Tool: true},
	// car, home and life insurers and pension funds
	{Name: "State Farm", Domains: []string{"statefarm.com"}, Words: []string{"statefarm"}, Tool: true},
	{Name: "GEICO", Domains: []string{"geico.com"}, Words: []string{"geico"}, Tool: true},
	{Name: "Allstate", Domains: []string{"allstate.com"}, Words: []string{"allstate"}, Tool: true},
	{Name: "Progressive", Domains: []string{"progressive.com"}, Words: []string{"progressive"}, Tool: true, Beside: true},
	{Name: "Liberty Mutual", Domains: []string{"libertymutual.com"}, Words: []string{"libertymutual"}, Tool: true},
	{Name: "Nationwide", Domains: []string{"nationwide.com", "nationwide.co.uk"}, Words: []string{"nationwide"}, Tool: true, Beside: true},
	{Name: "Travelers", Domains: []string{"travelers.com"}, Words: []string{"travelers"}, Tool: true, Beside: true},
	{Name: "USAA", Domains: []string{"usaa.com"}, Words: []string{"usaa"}, Tool: true, Beside: true},
	{Name: "MetLife", Domains: []string{"metlife.com", "metlife.com.vn"}, Words: []string{"metlife"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Aviva", Domains: []string{"aviva.co.uk", "aviva.com", "aviva.ca"}, Words: []string{"aviva"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Allianz", Domains: []string{"allianz.com", "allianz.de", "allianz.co.uk", "allianz-partners.com", "allianztravelinsurance.com"}, Words: []string{"allianz"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "AXA", Domains: []string{"axa.com", "axa.co.uk", "axa.fr", "axa.de"}, Words: []string{"axa"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Zurich", Domains: []string{"zurich.com", "zurich.co.uk"}, Words: []string{"zurich"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Generali", Domains: []string{"generali.com", "generali.vn", "generali.it"}, Words: []string{"generali"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Prudential", Domains: []string{"prudential.com", "prudential.co.uk", "prudential.com.vn", "prudentialplc.com"}, Words: []string{"prudential"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Manulife", Domains: []string{"manulife.com", "manulife.ca", "manulife.com.vn", "johnhancock.com"}, Words: []string{"manulife"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Sun Life", Domains: []string{"sunlife.com", "sunlife.ca", "sunlife.com.vn"}, Words: []string{"sunlife"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "AIA", Domains: []string{"aia.com", "aia.com.vn", "aia.com.sg", "aia.com.hk"}, Words: []string{"aia"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Legal & General", Domains: []string{"legalandgeneral.com"}, Words: []string{"legalandgeneral"}, Tool: true},
	{Name: "Scottish Widows", Domains: []string{"scottishwidows.co.uk"}, Words: []string{"scottishwidows"}, Tool: true},
	{Name: "TIAA", Domains: []string{"tiaa.org"}, Words: []string{"tiaa"}, Tool: true, Beside: true},
	{Name: "AustralianSuper", Domains: []string{"australiansuper.com"}, Words: []string{"australiansuper"}, Tool: true},
	{Name: "Bảo Việt", Domains: []string{"baoviet.com.vn", "baovietlife.com.vn"}, Words: []string{"baoviet", "baovietlife"}, Tool: true, Beside: true},
	{Name: "PVI", Domains: []string{"pvi.com.vn", "pviinsurance.com.vn"}, Words: []string{"pvi"}, Tool: true, Beside: true},
	{Name: "Dai-ichi Life", Domains: []string{"dai-ichi-life.com.vn", "dai-ichi-life.co.jp"}, Words: []string{"daiichi", "daiichilife"}, Tool: true, Beside: true},
	{Name: "Bảo Minh", Domains: []string{"baominh.com.vn"}, Words: []string{"baominh"}, Tool: true, Beside: true},
	{Name: "FWD", Domains: []string{"fwd.com.vn", "fwd.com"}, Words: []string{"fwd"}, Tool: true, Beside: true},
	{Name: "Hanwha Life", Domains: []string{"hanwhalife.com.vn"}, Words: []string{"hanwhalife"}, Tool: true},
	{Name: "BIDV MetLife", Domains: []string{"bidvmetlife.com.vn"}, Words: []string{"bidvmetlife"}, Tool: true},
	{Name: "PJICO", Domains: []string{"pjico.com.vn"}, Words: []string{"pjico"}, Tool: true},
	// charities, relief agencies and giving platforms
	{Name: "Red Cross", Domains: []string{"redcross.org", "redcross.org.uk", "redcross.ca", "redcross.org.au", "redcross.org.vn", "icrc.org", "ifrc.org", "redcrossblood.org"}, Words: []string{"americanredcross", "redcrossblood"}, Tool: true, Beside: true},
	{Name: "Red Cross", Domains: []string{"redcross.org", "redcross.org.uk", "redcross.ca", "redcross.org.au", "redcross.org.vn", "icrc.org", "ifrc.org"}, Words: []string{"redcross", "redcrescent", "ifrc", "icrc"}, Tool: true, Beside: true},
	{Name: "UNICEF", Domains: []string{"unicef.org", "unicefusa.org", "unicef.org.uk", "unicef.de", "unicef.fr"}, Words: []string{"unicef", "unicefusa"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Save the Children", Domains: []string{"savethechildren.org", "savethechildren.net", "savethechildren.org.uk"}, Words: []string{"savethechildren"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Doctors Without Borders", Domains: []string{"msf.org", "doctorswithoutborders.org", "msf.org.uk"}, Words: []string{"doctorswithoutborders", "medecinssansfrontieres"}, Tool: true, Beside: true},
	{Name: "Doctors Without Borders", Domains: []string{"msf.org", "doctorswithoutborders.org"}, Words: []string{"msf"}, Tool: true, Beside: true},
	{Name: "UNHCR", Domains: []string{"unhcr.org", "unrefugees.org"}, Words: []string{"unhcr"}, Tool: true, Beside: true},
	{Name: "World Food Programme", Domains: []string{"wfp.org", "wfpusa.org"}, Words: []string{"wfp"}, Tool: true, Beside: true},
	{Name: "World Vision", Domains: []string{"worldvision.org", "wvi.org", "worldvision.org.uk"}, Words: []string{"worldvision"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Oxfam", Domains: []string{"oxfam.org", "oxfam.org.uk", "oxfamamerica.org"}, Words: []string{"oxfam"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Salvation Army", Domains: []string{"salvationarmy.org", "salvationarmyusa.org", "salvationarmy.org.uk"}, Words: []string{"salvationarmy"}, Tool: true, Beside: true},
	{Name: "St. Jude", Domains: []string{"stjude.org"}, Words: []string{"stjude"}, Tool: true, Beside: true},
	{Name: "Direct Relief", Domains: []string{"directrelief.org"}, Words: []string{"directrelief"}, Tool: true, Beside: true},
	{Name: "GoFundMe", Domains: []string{"gofundme.com", "gofund.me", "classy.org"}, Words: []string{"gofundme"}, AnyCountry: true, Tool: true},
	{Name: "JustGiving", Domains: []string{"justgiving.com"}, Words: []string{"justgiving"}, Tool: true},
	{Name: "GlobalGiving", Domains: []string{"globalgiving.org"}, Words: []string{"globalgiving"}, Tool: true},
	// Vietnam's hospitals, labs and pharmacy chains
	{Name: "Vinmec", Domains: []string{"vinmec.com"}, Words: []string{"vinmec"}, Tool: true},
	{Name: "Bạch Mai", Domains: []string{"bachmai.gov.vn", "benhvienbachmai.vn"}, Words: []string{"bachmai"}, Tool: true, Beside: true},
	{Name: "Chợ Rẫy", Domains: []string{"choray.vn", "bvchoray.vn"}, Words: []string{"choray"}, Tool: true, Beside: true},
	{Name: "Medlatec", Domains: []string{"medlatec.vn"}, Words: []string{"medlatec"}, Tool: true},
	{Name: "Tâm Anh", Domains: []string{"tamanhhospital.vn"}, Words: []string{"tamanhhospital"}, Tool: true},
	{Name: "Tâm Anh", Domains: []string{"tamanhhospital.vn"}, Words: []string{"tamanh"}, Tool: true, Beside: true},
	{Name: "Hồng Ngọc", Domains: []string{"hongngochospital.vn"}, Words: []string{"hongngochospital"}, Tool: true},
	{Name: "FV Hospital", Domains: []string{"fvhospital.com"}, Words: []string{"fvhospital"}, Tool: true},
	{Name: "Hoàn Mỹ", Domains: []string{"hoanmy.com"}, Words: []string{"hoanmy"}, Tool: true, Beside: true},
	{Name: "Thu Cúc", Domains: []string{"benhvienthucuc.vn", "thucuchospital.vn"}, Words: []string{"thucuc"}, Tool: true, Beside: true},
	{Name: "Diag", Domains: []string{"diag.vn"}, Words: []string{"diag"}, Tool: true, Beside: true},
	{Name: "Long Châu", Domains: []string{"nhathuoclongchau.com.vn", "nhathuoclongchau.com"}, Words: []string{"nhathuoclongchau"}, Tool: true},
	{Name: "Long Châu", Domains: []string{"nhathuoclongchau.com.vn"}, Words: []string{"longchau"}, Tool: true, Beside: true},
	{Name: "Pharmacity", Domains: []string{"pharmacity.vn"}, Words: []string{"pharmacity"}, Tool: true},
	{Name: "An Khang", Domains: []string{"nhathuocankhang.com"}, Words: []string{"nhathuocankhang"}, Tool: true},
	{Name: "An Khang", Domains: []string{"nhathuocankhang.com"}, Words: []string{"ankhang"}, Tool: true, Beside: true},
	// Vietnam's relief fund
	{Name: "Mặt trận Tổ quốc", Domains: []string{"mattran.org.vn"}, Words: []string{"mattrantoquoc"}, Tool: true},
	{Name: "Mặt trận Tổ quốc", Domains: []string{"mattran.org.vn"}, Words: []string{"mattran"}, Tool: true, Beside: true},
}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (cvsrefill, aetnaclaims, gofundmewithdraw: Brand.Trade)
	for i := range Care {
		Care[i].Trade = careTrade
	}
	Runtime = append(Runtime, Care...)
}

// careTrade are the words a care organisation's impostors run its name
// together with in one label (labcorpresults, cvsrefill, aetnaclaims,
// gofundmewithdraw, baovietboithuong).
var careTrade = []string{"results", "result", "lab", "labs", "report", "portal", "appointment", "rx", "refill",
	"prescription", "telehealth", "claim", "claims", "reimburse", "payout", "eob", "coverage", "premium", "policy",
	"enrollment", "donate", "donation", "appeal", "relief", "fund", "login", "signin", "verify", "payment", "support",
	"member", "ketqua", "xetnghiem", "datlich", "donthuoc", "boithuong", "chitra", "daohan", "ungho", "quyengop",
	"cuutro", "tuthien", "withdraw", "withdrawal", "payouts", "refund"}

// careBrands are the brands of Care: beside their names the care
// notice's words (careNotice) are a notice's.
var careBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Care {
		m[b.Name] = true
	}
	return m
}()

// careNotice are what a care organisation's notice is about: results,
// a lab, a report, an appointment to reschedule, a prescription, a
// refill, a telehealth visit, a claim, a reimbursement, a payout, an
// explanation of benefits (EOB), coverage, a premium, a policy, its
// maturity, an enrollment, a donation, an appeal, relief, a fund, money
// to withdraw; in Vietnamese kết quả (results), xét nghiệm (a test),
// đặt lịch (book), khám (a visit), đơn thuốc (a prescription), bảo hiểm
// (insurance), bồi thường, chi trả (a claim paid), đáo hạn (maturity),
// hoàn tiền (money back), ủng hộ, quyên góp (donate), cứu trợ (relief),
// từ thiện (charity).
var careNotice = setOfWords("results", "result", "lab", "labs", "labresults", "report", "reports", "appointment",
	"appointments", "reschedule", "prescription", "prescriptions", "rx", "refill", "refills", "telehealth", "visit",
	"claim", "claims", "reimburse", "reimbursement", "payout", "eob", "coverage", "premium", "premiums", "policy",
	"maturity", "enrollment", "enroll", "donate", "donation", "donations", "appeal", "relief", "fund", "funds",
	"withdraw", "withdrawal", "refund", "ketqua", "xetnghiem", "datlich", "datlichkham", "kham", "donthuoc",
	"baohiem", "boithuong", "chitra", "daohan", "hoantien", "ungho", "quyengop", "cuutro", "tuthien", "tichdiem")

// careActs are the care notice's words that act on a patient's, an
// insured's or a donor's record or money, not a trade's subject: results
// and a report to view, a prescription to refill, a claim or a
// reimbursement, a payout, an EOB, a premium refunded, a policy
// maturing, a donation, money to withdraw; in Vietnamese kết quả, xét
// nghiệm, đặt lịch, đơn thuốc, bồi thường, chi trả, đáo hạn, hoàn
// tiền, ủng hộ, quyên góp, cứu trợ. Beside a word-like care name (a
// Beside brand: quest, cvs, boots, anthem, progressive) only they are a
// notice's: coverage, a policy, a visit, a fund or an appeal are an
// agent's, a clinic's or a local group's own words there
// (progressive-policy-agents, quest-fund-partners).
var careActs = setOfWords("results", "result", "labresults", "report", "prescription", "prescriptions", "rx",
	"refill", "refills", "claim", "claims", "reimburse", "reimbursement", "payout", "eob", "premium", "maturity",
	"donate", "donation", "donations", "withdraw", "withdrawal", "refund", "ketqua", "xetnghiem", "datlich",
	"datlichkham", "donthuoc", "boithuong", "chitra", "daohan", "hoantien", "ungho", "quyengop", "cuutro")

// careFiller are a patient's, an insured's or a donor's words beside a
// care organisation's name that say nothing alone: what it is and whom
// it serves.
var careFiller = setOfWords("health", "healthcare", "care", "pharmacy", "hospital", "clinic", "medical", "patient",
	"patients", "member", "members", "insurance", "life", "auto", "car", "home", "plan", "plans", "dental",
	"vision", "benefits", "doctor", "mychart", "vietnam", "us", "usa", "uk", "my", "emergency", "victims", "children",
	"kids", "flood", "storm", "typhoon", "earthquake", "quake", "mientrung", "baolu", "benhvien", "nhathuoc", "thuoc",
	"xe", "nhantho", "hopdong", "khachhang", "online", "express", "scripts", "bluecross", "blueshield", "medicare",
	"pension", "pensions", "retirement", "test", "tests", "covid", "vaccine", "center", "centre", "pending", "ready",
	"view", "summary", "statement")

// careTrades are the words that say a name beside a care organisation's
// is a third party's about it: a review, jobs, news, a guide, an
// agent's or a broker's quotes, a lawyer's or a class action's
// settlement, shares, a volunteers' chapter, retirees, a union (aetna-
// agent-portal, cvs-settlement-claim, kaiser-union-news,
// redcross-volunteers-chapter).
var careTrades = setOfWords("review", "reviews", "jobs", "careers", "career", "news", "blog", "guide", "guides",
	"agent", "agents", "broker", "brokers", "quote", "quotes", "compare", "calculator", "lawyer", "lawyers",
	"attorney", "attorneys", "lawsuit", "settlement", "classaction", "stock", "shares", "investor", "investors",
	"volunteer", "volunteers", "chapter", "retirees", "alumni", "union", "strike", "museum", "history", "fan",
	"tintuc", "tuyendung", "camnang")

// careKind says what w, a part of a stranger's registrable name beside
// the brand b's name on the ending suffix, is for a care organisation:
// 'n' a notice's word, 'f' a filler, 0 neither (or b is none of
// careBrands). Beside a Beside brand's name only careActs are a
// notice's, but on a cheap ending (shopCheap) every notice's word is
// (kaiser-lab-portal.online).
func careKind(b *Brand, w, suffix string) byte {
	switch {
	case !careBrands[b.Name]:
		return 0
	case careNotice[w]:
		if b.Beside && !careActs[w] && !shopCheap[suffix] {
			return 'f'
		}
		return 'n'
	case careFiller[w]:
		return 'f'
	}
	return 0
}

// careRefuses reports whether w, beside the brand b's name, says the
// name is a third party's about a care organisation (careTrades).
func careRefuses(b *Brand, w string) bool {
	return careTrades[w] && careBrands[b.Name]
}

// careJoined reports whether rest, what follows a care organisation's
// name run together in one label, is one word of its notice
// (labcorpresults, aetnaclaims, baovietboithuong).
func careJoined(b *Brand, rest string) bool {
	return careBrands[b.Name] && (careNotice[rest] && (!b.Beside || careActs[rest]) || noticeTrouble[rest])
}

// careNearMin is the fewest letters a care organisation's name read
// only whole needs to be read misspelt (careNear): geico and aetna have
// five, walgreens nine.
const careNearMin = 5

// careNear reports whether the name n is a care organisation's one
// WordTypo reads misspelt though its brand is Beside or shorter than
// WordNearMin: a name read only whole, of careNearMin letters or more
// (walgreenss, geicco, humanna, prudentiall), not a Beside one shorter
// than six (quest, boots, aviva: words and names a letter from others).
func careNear(n *name) bool {
	return careBrands[n.brand.Name] && len(n.word) >= careNearMin && n.brand.Tool && (!n.brand.Beside || len(n.word) >= 7)
}

// CareLook reports whether the match m is a care organisation's name read
// only beside a notice's words (a Beside brand: kaiser, longchau,
// progressive, bluecross) written by its look (TravelLook: kaisér,
// longchâu in punycode, progresssive): such a name stands for the
// organisation alone, as a Tool brand's look-alike does, though its name
// written plainly is read only beside a notice's words.
func (m *Match) CareLook(isWord func(string) bool) bool {
	return m.Brand != nil && m.Brand.Beside && (careBrands[m.Brand.Name] || familyLookBrand(m.Brand)) && m.Kind != NameInDomain && m.TravelLook(isWord)
}
