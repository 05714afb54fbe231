package bot_test

import "testing"

// TestOfficeNamesPressingThePayment: a name holding an office's word with
// a place's (capnuochanoi.com, ezpassnewyork.com) is how a utility names
// its own site, and how a fake of it is named too: beside a notice that
// presses the reader (overdue, avoid a cut or a late fee, pay now, quý
// khách vui lòng) it is judged as before (these were allowed at
// 0.11–0.34). A country's portal is e-gov on its own ending, not on an
// ending anyone can buy (e-gov.co).
func TestOfficeNamesPressingThePayment(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Thông báo: quý khách còn nợ tiền nước tháng 11, vui lòng thanh toán trước 05/12 để tránh bị cắt nước tại https://capnuochanoi.com", true},
		{"Tiền điện tháng này của quý khách chưa thanh toán, tránh bị cắt điện hãy thanh toán tại https://tiendienthudong.com", true},
		{"EVN thông báo: hóa đơn tiền điện quá hạn, thanh toán ngay tại https://dienlucthuduc.com", true},
		{"E-ZPass: you have an unpaid toll of $6.75. Pay now to avoid a late fee: https://ezpassnewyork.com", true},
		{"Your water bill is overdue, service will be cut off. Pay now at https://capnuocsaigon.net/", true},
		{"Traffic fine unpaid, pay now: https://e-gov.co/fines", true},
		// as before: people passing on their office's site
		{"Nhà mình dùng nước của Bến Thành, hóa đơn tiền nước tháng này xem ở https://capnuocbenthanh.com", false},
		{"got a toll bill in the mail from the PA Turnpike, paid it at https://ezpass.csc-paturnpike.com", false},
		{"you can pay a traffic fine in Azerbaijan through https://e-gov.az", false},
	})
}

// TestDrawWithAWinner: a raffle still to come is not a prize to claim,
// but a message telling its reader they won the draw is (it was allowed
// at 0.37).
func TestDrawWithAWinner(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Lucky draw winner! You won an iPhone 16, claim your prize: https://forms.gle/Ab12Cd34", true},
		{"Chúc mừng bạn đã trúng thưởng trong đợt bốc thăm, điền form nhận giải: https://forms.gle/Ab12Cd34", true},
		{"Bốc thăm trúng thưởng hội thao công ty, đăng ký tại https://forms.gle/Ab12Cd34", false},
	})
}
