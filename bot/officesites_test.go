package bot_test

import "testing"

// TestOfficesOwnSites: a notice beside an office's or a utility's own
// site is not flagged — a name that holds the office's word with a
// place's or a firm's name of its own (capnuoc + a district), a toll
// authority's name after its state (paturnpike), the office's word
// alone, a country's e-gov portal, a well-known lookup — while the names
// made for notices, with what they ask (pay, hoadon, rút, nhanh), a
// cheap ending, or a hyphen joining the office's word alone to another,
// are flagged as before. Made-up hosts but for the real sites named.
func TestOfficesOwnSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Hóa đơn tiền nước tháng 11 của nhà mình xem ở https://capnuocbenthanh.com", false},
		{"Hóa đơn tiền nước Nhà Bè thanh toán ở https://capnuocnhabe.vn", false},
		{"got a toll bill from the PA Turnpike, paid it at https://ezpass.csc-paturnpike.com", false},
		{"Pay the unpaid toll at https://www.paturnpike.com/toll-by-plate", false},
		{"you can pay a traffic fine in Azerbaijan through https://e-gov.az", false},
		{"Tiền điện chưa thanh toán thì xem lại ở https://tiendien.vn", false},
		{"Nộp phạt nguội xong thì tra lại ở https://checkphatnguoi.vn", false},
		{"Hóa đơn tiền nước quá hạn, ngưng cấp nước sau 24h. Thanh toán: https://capnuocsaigon-pay.com", true},
		{"Hóa đơn tiền nước quá hạn, ngưng cấp nước sau 24h. Thanh toán: https://capnuocsaigon.top", true},
		{"PA Turnpike: unpaid toll of $4.35, pay at https://paturnpike-tollpay.com", true},
		{"Pay your traffic fine via https://e-gov-az.com", true},
		{"Ho tro rut BHXH 1 lan, nhan tien nhanh trong 3 ngay https://rutbhxh-nhanhgon.com", true},
		{"Cục Thuế: mã số thuế của bạn bị khoá do chưa quyết toán thuế, mở khoá tại https://mst-tongcucthue.net", true},
		{"CSGT: xe của bạn chưa nộp phạt, nộp tại https://csgt-hanoi.com", true},
	})
}

// TestSenderNamedSites: a notice signed with an office's abbreviation
// (TxDMV, DOF, PennDOT, Sở GTVT) beside a name built on it with other
// words is a site made for the notice; the office's own name alone is
// not. Made-up hosts, none in the measurement sets.
func TestSenderNamedSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"TxDMV: an unpaid toll is on file for your vehicle, pay by Friday at https://txdmv-tollcenter.com", true},
		{"NYC DOF: your parking summons is overdue, settle it at https://nycdof-summons.net", true},
		{"PennDOT: your license will be suspended over unpaid fines, act now at https://penndot-renewal.org", true},
		{"Sở GTVT TP.HCM: phương tiện nợ phí đường bộ, thanh toán tại https://sogtvt-hcm.com", true},
		{"SAWACO thông báo: hóa đơn tiền nước quá hạn, thanh toán tại https://sawaco.com.vn", false},
		{"TxDMV reminder: renew your registration at https://www.txdmv.gov/motorists/register-your-vehicle", false},
	})
}
