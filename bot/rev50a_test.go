package bot_test

import "testing"

// TestRev50aPeerPapersShared: a Drive's, a Dropbox's, a OneDrive's or a
// WeTransfer's download beside a paper people hand on to each other (a
// client's tax return, an adjuster's claim form, a family's lab results,
// a school's giấy mời) is not flagged by that alone; beside an
// enforcer's paper (a jury summons, a traffic fine, phạt nguội), with an
// archive's password, or on an anonymous file host it still is (rev50a).
func TestRev50aPeerPapersShared(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Claim form and photos from the site visit for the Henderson loss: https://we.tl/t-Qm3Rt7Lp0v", false},
		{"adjusters: updated claim form template, download https://drive.google.com/uc?export=download&id=1q2w3e4r5t6y7u8i9o0p", false},
		{"Here's the insurance claim packet for the water damage file https://wetransfer.com/downloads/4f8a9b2c3d1e/7a6b5c", false},
		{"Uploaded the client's amended tax return package here https://www.dropbox.com/scl/fi/ab12cd34/?rlkey=xyz&dl=1", false},
		{"Lab results for mom from Quest came back, I put them here https://drive.google.com/uc?id=1ZxYwVuTsRqPoNmLkJiH&export=download", false},
		{"Property tax appeal documents for the board meeting: https://1drv.ms/u/s!AkJ9xQ2LmN8pQr", false},
		{"Giấy mời họp phụ huynh lớp 5A, mọi người tải về nhé https://drive.google.com/uc?export=download&id=1pHuHuYnH5aLop", false},
		{"Em gửi kết quả xét nghiệm của bố, anh xem giúp https://drive.google.com/uc?export=download&id=1KqXnT5vR8mW2yL", false},
		{"jury summons attached, respond within 5 days https://we.tl/t-Hx4Lp9Qz2W", true},
		{"thông báo phạt nguội của xe anh https://drive.google.com/uc?export=download&id=1Lp8Xq2Kd7Mz", true},
		{"your claim form, password: 2025 https://we.tl/t-Qm3Rt7Lp0v", true},
		{"your lab results https://gofile.io/d/Rt5Yu7", true},
	})
}

// TestRev50aCivicProjectsOwnWords: a forge's project named with a plain
// word of a crack's (serial, patched, unlocked) beside a trade's, an
// account named so with a plain word (SerialLabs, patched-codes), a trade's
// project's own edition (medicare-…-pro, dmv-…-premium), a program made
// for a paper (PensionCalculator, EOB-Viewer, MedicaidScreener) and a
// project's or a data set's archive are not flagged; cracks beside a
// vendor's program, a crack said with a long word appended, and a
// paper's program on a file host still are (rev50a).
func TestRev50aCivicProjectsOwnWords(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/SerialLabs/medicare-eligibility/releases", false},
		{"https://github.com/patched-codes/ehr-connector", false},
		{"https://github.com/acme/tax-serial-numbers-validator", false},
		{"https://github.com/openstates/toll-unlocked-data", false},
		{"https://github.com/civicdev/medicare-plan-compare-pro/releases/download/v2.0/PlanCompare.exe", false},
		{"https://github.com/healthit/dmv-queue-premium/releases/download/v1/dmv-queue.exe", false},
		{"Pension calculator desktop build https://github.com/retireplan/retire-planner/releases/download/v1.4/PensionCalculator-Setup.exe", false},
		{"Our FHIR EOB viewer release https://github.com/carinbb/bluebutton-viewer/releases/download/v1.0/EOB-Viewer-Setup.exe", false},
		{"Release of the Medicaid eligibility screener: https://github.com/codeforamerica/benefits-screener/releases/download/v1/MedicaidScreener.exe", false},
		{"Insurance claims dataset for the fraud model https://github.com/datalab-uw/fraud-ml/releases/download/data-v1/insurance_claims.zip", false},
		{"traffic violations csv https://storage.googleapis.com/opendata-mcpd/traffic_violations.csv.zip", false},
		{"https://github.com/freetaxsoft/taxact-2025-patched/releases", true},
		{"https://github.com/taxtools/turbotax-crack-abcdefghijklmnopqrstuvwxyzabcdefghij/releases", true},
		{"https://github.com/x/medicare-plan-2025-pro/releases/download/v1/Setup.exe", true},
		{"your pension statement https://www.mediafire.com/file/q8w1e/Pension_Statement_Viewer.exe/file", true},
	})
}

// TestRev50aCivicCrackSpellings: a vendor's program written apart
// (quick-books, hr-block), joined to a year and a crack
// (turbotax2025crack), a crack's word written apart or misspelt
// (license-key, pre-activated, kracked), Vietnamese bản quyền, and an
// enforcer's paper said otherwise (traffic citation, subpoena, nộp phạt)
// beside a share are flagged; a vendor's own account's project with a
// plain word of a crack's, and projects with a year and an edition's
// word on their pages, are not (rev50a).
func TestRev50aCivicCrackSpellings(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/qbfree/quick-books-2025-keygen/releases", true},
		{"https://github.com/qbfree/turbotax2025crack/releases", true},
		{"https://github.com/qbfree/hr-block-2025-crack/releases", true},
		{"https://gitlab.com/taxfree/lacerte-2025-license-key/-/releases", true},
		{"https://github.com/taxfree/turbotax-2025-pre-activated/releases", true},
		{"https://github.com/taxfree/turbotax-2025-kracked/releases", true},
		{"https://github.com/ketoan/misa-2025-ban-quyen/releases/download/v1/MISA.exe", true},
		{"traffic citation attached https://we.tl/t-Tc7Kq2Lm9P", true},
		{"subpoena documents https://we.tl/t-Sb4Lm8Np2Q", true},
		{"Thông báo nộp phạt vi phạm giao thông https://we.tl/t-Np4Lm8Np2Q", true},
		{"https://github.com/taxact/taxact-api-serial-client", false},
		{"https://github.com/sage50-community/sage50-export/releases/download/v1/Sage50Export.exe", false},
		{"https://github.com/quickbooks-samples/quickbooks-2024-pro-sample/releases", false},
		{"https://github.com/fiscal-data/irs-990-activated-filings", false},
	})
}
