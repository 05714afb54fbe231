package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestGeneratedTenantID (tech19): AWS IAM Identity Center's access
// portal on a directory id AWS generates (d- and ten hex digits on
// awsapps.com) is read as awsapps.com's own name (generatedTenant); the
// allow cases were warned on a8e4e95. A name of another shape on the
// same service, a lure's message and a path that asks are read as
// before.
func TestGeneratedTenantID(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://d-90671abcde.awsapps.com/start", bot.Allow},
		{"sign in at https://d-90671abcde.awsapps.com/start/#/ and pick the sandbox account", bot.Allow},

		{"your account is locked, verify at https://d-90671abcde.awsapps.com/start", bot.Warn},
		{"https://d-login12345.awsapps.com/start", bot.Warn},
		{"https://d-90671abcdez.awsapps.com/start", bot.Warn},
		{"https://d-90671abcde.awsapps.com/claim-airdrop/index.html", bot.Warn},
	})
}
