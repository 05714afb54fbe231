package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPaperworkDocument36 (model36): paperworkPage reads an office
// document (.pdf, .doc, .xls …) over plain HTTP whose name is paperwork,
// beside a message that offers paperwork, as it reads such a page file:
// on an ordinary site and on a public raw address. The link model,
// taught small sites' real pages (cmd/train -longstage), no longer flags
// these paths by itself. The twins stay allowed: the same documents
// over HTTPS, in a message that offers no paperwork, on a private
// address, or named for no paperwork.
func TestPaperworkDocument36(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Your account statement for November is ready http://91.215.85.77/statement_nov.pdf", true},
		{"Wire transfer confirmation attached http://45.133.1.20/docs/remittance_advice.pdf", true},
		{"Please find the attached invoice http://www.lakeside-dental.com/files/invoice_2291.pdf", true},
		{"the signed contract is here http://www.oakmeadowtrading.com/uploads/contract_signed.docx", true},
		// the twins
		{"Your account statement for November is ready https://www.lakeside-dental.com/files/statement_nov.pdf", false},
		{"the slides from the meetup http://91.215.85.77/statement_nov.pdf", false},
		{"my resume http://10.0.0.5/resume.pdf", false},
		{"Please find the attached invoice http://www.lakeside-dental.com/files/menu_2026.pdf", false},
		{"the payment spec is at http://www.w3.org/TR/payment-request/payment.pdf", false},
	})
	checkLevels(t, true, []levelCase{
		{"Your account statement for November is ready http://91.215.85.77/statement_nov.pdf", bot.Warn},
	})
}
