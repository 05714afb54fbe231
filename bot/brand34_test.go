package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestMissingBrandsAsBrands (brand34): the brands the training lists'
// scam names carry most that no protected brand held (ranked by
// internal/gen/brandgap on the training side of the trainer's split) are
// runtime brands: a name that puts one beside a service word is flagged
// (each attack line below was allowed, or warned about only, before
// them), while the brands' own sites (several of which the link model
// flagged before: polkadot.network, manta.network, dapperlabs.com),
// their partners, and names that other things share stay allowed.
func TestMissingBrandsAsBrands(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://viabcp-zona.com", bot.Delete},
		{"https://docomo-point.xyz", bot.Delete},
		{"https://jagex-account.net", bot.Delete},
		{"https://hypixel-store.ru", bot.Delete},
		{"https://pubg-uc.shop", bot.Delete},
		{"https://sicredi-app.net", bot.Delete},
		{"https://davivienda-app.com", bot.Delete},
		// model36: warned (not deleted) at 0.80, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://optus-billing.com", bot.Warn},
		{"https://ruralvia-seguridad.com", bot.Delete},
		{"https://bancoestado-cl.com", bot.Warn},
		{"https://banorte-movil.com", bot.Warn},
		{"https://myau-kddi.com", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		// the brands' own sites, some flagged by the link model before
		{"https://polkadot.network/", bot.Allow},
		{"https://polkadot.js.org/apps/", bot.Allow},
		{"https://wiki.polkadot.network/docs/learn-staking", bot.Allow},
		{"https://manta.network/", bot.Allow},
		{"https://www.dapperlabs.com/", bot.Allow},
		{"https://seedify.fund/", bot.Allow},
		{"https://www.magazineluiza.com.br/", bot.Allow},
		{"https://www.rakuten.co.jp/", bot.Allow},
		{"https://www.rakuten.fr/", bot.Allow},
		{"https://www.docomo.ne.jp/", bot.Allow},
		{"https://www.pubg.com/", bot.Allow},
		{"https://runescape.wiki/", bot.Allow},
		{"https://www.optus.com.au/", bot.Allow},
		{"https://www.sicredi.com.br/", bot.Allow},
		{"https://www.au.com/", bot.Allow},
		{"https://lottemart.vn/", bot.Allow},
		{"https://chongluadao.vn/", bot.Allow},
		// names other things share, left out or written whole
		{"https://manta.com/", bot.Allow},
		{"https://www.aruba.com/", bot.Allow},
		{"https://www.rust-lang.org/learn", bot.Allow},
		{"the rakuten article https://en.wikipedia.org/wiki/Rakuten", bot.Allow},
		{"https://github.com/input-output-hk/cardano-node", bot.Allow},
		{"https://polkadot.subscan.io/account/1", bot.Allow},
	})
}
