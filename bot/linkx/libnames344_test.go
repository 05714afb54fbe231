package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestLibraryNames (web344): a library's name written as its project
// writes it, like a protected brand's domain on another ending
// (Discord.Net, the C# library for Discord bots, its Discord.Rest
// namespace, Telegram.Bot), is talk of the library, not a link; on main
// each was read as the link discord.net, discord.rest or telegram.bot.
// The same name in lower case, with a scheme or with a path is a link as
// before.
func TestLibraryNames(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text, host string // host "" for no link
	}{
		{"I use Discord.Net for my bot", ""},
		{"DSharpPlus or Discord.Net?", ""},
		{"the Discord.NET guide covers interactions", ""},
		{"add using Discord.Rest; at the top", ""},
		{"Telegram.Bot has a webhook example", ""},
		{"free nitro at discord.net", "discord.net"},
		{"claim at Discord.net", "discord.net"},
		{"https://Discord.Net", "discord.net"},
		{"Discord.Net/gift/abc", "discord.net"},
		{"discord.rest/verify", "discord.rest"},
	}
	for _, c := range cases {
		links := linkx.Extract(c.text, nil)
		got := ""
		if len(links) > 0 {
			got = links[0].Host
		}
		if got != c.host {
			t.Errorf("%q: read %q, want %q", c.text, got, c.host)
		}
	}
}
