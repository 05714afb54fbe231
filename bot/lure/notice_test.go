package lure_test

import (
	"testing"

	"github.com/immunebot/immune/bot/lure"
)

// TestFindNotice: the words of official notices are found by kind, the
// demand (nộp phạt, rút BHXH một lần) stronger than the subject (phạt
// nguội), the longest demand named; rent (thuê) is not tax (thuế), though
// both fold to thue, and a shop's refund is not a tax refund.
func TestFindNotice(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text   string
		kind   lure.Notice
		phrase string
		weight float64
	}{
		{"Xe của bạn bị phạt nguội, nộp phạt tại", lure.Fine, "nop phat", lure.Strong},
		{"tra cứu phạt nguội", lure.Fine, "phat nguoi", lure.Mild},
		{"Hồ sơ rút BHXH một lần đã duyệt", lure.Benefit, "rut bhxh mot lan", lure.Strong},
		{"Bạn được hoàn thuế TNCN", lure.Tax, "hoan thue", lure.Strong},
		{"Tiền điện chưa thanh toán, sẽ cắt điện", lure.Bill, "tien dien chua thanh toan", lure.Strong},
		{"kích hoạt định danh mức 2 ngay", lure.Portal, "dinh danh muc 2", lure.Strong},
		{"You have an unpaid toll of $4.35", lure.Fine, "unpaid toll", lure.Strong},
		{"IRS: you are eligible for a tax refund", lure.Tax, "tax refund", lure.Strong},
	} {
		found := lure.FindNotice(lure.Fold(tc.text, nil))
		if got := found[tc.kind]; got.Phrase != tc.phrase || got.Weight != tc.weight {
			t.Errorf("%q: %s = %+v, want %q at %v", tc.text, tc.kind, got, tc.phrase, tc.weight)
		}
	}
	for _, text := range []string{"Cho thuê nhà, tiền thuê 5 triệu một tháng", "thuê xe máy giá rẻ", "lịch họp tuần sau",
		"I got a refund of my deposit from the shop", "the refund of $20 came through", ""} {
		if found := lure.FindNotice(lure.Fold(text, nil)); found.Any() {
			t.Errorf("%q: found %+v, want nothing", text, found)
		}
	}
}
