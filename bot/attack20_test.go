package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestImportPathKitFolders (rev20): tech20's import-path reading read a
// link's path without the forge's host on any host the model reads as
// benign, so a kit on such a host under a forge's name
// (/github.com/wp-admin/…, /golang.org/~user/…, a hash's folder) was
// read as a package's page: of 7,000 training-list phishing URLs and
// domains put in that shape, 25 lost a level against 7707885 (12 now).
// A site software's folder, a user's ~folder outside git.sr.ht, a hash
// or a long number among the project's segments is no project's name.
// Each attack line below was allowed or warned on e03010c; the package
// pages under them stay allowed.
func TestImportPathKitFolders(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"http://lumora.de/docs/github.com/wp-admin/network/sinppl", bot.Delete},
		{"http://hollister.org/docs/github.com/wp-admin/network/sinppl", bot.Delete},
		{"http://norvik.net/github.com/sites/default/files/data", bot.Delete},
		{"http://norvik.net/src/github.com/bns/d41d8cd98f00b204e9800998ecf8427e", bot.Delete},
		// model36: warned (not deleted) at 0.70, 0.64, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://lumora.de/golang.org/~filxscum/D/H/L", bot.Warn},
		{"http://hollister.net/golang.org/~filxscum/D/H/L", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"Documentation: http://godoc.org/github.com/smallstep/assert", bot.Allow},
		{"docs at http://godoc.org/git.sr.ht/~sircmpwn/getopt", bot.Allow},
		{"see http://godoc.org/github.com/lib/pq", bot.Allow},
		{"http://godoc.org/golang.org/x/crypto/ed25519", bot.Allow},
		{"http://godoc.org/github.com/ethereum/go-ethereum/crypto/secp256k1", bot.Allow},
	})
}

// TestNewBanksLookalikesAndChat (rev20): brand20's runtime brands, attacked
// both ways. Look-alikes of them (a digit or a Cyrillic letter for a
// Latin one) are flagged: each was allowed or only warned on 7707885.
// The banks' names as chat says them (att, chase, citizens, td, bofa,
// amex, zelle), beside lure-ish words and links, and the brands' own
// sign-in hosts stay allowed (the hosts were warned on 7707885).
func TestNewBanksLookalikesAndChat(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://wellsf\u0430rgo.com/", bot.Delete},
		{"https://n\u0430vyfederal.org/", bot.Delete},
		{"https://dr\u043epbox.com/", bot.Delete},
		{"https://\u0441ibc.com/", bot.Delete},
		{"https://desjard1ns.com/", bot.Delete},
		{"https://www.capita1one.com/", bot.Delete},
		{"https://navyfedera1.org/", bot.Delete},
		{"https://wellsfarg0-online.com/", bot.Delete},
	})
	checkLevels(t, false, []levelCase{
		{"att is down again in my area, anyone else?", bot.Allow},
		{"chase the bug down before you refactor the login page", bot.Allow},
		{"citizens bank sent me a new card, please confirm it works", bot.Allow},
		{"td said my account was locked, I'll call them tomorrow", bot.Allow},
		{"bofa deez nuts lol", bot.Allow},
		{"amex just refunded the charge, verify your statement if you had the same issue", bot.Allow},
		{"just use zelle to pay me back for the pizza", bot.Allow},
		{"to verify the AMEX numbers I used https://docs.python.org/3/library/csv.html", bot.Allow},
		{"Zelle payment went through, receipt format is weird https://stackoverflow.com/questions/123456/parse-ofx-files", bot.Allow},
		{"https://github.com/capitalone/DataProfiler", bot.Allow},
		{"https://github.com/att/ast is the korn shell repo", bot.Allow},
		{"their status page https://online.bankofamerica.com/ says it is fixed", bot.Allow},
		{"https://online.commbank.com.au/ has the fee schedule", bot.Allow},
		{"log in at https://online.nubank.com.br/ to see the new statement layout", bot.Allow},
		{"https://online.smbc-card.com/ has the fee schedule", bot.Allow},
	})
}
