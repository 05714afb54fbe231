package bot

// Public-service, bill, health and charity words in the free-form part
// of a link on a host anyone can use (host50). host49 taught slugName
// (slug47's reader of shortened names, forms' and files' ids, IPFS
// uploads, MEGA fragments, hosting platforms' and site builders'
// tenants and cloud buckets) a shopping, travel or study notice's object
// beside its act; the impostor pages of tolls, fines, tax refunds,
// benefits, pensions, bills, SIM cards, lab results and relief appeals
// name themselves with other words (tollpaymentdue.netlify.app,
// forms.gle/TollBalanceFormX, cutt.ly/hoanthueTNCN,
// storage.googleapis.com/toll-billing-2231/pay.html, a Drive file's
// …PensionStatement) and read low. No new reader: these words are
// host49's kinds of word too, added to its vocabulary (themeVocab) and
// to the words slugHasAnchor looks for, so links that hold none of them
// pay nothing more.
//
//   - civicObjects: what such a notice is about — a toll, a fine, a
//     penalty charge notice, a tax and its return, an agency's short
//     name (irs, hmrc, cra, ato, ssa, dmv, dvla), a court's summons, a
//     benefit, a pension, a bill, a utility, a SIM or an eSIM, points, lab
//     results, a prescription, insurance, relief, a donation; Vietnamese
//     syllables run together (thue, tncn, phatnguoi, bhxh, luonghuu,
//     trocap, hoadon, tiendien, thuebao, ketqua, xetnghiem, cuutro,
//     tuthien, dinhdanh, cccd);
//   - civicActs: what it asks or says befell it (pay, outstanding,
//     settle, donate, disconnect, suspend, reactivate; kekhai, chuanhoa,
//     ungho, quyengop, nhantien, chuyenkhoan);
//   - civicWhole: Vietnamese words that are an act on an object in one
//     (hoanthue, nopthue, nopphat, dongphat, khoasim, doidiem): a
//     notice by themselves;
//   - civicWeakActs: due, balance, notice, final, view, status, tracuu:
//     a demand beside what is owed or one's own (civicOwed: a toll, a
//     fine, a summons, a statement, a bill's or a lab's results, a SIM),
//     a date's or a page's word beside anything else (tax-due-dates,
//     pension-status-explained).
//
// A finding whose words are this theme's says so (slug_civic): a real
// agency, council, utility, carrier, clinic or charity sends its own
// site's link.

// civicObjects are what a public service's, a bill's, a clinic's or a
// charity's notice is about.
var civicObjects = setOf("toll", "tolls", "tollway", "fine", "fines", "penalty", "pcn", "citation", "citations",
	"parking", "violation", "violations", "tax", "taxes", "taxreturn", "irs", "hmrc", "cra", "ato", "ssa", "dmv",
	"dvla", "court", "summons", "jury", "juror", "warrant", "benefit", "benefits", "pension", "pensions",
	"medicare", "medicaid", "stimulus", "welfare", "allowance", "bill", "bills", "utility", "utilities",
	"electric", "electricity", "energy", "water", "gas", "meter", "sim", "esim", "simcard", "points", "reward",
	"rewards", "lab", "labs", "labresults", "rx", "prescription", "prescriptions", "pharmacy", "insurance",
	"relief", "donation", "donations", "charity", "fundraiser", "victims", "flood", "disaster", "rebate",
	"rebates", "statement", "vehicle", "plate",
	// thuế, thu nhập cá nhân, phạt nguội, biển số, bằng lái (gplx),
	// đăng kiểm, bảo hiểm xã hội / y tế, bảo hiểm, lương hưu, trợ cấp,
	// hóa đơn, tiền điện, tiền nước, thuê bao, điểm thưởng, kết quả,
	// xét nghiệm, đơn thuốc, cứu trợ, từ thiện, bão lũ, lũ lụt, thiên
	// tai, định danh, căn cước (cccd), dịch vụ công
	"thue", "tncn", "thuetncn", "phatnguoi", "bienso", "banglai", "gplx", "dangkiem", "bhxh", "bhyt", "baohiem",
	"luonghuu", "trocap", "hoadon", "tiendien", "tiennuoc", "thuebao", "diemthuong", "ketqua", "xetnghiem",
	"donthuoc", "cuutro", "tuthien", "baolu", "lulut", "thientai", "dinhdanh", "cccd", "cancuoc", "dichvucong",
	"vienphi",
	// a sick child's or a patient's appeal (phẫu thuật, bệnh nhi,
	// bệnh nhân, bệnh viện)
	"surgery", "treatment", "medical", "hospital", "patient", "benhnhi", "benhnhan", "phauthuat", "benhvien")

// civicActs are what such a notice asks of its reader, or says befell
// what it is about.
var civicActs = setOf("pay", "paynow", "outstanding", "settle", "settlement", "owed", "arrears", "donate",
	"disconnect", "disconnection", "disconnected", "shutoff", "cutoff", "suspend", "suspension", "reactivate",
	"terminate", "termination", "blocked", "deactivated", "collect", "claimnow",
	// kê khai, chuẩn hóa, ủng hộ, quyên góp, nhận tiền, nhận quà,
	// chuyển khoản, nộp, quá hạn
	"kekhai", "chuanhoa", "ungho", "quyengop", "nhantien", "nhanqua", "chuyenkhoan", "nop", "quahan",
	// the weak acts (civicWeakActs)
	"due", "balance", "notice", "final", "view", "status", "tracuu", "activate", "activation",
	// the appeals' acts (civicAppeals)
	"help", "save", "giup", "giupdo", "chungtay")

// civicWhole are Vietnamese words that name an act on its object in one
// (hoàn thuế, nộp thuế, nộp phạt, đóng phạt, khóa sim, đổi điểm): an
// object and an act both.
var civicWhole = setOf("hoanthue", "nopthue", "nopphat", "dongphat", "khoasim", "doidiem", "taxrefund")

// civicWeakActs are civicActs that name a date, a page or news as often
// as a demand (tax-due-dates, pension-status, utility-notice): acts
// beside what is owed or one's own (civicOwed), a protected brand's
// name, a stronger act, or in an id no one names, as host49's
// themeWeakActs are.
var civicWeakActs = setOf("due", "balance", "notice", "final", "view", "status", "tracuu", "activate", "activation",
	"help", "save", "giup", "giupdo", "chungtay")

// civicOwed are the civicObjects a weak act beside is a demand's: a toll,
// a fine or a penalty charge, a citation, a summons, a statement, lab
// results, a SIM (toll-due-notice, labresults-view, phatnguoi-tracuu).
var civicOwed = setOf("toll", "tolls", "tollway", "fine", "fines", "penalty", "pcn", "citation", "citations",
	"summons", "statement", "lab", "labs", "labresults", "sim", "esim", "simcard", "phatnguoi", "thuebao")

// civicVocab adds this theme's bits to the vocabulary slugReader.word
// reads (themeVocab calls it).
func civicVocab(v map[string]byte) {
	for w := range civicObjects {
		v[w] |= slugThemeObj
	}
	for w := range civicActs {
		v[w] |= slugThemeAct
	}
	for w := range civicWhole {
		v[w] |= slugThemeObj | slugThemeAct
	}
}

// weakTheme reports an act that is a demand only beside what is owed
// (host49's themeWeakActs and civicWeakActs).
func weakTheme(act string) bool { return themeWeakActs[act] || civicWeakActs[act] }

// owedTheme reports an object a weak act beside makes a demand of: a
// courier's (host49's themeCarried) or a civic one's (civicOwed).
func owedTheme(obj string) bool { return themeCarried[obj] || civicOwed[obj] || homeOwed[obj] }

// weakBeside reports a weak act that is a demand beside obj: an owed
// object's, or an appeal's act beside a cause (help-flood-victims).
func weakBeside(act, obj string) bool {
	if civicAppeals[act] {
		return civicCauses[obj]
	}
	return owedTheme(obj)
}

// civicGuided reports whether an object and an act read make a notice as
// far as this theme goes: a civic object beside an act guides are named
// by (capnhat, xacnhan, thanhtoan: viSlugGuide), written with hyphens
// (bit.ly/bhxh-capnhat, a survey's; bit.ly/thue-xacnhan, an
// accountant's form), is a form's or a guide's topic; run together or
// camelCased (khoasimCapNhat, phatnguoiThanhToan) it is a notice's
// name.
func civicGuided(r *slugReader) bool {
	return r.joined || !viSlugGuide[r.themeAct] || !civicObjects[r.themeObj]
}

// civicAlone reports whether a theme's object read alone in an upload's
// page file or an id no one names makes a notice: host49's objects do; a
// civic one when a paper is named with its subject, two civic objects
// (a Drive file's …PensionStatement, …/ipfs/<cid>/toll-statement.html),
// and not a cause's (civicCauses: a relief drive's). A civic word alone
// beside other words is one's own file or a sign-up's subject
// (1EzpassStatementNov: one's statement, shared, mal50-benignh;
// 1xYzCharityRun: a charity run's form, vi-benign4t).
func civicAlone(r *slugReader) bool {
	return !civicObjects[r.themeObj] || r.civicObjs >= 2 && !civicCauses[r.themeObj]
}

// civicCauses are the civicObjects that name a cause people gather for
// (a charity, a donation, a fundraiser, relief, a flood's victims): a
// sign-up's or a volunteers' form's subject as often as an appeal's.
var civicCauses = setOf("relief", "donation", "donations", "charity", "fundraiser", "victims", "flood",
	"disaster", "cuutro", "tuthien", "baolu", "lulut", "thientai", "surgery", "treatment", "medical", "hospital",
	"patient", "benhnhi", "benhnhan", "phauthuat", "benhvien")

// civicAppeals are the acts of a relief or a sick child's appeal (help,
// save; giúp, giúp đỡ, chung tay): acts beside a cause only
// (helpfloodvictims, giup-benhnhi-phauthuat), a site's or a guide's
// word beside anything else.
var civicAppeals = setOf("help", "save", "giup", "giupdo", "chungtay")

// civicFinding reports whether a theme's words read are this theme's
// (the finding's detail says so).
func civicFinding(obj, act string) bool {
	return civicObjects[obj] || civicWhole[obj] || civicActs[act] && !themeActs[act] || civicWhole[act]
}

func init() {
	for k, v := range map[string][2]string{
		"slug_civic": {"%[1]s is named, in the words its address hides, for a toll's, a fine's, a tax office's, a benefit's, a bill's, a clinic's or a charity's notice (%[2]s) on a host anyone can use; a real agency, council, utility, carrier, clinic or charity sends its own site's link",
			"%[1]s được đặt tên, bằng các từ giấu trong địa chỉ, theo một thông báo phạt nguội, thuế, trợ cấp, hóa đơn, nhà mạng, bệnh viện hay từ thiện (%[2]s) trên một nền tảng ai cũng dùng được; cơ quan, công ty điện nước, nhà mạng, bệnh viện hay quỹ từ thiện thật gửi liên kết trang của chính họ"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
