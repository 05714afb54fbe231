package bot_test

import "testing"

// TestMal50CivicPapers: a notice's paper (a fine, an EOB, a summons, a
// pension statement, quyết định xử phạt) as a program, a script, an
// archive or a scripted picture where anyone puts files or on a
// stranger's hyphenated site is flagged; the same papers as documents,
// an agency's own form and a site's own program whose name holds a
// paper's word inside another (OptiFine) are not (mal50).
func TestMal50CivicPapers(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"pay within 10 days https://media.discordapp.net/attachments/1180/2290/Parking_Fine_Notice.scr", true},
		{"here https://storage.googleapis.com/member-claims-docs/EOB_Statement_Oct.js", true},
		{"here https://www.mediafire.com/file/h1k2/QuyetDinh_XuPhat.rar/file", true},
		{"here https://www.mediafire.com/file/q8w1/Pension_Statement_2026.zip/file", true},
		{"view it https://paperless-billing.top/Statement.svg", true},
		{"here https://www.mediafire.com/file/q8w1/Pension_Statement_2026.pdf/file", false},
		{"form https://www.irs.gov/pub/irs-pdf/fw2.pdf", false},
		{"optifine https://optifine.net/adloadx?f=OptiFine_1.21.1_HD_U_J1.jar", false},
		{"my bill https://drive.google.com/file/d/1HoaDonThang11/view", false},
	})
}

// TestMal50CivicShares: a file host's page or a share's download whose
// id names a notice's paper (ClaimPacket, t-JurySummonsDoc,
// KetQuaXetNghiem) or beside one in the message is flagged; a share of
// photos by a plain id, or by an id holding a plain word of a paper
// alone (FineTunedWeights), is not (mal50).
func TestMal50CivicShares(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"for your review https://gofile.io/d/ClaimPacket", true},
		{"attached https://we.tl/t-JurySummonsDoc", true},
		{"của bạn https://pixeldrain.com/api/file/KetQuaXetNghiem?download", true},
		{"your lab results https://gofile.io/d/Rt5Yu7", true},
		{"photos from the picnic https://gofile.io/d/Xy78Pq", false},
		{"the slides https://we.tl/t-a8Kq2LmZ", false},
		{"the weights https://gofile.io/d/FineTunedWeights", false},
	})
}

// TestMal50CivicCracks: a forge's project, a SourceForge project or an
// Internet Archive item named for a cracked tax, accounting or medical
// program is flagged, on its page when a crack is said; open-source tax
// and health programs' releases and a trade's own project are not
// (mal50).
func TestMal50CivicCracks(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"all states https://github.com/freetaxsoft/taxact-2025-unlocked/releases", true},
		{"here https://archive.org/download/peachtree-2024-portable/setup.iso", true},
		{"here https://codeberg.org/acctsoft/proseries-2024-portable/releases/download/v1.0/ProSeries_Portable.exe", true},
		// one build's word beside a trade's word is a project's own
		// edition (medicare-plan-compare-pro: rev50a); two are read
		{"here https://sourceforge.net/projects/medicare-plan-finder-pro/files/PlanFinder_Setup.exe/download", false},
		{"here https://sourceforge.net/projects/medicare-plan-finder-pro-full/files/PlanFinder_Setup.exe/download", true},
		{"here https://sourceforge.net/projects/opentaxsolver/files/latest/download", false},
		{"here https://github.com/PSLmodels/Tax-Calculator/releases", false},
		{"here https://github.com/minh-tran/payroll-app-2024/releases/download/v1/PayrollApp.exe", false},
		{"here https://github.com/linh-dev/quickbooks-export-2024/releases/download/v1/QBExport.exe", false},
		{"here https://github.com/Gnucash/gnucash/releases/download/5.10/gnucash-5.10.setup.exe", false},
	})
}

// TestMal50CivicTypos: near-misses of civic-tech and health packages
// (fhirclinet, govuk-fronted, pydiocm) and agencies' scopes with a word
// added or written apart are flagged; the real packages and scopes are
// not (mal50).
func TestMal50CivicTypos(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"pip install fhirclinet https://github.com/benefits-lab/api", true},
		{"npm i govuk-fronted https://github.com/county-forms/web", true},
		{"pip install pydiocm https://github.com/radiology-tools/viewer", true},
		{"npm i @uswds-official/uswds https://github.com/permit-portal/ui", true},
		{"npm i @gov-uk/frontend https://github.com/permit-portal/ui", true},
		{"pip install fhirclient https://github.com/benefits-lab/api", false},
		{"npm i govuk-frontend https://github.com/county-forms/web", false},
		{"npm i @uswds/uswds https://github.com/permit-portal/ui", false},
		{"npm i @x-govuk/govuk-prototype-components https://github.com/permit-portal/ui", false},
	})
}
