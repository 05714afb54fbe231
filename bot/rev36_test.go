package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPaperworkDocumentNamedAndOffered (rev36): paperworkPage reads an
// office document over plain HTTP only when its own name is paperwork
// and nothing else (invoice_2291, payment_advice, statement_nov, hóa
// đơn written hoa_don_t11) and, on an ordinary site, when the message
// hands it to the reader ("your", "attached", "please", "quý khách").
// model36's widening read any paperwork word of the path beside any
// paperwork word of the message: 84 of rev36's 172 benign probes (specs,
// templates, samples, open data, datasets, price lists) were warned.
// Each attack here is flagged and each benign twin allowed.
func TestPaperworkDocumentNamedAndOffered(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// a paper's bare name on a raw address, beside paperwork's words
		{"Payment advice http://77.91.124.20/payment_advice.pdf", true},
		{"proof of payment http://212.113.106.33/remittance_copy.pdf", true},
		{"Hóa đơn tiền điện tháng 11 của quý khách http://103.97.125.18/hoa_don_t11.pdf", true},
		{"Biên lai chuyển khoản của bạn http://45.119.84.20/files/bien-lai-chuyen-khoan.pdf", true},
		// on an ordinary site, handed to the reader
		{"Please find the attached invoice http://www.lakeside-dental.com/files/invoice_2291.pdf", true},
		{"Dear customer, your invoice is overdue http://www.oakmeadowtrading.com/docs/overdue_invoice.pdf", true},
		{"Quý khách vui lòng xem hợp đồng http://www.oakmeadowtrading.com/upload/hop-dong-2291.docx", true},

		// a paper talked of, not handed over
		{"the invoice pdf my generator renders http://www.lakeside-dental.com/files/invoice_2291.pdf", false},
		{"the court docket has the signed agreement http://www.courtlistener.com/recap/gov.uscourts/agreement_signed.pdf", false},
		{"my resume http://www.jdoe-portfolio.com/resume.pdf if anyone's hiring, open to contract work", false},
		// a template, a spec, a dataset or a sample names its subject
		{"your invoice template http://www.lakeside-dental.com/files/invoice_template.pdf", false},
		{"please see the camt.053 statement guide http://www.swift.com/sites/default/files/camt053_statement_guide.pdf", false},
		{"the SROIE receipt dataset paper, please cite it http://www.rrc.cvc.uab.es/files/sroie_receipt_dataset.pdf", false},
		{"invoiceninja sample pdf for your invoices http://www.invoiceninja.org/samples/invoice_modern.pdf", false},
		{"mẫu hóa đơn cho các bạn tham khảo http://www.myproject.vn/files/hoa_don_mau.pdf", false},
	})
	// the attacks above are flagged by this reading (lure_page), the
	// twins' links get no such reason
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []flagCase{
		{"Payment advice http://77.91.124.20/payment_advice.pdf", true},
		{"Hóa đơn tiền điện tháng 11 của quý khách http://103.97.125.18/hoa_don_t11.pdf", true},
		{"Please find the attached invoice http://www.lakeside-dental.com/files/invoice_2291.pdf", true},
		{"the invoice pdf my generator renders http://www.lakeside-dental.com/files/invoice_2291.pdf", false},
		{"your invoice template http://www.lakeside-dental.com/files/invoice_template.pdf", false},
		{"payment statistics http://77.91.124.20/payment_statistics_2023.pdf", false},
	} {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		if v.Has(bot.CodeLurePage) != tc.flagged {
			t.Errorf("%q: %s (%.2f) %v, want lure_page %v", tc.text, v.Level, v.Score, codes(v), tc.flagged)
		}
	}
}
