package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestUtilityCarrierNames (bill50): a carrier's, a broadband
// provider's, an electricity, gas or water company's or the energy
// regulator's name misspelt, written in punycode with one accented
// letter, beside a bill or a line notice's words or run together with
// one on a stranger's name is flagged (each warn case was allowed on
// main 5f4ae43); the companies' own hosts and country domains, their
// help pages, comparison sites, forums and ordinary names holding a
// word-like company's name are not.
func TestUtilityCarrierNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://vodafoone.com/account", bot.Warn},
		{"https://xn--vodafne-p0a.com/", bot.Warn},
		{"https://singtell.net/bill", bot.Warn},
		{"https://lycamobil-topup.com/", bot.Warn},
		{"https://telstra-plus-redeem.net/", bot.Warn},
		{"https://orange-facture-impayee.net/", bot.Warn},
		{"https://three-esim-portout.com/", bot.Warn},
		{"https://octopusenergy-refunds.com/", bot.Warn},
		{"https://eversource-shutoff-notice.com/", bot.Warn},
		{"https://severntrent-rebate.net/", bot.Warn},
		{"https://ofgem-rebate.net/", bot.Warn},
		{"https://evnhanoi-catdien.com/", bot.Warn},
		{"https://www.vodafone.com.tr/", bot.Allow},
		{"https://www.telstra.com.au/support/mobiles-devices/esim", bot.Allow},
		{"https://octopus.energy/blog/agile-pricing-explained/", bot.Allow},
		{"https://www.orangehrm.com/", bot.Allow},
		{"https://threejs.org/docs/", bot.Allow},
		{"https://octopus-deploy-guide.example/", bot.Allow},
		{"https://smart-energy-rebate.com/", bot.Allow},
		{"https://verizon-coverage-map.com/", bot.Allow},
		{"https://origin-protocol-tracker.com/", bot.Allow},
	})
}

// TestBillNoticeNames (bill50): a stranger's name made of a bill's or a
// line's notice's words (a power shut-off, a bill overdue, a refund or a
// rebate, a SIM swap or a port-out to stop, an eSIM to activate, points
// to redeem; in Vietnamese chuẩn hóa thuê bao, khóa SIM, tiền điện, nâng
// cấp eSIM) is flagged (each warn case was allowed on main 5f4ae43); a
// comparison site's, a calculator's, a shop's or a developer's names of
// the same words and a Vietnamese firm's own .vn name are not.
func TestBillNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://gas-shutoff-notice.com/", bot.Warn},
		{"https://water-disconnection-notice.net/", bot.Warn},
		{"https://sim-swap-stop.net/", bot.Warn},
		{"https://number-port-out-cancel.com/", bot.Warn},
		{"https://chuan-hoa-thuebao-ngay.com/", bot.Warn},
		{"https://khoa-sim-thue-bao.net/", bot.Warn},
		{"https://cat-dien-hoadon.net/", bot.Warn},
		{"https://utility-shutoff-notice.net/", bot.Warn},
		{"https://energy-compare-bill.com/", bot.Allow},
		{"https://power-bill-calculator.com/", bot.Allow},
		{"https://esim-store-online.com/", bot.Allow},
		{"https://sim-card-shop.com/", bot.Allow},
		{"https://tra-cuu-hoadon-tiendien.vn/", bot.Allow},
		{"https://github.com/acme/esim-activate", bot.Allow},
	})
}
