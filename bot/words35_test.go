package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestWeakNameWords (words35): names built only from the lexicon's weak
// words (model.weakWords: team, events, service, sync, offer, forms,
// rpc, delivery, tracking, which measured about as common in benign
// names as in phishing ones when alone) are not read as bait: projects'
// sites so named, each warned about before, are allowed. Scam names
// that put a weak word beside a lure word, a brand, or a word the
// measure kept whole (event, free) are flagged as before.
func TestWeakNameWords(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://support-team-verify.xyz/", bot.Delete},
		{"https://team-nitro-gift.xyz", bot.Delete},
		{"https://discord-team.com/", bot.Delete},
		{"https://hypesquad-events.com", bot.Delete},
		{"https://nitro-events.xyz/", bot.Delete},
		{"https://wallet-sync.online/", bot.Delete},
		{"https://metamask-sync.app", bot.Delete},
		{"https://rpc-wallet-connect.xyz", bot.Delete},
		{"https://steam-trade-offer.ru/", bot.Delete},
		{"https://paypal-service.com", bot.Delete},
		{"https://service-account-recovery.com", bot.Delete},
		{"https://ups-delivery-update.info", bot.Delete},
		{"https://forms-verify.pages.dev", bot.Delete},
		{"https://xrp-event.live/", bot.Delete},
		{"Telegram will introduce paid accounts next month. Keep your account free forever: https://tg-free-forever.com", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://sync-service.fly.dev/health is down again", bot.Allow},
		{"https://team-sync.fly.dev/", bot.Allow},
		{"https://meetup-events.app/", bot.Allow},
		{"https://infra-team.dev/", bot.Allow},
		{"https://order-tracking.vercel.app/", bot.Allow},
		{"https://offer-letter.app/", bot.Allow},
	})
}
