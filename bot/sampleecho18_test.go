package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestSampleAppNamedInTheMessage (tech18): a developer names the sample
// app they deployed ("flask-login example") beside its link; the name's
// word in the message is the sample's subject, not a lure's echo. A
// lure's message, or a sample named after a drainer's words, is read as
// before.
func TestSampleAppNamedInTheMessage(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"flask-login example deployed https://flask-login-tutorial-xyz.onrender.com/login — remember me cookie isn't set over https?", bot.Allow},
		{"the login page of my demo 404s after deploy https://todo-auth-demo.onrender.com/login any idea why", bot.Allow},

		{"login to your wallet here, deployed the fix https://wallet-login-demo.onrender.com/login", bot.Warn},
		{"Login now to verify https://flask-login-tutorial-xyz.onrender.com/login", bot.Warn},
		{"Claim your login bonus https://login-bonus-demo.vercel.app/", bot.Warn},
	})
}
