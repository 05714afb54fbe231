package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestHomeSlugs (host51): impostor pages on hosts anyone can use named
// with home, car, family and relationship words beside what a scam asks
// — a deposit, a wire, a release, an unlock; đặt cọc, chuyển tiền, nhận
// thưởng — on a site builder's tenant, a hosting platform's site, a
// Google Sites page, a form's or a file's id, a shortened link's name, a
// bucket's page or an IPFS upload's page file, English and Vietnamese
// run together, are flagged. Every case is allowed on main 1a24d178.
func TestHomeSlugs(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://sites.google.com/view/tenant-deposit-return", bot.Warn},
		{"https://forms.gle/RentDepositRefund7", bot.Warn},
		{"https://tinyurl.com/rental-keys-deposit", bot.Warn},
		{"https://escrow-closing-wire.netlify.app/", bot.Warn},
		{"https://bit.ly/ClosingWireInstructions", bot.Warn},
		{"https://bit.ly/escrow-release-funds", bot.Warn},
		{"https://puppy-delivery-deposit.godaddysites.com/", bot.Warn},
		{"https://rb.gy/petshipping-fee", bot.Warn},
		{"https://tinyurl.com/recall-claim-vin", bot.Warn},
		{"https://car-offer-payment.framer.website/", bot.Warn},
		{"https://bit.ly/lunch-balance-due", bot.Warn},
		{"https://school-lunch-balance-pay.carrd.co/", bot.Warn},
		{"https://cutt.ly/private-video-unlock", bot.Warn},
		{"https://cutt.ly/datcoc-phongtro", bot.Warn},
		{"https://bit.ly/datcocthuenha", bot.Warn},
		{"https://sites.google.com/view/xethanhly-datcoc", bot.Warn},
		{"https://bit.ly/phuhuynh-dong-hocphi", bot.Warn},
		{"https://is.gd/capcuu-chuyentien", bot.Warn},
		{"https://drive.google.com/file/d/1RentalDepositReceiptPay/view", bot.Warn},
		{"https://cloudflare-ipfs.com/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/rent-deposit.html", bot.Warn},
	})
}

// TestHomeSlugsOrdinary (host51): small businesses' own sites on the
// builders, schools' and clubs' Google Sites, shortened links to events,
// documents, photos and videos, a field trip's or a wedding's form that
// asks for nothing, and Vietnamese schedules and albums stay allowed.
func TestHomeSlugsOrdinary(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://pawsandsuds-grooming.weebly.com/", bot.Allow},
		{"https://joesautorepair.godaddysites.com/", bot.Allow},
		{"https://sites.google.com/view/maplewood-elementary-pta", bot.Allow},
		{"https://forms.gle/FieldTripMay2026", bot.Allow},
		{"https://forms.gle/SamAndJoRSVP", bot.Allow},
		{"https://tinyurl.com/wedding-photos-album", bot.Allow},
		{"https://bit.ly/tenant-rights-slides", bot.Allow},
		{"https://tinyurl.com/school-lunch-menu", bot.Allow},
		{"https://bit.ly/escrow-timeline-explained", bot.Allow},
		{"https://tinyurl.com/pet-adoption-day", bot.Allow},
		{"https://bit.ly/baby-shower-registry", bot.Allow},
		{"https://cutt.ly/lich-hop-phu-huynh", bot.Allow},
		{"https://thiepcuoi-hoa-nam.weebly.com/", bot.Allow},
		{"https://greenleaf-homes.webflow.io/listings", bot.Allow},
		{"https://bit.ly/driver-handbook-2026", bot.Allow},
		{"https://forms.gle/DaycareOpenDay", bot.Allow}, // an object alone in a form's id: homeAlone
	})
}
