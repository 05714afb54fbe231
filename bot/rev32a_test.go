package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev32aHoles (rev32a): the holes the review of session 32's
// allowances found, each now read as before those rules, beside the
// benign line each rule was written for, still allowed. One mild word
// beside a link on a cheap ending (plainMildWord); a brand-and-topic
// name or a project's pages at an app's or an account's place
// (/oauth2/authorize, /tradeoffer/new/, /inventory, /swap,
// /walletconnect) or at its index file (communitySiteReading,
// hostedProjectReading); a page inside a site on a name Netlify
// generated, or its front under a lure's word (nameReading).
func TestRev32aHoles(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"download https://winrar.online/get", true},
		{"new download page https://putty-ssh.xyz/", true},
		{"download page for core https://bitcoincore.org/en/download/", false},
	})
	checkLevels(t, true, []levelCase{
		// a community's site: an account's place is not a page a member cites
		{"Js Discord https://jsdiscord.net/oauth2/authorize", bot.Delete},
		// model36: warned (not deleted) at 0.67, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"check Roblox Js https://roblox-js.com/tradeoffer/new/", bot.Warn},
		{"join React Coinbase https://reactcoinbase.dev/inventory", bot.Delete},
		{"the Coinbase React server https://coinbase-react.org/dashboard", bot.Delete},
		{"the python discord's resource page https://www.pythondiscord.com/resources/", bot.Allow},
		{"python discord paste https://paste.pythondiscord.com/ZEQA", bot.Allow},
		// a project's pages: a dapp's screens and an index file are no document
		{"optimism bridge https://optimism-bridge.firebaseapp.com/swap", bot.Delete},
		{"tokens node beta https://tokens-node.web.app/walletconnect", bot.Delete},
		{"bridge portal docs https://bridge-portal.github.io/index.html", bot.Delete},
		{"sui bridge testnet https://sui-bridge.netlify.app/v2/app", bot.Delete},
		{"design tokens w3c draft https://design-tokens.github.io/community-group/format/", bot.Allow},
		// a site Netlify named: only its front, and under no lure's word
		{"here https://magical-nougat-7cf5d4.netlify.app/mail/", bot.Warn},
		{"deployed https://lucent-kulfi-760b77.netlify.app/office365/", bot.Delete},
		{"my demo https://lucent-malasada-774d15.netlify.app/pay", bot.Delete},
		{"đơn hàng https://nimble-malasada-35aa25.netlify.app/", bot.Delete},
		{"https://splendid-malasada-3f2a1c.netlify.app/", bot.Allow},
	})
}
