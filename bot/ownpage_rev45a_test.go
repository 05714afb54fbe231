package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestMemberSubdomainNotOwnHost (rev45a, a review of fp45): on a
// publishing site that gives its members a host of their own (a
// hackathon's NAME.devfolio.co, an organizer's NAME.challonge.com, a
// game's NAME.mod.io), a help or docs label may be a member's name: a
// lure beside it is flagged as on main (69fbc97), where fp45 trusted it.
// A name under a site's own docs host (docs.evil.thirdweb.com) is not
// the site's either; the site's own docs host stays trusted.
func TestMemberSubdomainNotOwnHost(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"connect your wallet to claim the airdrop https://support.devfolio.co/", bot.Warn},
		{"connect your wallet to claim the airdrop https://help.challonge.com/", bot.Warn},
		{"connect wallet claim airdrop https://help.mod.io/", bot.Warn},
		{"connect your wallet to claim the airdrop https://docs.evil.thirdweb.com/", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"connect your wallet to claim the airdrop https://docs.thirdweb.com/", bot.Allow},
	})
}
