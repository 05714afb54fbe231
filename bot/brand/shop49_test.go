package brand

import "testing"

// TestShopNoticeName (shop49): a shop's, a marketplace's or a
// courier's name beside a buyer's, a seller's or a parcel's notice's
// words (escrow, a payout, funds released, hoàn tiền, giao lại, đơn
// hàng), run together with one (depopescrow), or beside a sale's words on
// a cheap ending (a fake outlet shop) is read as a notice's name; the
// same names beside a coupon site's, a fan's or a repairer's words, and
// a sale's words on an ordinary ending, are not.
func TestShopNoticeName(t *testing.T) {
	checkNoticeNames(t, []noticeNameCase{
		{"vinted-escrow-release.com", false, true},
		{"vinted-escrow-funds.com", true, true},
		{"nike-release-dates.com", false, false},
		{"ebay-seller-fees.com", false, false},
		{"gumtree-seller-payout.com", false, true},
		{"depopescrow.com", false, true},
		{"poshmark-funds-pending.net", true, true},
		{"walmart-clearance-outlet.shop", true, true},
		{"lululemon-warehouse-sale.store", true, true},
		{"ninjavan-giao-lai.com", false, true},
		{"shopee-hoan-tien-don-hang.com", true, true},
		{"chotot-thanh-toan-an-toan.net", true, true},
		{"walmart-coupons.com", false, false},
		{"ikea-deals.com", false, false},
		{"kmart-clearance-sale.com", false, false},
		{"nike-running-club.com", false, false},
		{"samsung-firmware-update.com", false, false},
		{"target-practice-range.com", false, false},
	})
}

// TestShopTypo (shop49): a shop's name read only whole, of six letters
// or more, misspelt by a hand's slip as a whole label is read as its
// look-alike, Beside brands' too (walmartt, adiddas); a word of English
// one letter from one is not.
func TestShopTypo(t *testing.T) {
	m := NewRuntime(Protected())
	for _, tc := range []struct {
		word, brand string
	}{
		{"vintde", "Vinted"},
		{"costcoo", "Costco"},
		{"walmartt", "Walmart"},
		{"adiddas", "Adidas"},
		{"lululemno", "Lululemon"},
		{"kijjiji", "Kijiji"},
		{"deliveroo", ""},
		{"targets", ""},
		{"pumas", ""},
		{"carousel", ""},
	} {
		mt, ok := m.WordTypo(tc.word, func(w string) bool { return w == "targets" || w == "pumas" })
		switch {
		case tc.brand == "" && ok:
			t.Errorf("%s: read as %s's look-alike", tc.word, mt.Brand.Name)
		case tc.brand != "" && (!ok || mt.Brand.Name != tc.brand):
			t.Errorf("%s: %v %v, want %s's look-alike", tc.word, ok, mt.Brand, tc.brand)
		}
	}
}
