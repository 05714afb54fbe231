package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestDeFiProjectsAsBrands (brand33): DeFi projects, chains and markets
// of 2023-2026 that drainer and airdrop-claim kits imitate are protected
// brands (brand.Runtime): a name that imitates one by its look, a letter
// doubled or a service word beside it is flagged (each attack line
// below was allowed, or flagged a level lower, before them), while the
// projects' own sites, and chat that says a word a left-out or
// restricted name is (Jupiter, Stargate, Meteora, Pendle), stay allowed.
func TestDeFiProjectsAsBrands(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://hyperliquld.xyz", bot.Delete},
		{"https://app-hyperliquid.com", bot.Delete},
		{"https://pumpfunn.io", bot.Warn},
		{"https://polymarkett.com", bot.Delete},
		{"https://stargatefinance.io", bot.Warn},
		{"https://pendlefinance.app", bot.Delete},
	})
	checkLevels(t, false, []levelCase{
		// the projects' own sites (hyperliquid.xyz/trade was warned
		// about before Hyperliquid owned it)
		{"https://hyperliquid.xyz/trade", bot.Allow},
		{"https://app.hyperliquid.xyz/trade", bot.Allow},
		{"https://pump.fun/board", bot.Allow},
		{"https://app.ethena.fi/", bot.Allow},
		{"https://app.pendle.finance/trade/markets", bot.Allow},
		{"https://www.jito.network/", bot.Allow},
		{"https://jup.ag/swap/SOL-USDC", bot.Allow},
		{"https://stargate.finance/bridge", bot.Allow},
		{"https://app.meteora.ag/", bot.Allow},
		{"https://polymarket.com/event/x", bot.Allow},
		{"https://app.ether.fi/", bot.Allow},
		{"https://solana.com/docs", bot.Allow},
		{"https://www.berachain.com/", bot.Allow},
		// chat that says a word a left-out or restricted name is
		{"our notebook https://jupyter.org/try", bot.Allow},
		{"the Jupiter moon mission https://science.nasa.gov/jupiter/moons/", bot.Allow},
		{"stargate sg-1 rewatch https://en.wikipedia.org/wiki/Stargate_SG-1", bot.Allow},
		{"the monasteries https://en.wikipedia.org/wiki/Meteora", bot.Allow},
		{"council tax https://www.pendle.gov.uk/", bot.Allow},
		{"https://www.solanabeach.gov/", bot.Allow},
		{"https://github.com/solana-labs/solana", bot.Allow},
		{"solana wallet adapter docs https://solana-labs.github.io/wallet-adapter/", bot.Allow},
		{"https://github.com/hyperliquid-dex/hyperliquid-python-sdk", bot.Allow},
	})
}
