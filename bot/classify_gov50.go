package bot

// Brandless civic-notice names (gov50). scam44's noticeName reads a name
// made of a notice's subject and what it asks (ezpass-toll-payment,
// ssa-benefit-payment); a court's, a jury's and a warrant's notices, a
// cost-of-living payment and Vietnam's licence, pension and back-pay
// notices were words it did not know, so their names read as a firm's
// (court-summons-view, jury-summons-fine, cost-of-living-payment,
// capdoi-gplx, bhxh-truylinh, luonghuu-xacminh). gov50 adds them to
// noticeName's words when the package starts: no new reading, and a
// name without a hyphen still costs nothing.

// govSubjects are what a public office's notice is about, beside
// noticeSubjects: a court's summons, a jury's (jury duty written apart:
// jury-duty, read as one word, so a jury duty's guide with no demand,
// jury-duty-info, is no notice), a warrant, a cost-of-living payment
// (cost-of-living, three parts read as one); in Vietnamese GPLX, bằng
// lái, giấy phép lái xe (a driving licence), lương hưu (a pension),
// định danh (an identity's level), hồ sơ (a case file).
var govSubjects = setOf("summons", "jury", "juryduty", "juror", "warrant", "warrants", "costofliving", "gplx",
	"banglai", "giayphep", "giayphephaixe", "luonghuu", "dinhdanh")

// govDemands are what such a notice asks, beside noticeDemands: in
// Vietnamese truy lĩnh (back pay to collect), cấp đổi, đổi (a licence
// reissued), đặt lịch (book a slot), xác thực (authenticate).
var govDemands = setOf("truylinh", "capdoi", "doi", "datlich", "xacthuc")

// govPapers are the subjects beside which a view is a notice's (a
// summons to view: court-summons-view), as noticePapers' are.
var govPapers = setOf("summons", "warrant")

func init() {
	for w := range govSubjects {
		noticeSubjects[w] = true
	}
	for w := range govDemands {
		noticeDemands[w] = true
	}
	for w := range govPapers {
		noticePapers[w] = true
	}
}
