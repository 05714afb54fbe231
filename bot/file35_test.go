package bot_test

import "testing"

// TestSourceFileTalk (file35): a bare lower-case hyphenated name under
// .app, .cc or .ml in a message that speaks of source files — a
// compiler's or interpreter's place right after it, a compiler or build
// tool named, a header or interface file beside it — is a file's name,
// not a link (linkx.fileTalk); the same names in a lure, or bare, or
// beside a time of day ("5 p.m.") are read and judged as bare35 reads
// them. On 7759d64 every allowed line below was warned or deleted.
func TestSourceFileTalk(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{`File "lexer-utils.ml", line 12, characters 4-10:`, false},
		{"token-verify.cc line 40 fails to build", false},
		{"compile fails in token-verify.cc after the rebase", false},
		{"see auth-login.cc and auth-login.h for the handler", false},
		{"the secure-login.app bundle crashes on launch, Info.plist looks fine", false},
		{"clang rejects wallet-sync.cc since the update", false},
		// the lures and bare names stay links; so does a file named
		// with no word of code talk beside it (left: "handler" is a
		// word of many trades)
		{"see auth-login.cc for the handler", true},
		{"claim-reward.app", true},
		{"verify your account at secure-login.app before 5 p.m. today", true},
		{"download the build at token-verify.cc", true},
	})
}
