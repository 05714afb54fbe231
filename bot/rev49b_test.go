package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestProjectDocSpray (rev49b): projectDocReading (fp49) frees a
// project's documentation page talked of plainly; a drainer's spray
// beside one is not talk of a specification. A share, a sale, a yield, a
// trouble, a moderator's notice or a shill's words (docLureWords) or
// emoji (hypeSymbols) in the message, such a word in the page's path,
// and a fragment that is a hash route or a lure's anchor keep the link
// read as before. Each warn case was allowed on main dbbb068.
func TestProjectDocSpray(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"the tutorial to get in early https://wickprotocol.org/docs/tutorials/points", bot.Warn},
		{"my swap was stuck too, this doc sorted it https://wickprotocol.org/docs/troubleshooting", bot.Warn},
		{"the guide on revoking approvals https://wickprotocol.org/guide/approvals.html", bot.Warn},
		{"mods: the docs moved, use https://wickprotocol.org/docs/overview from now on", bot.Warn},
		{"gm gm, docs are out 🚀🚀 https://wickprotocol.org/docs/introduction", bot.Warn},
		{"the ido round is documented at https://wickprotocol.org/docs/ido-round", bot.Warn},
		{"the docs are at https://wickprotocol.org/docs/introduction#claim", bot.Warn},
		{"the docs are at https://wickprotocol.org/docs/introduction#/connect-wallet", bot.Warn},
	})
}

// TestProjectDocReply (rev49b): "your question", "your point" are a
// reply's words, not a lure's talk of its reader's things; a
// documentation page beside them is freed as beside "the question", and
// an anchor of a section (#section-4.1) is no hash route. "your tokens"
// still keeps the page read as before. The two allow cases that name
// "your question" were warned or deleted on main dbbb068.
func TestProjectDocReply(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"I think the session section of https://sedgeprotocol.org/specification/sessions.html answers your question", bot.Allow},
		{"the relay part of https://tarnprotocol.net/docs/relays.html answers your question about retries", bot.Allow},
		{"the framing is in https://sedgeprotocol.org/spec/v1.html#section-4.1 if you need the byte layout", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"your tokens are listed in https://tarnprotocol.net/docs/relays.html", bot.Warn},
	})
}
