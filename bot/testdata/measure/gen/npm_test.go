package gen

import (
	"slices"
	"testing"
)

func TestMetaURL(t *testing.T) {
	cases := []struct {
		v     any
		field string
		want  []string
	}{
		{"https://discord.js.org", "", []string{"https://discord.js.org"}},
		{map[string]any{"url": "git+https://github.com/discordjs/discord.js.git"}, "url", []string{"https://github.com/discordjs/discord.js"}},
		{"git@github.com:telegraf/telegraf.git", "", []string{"https://github.com/telegraf/telegraf"}},
		{"github:roblox-ts/roblox-ts", "", []string{"https://github.com/roblox-ts/roblox-ts"}},
		{"grammyjs/grammY", "", []string{"https://github.com/grammyjs/grammY"}},
		{"ssh://git@gitlab.com/a/b.git", "", []string{"https://gitlab.com/a/b"}},
		{"ftp://example.org/x", "", nil},
		{map[string]any{"email": "a@b.c"}, "url", nil},
		{42, "", nil},
	}
	for _, c := range cases {
		if got := MetaURL(c.v, c.field); !slices.Equal(got, c.want) {
			t.Errorf("MetaURL(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestChatParagraph(t *testing.T) {
	got, ok := ChatParagraph("See the **[guide](https://discordjs.guide/)** for how to write your first bot with this library.", nil)
	if !ok || got != "See the guide (https://discordjs.guide/) for how to write your first bot with this library." {
		t.Errorf("ChatParagraph = %q, %v", got, ok)
	}
	for _, p := range []string{
		"no link in this paragraph at all, only words about the library",
		"[![npm](https://img.shields.io/npm/v/x.svg)](https://npmjs.com/x)",
	} {
		if got, ok := ChatParagraph(p, nil); ok {
			t.Errorf("ChatParagraph(%q) kept %q", p, got)
		}
	}
}

func TestLimitShapesAndWebOnly(t *testing.T) {
	lines := []string{"v1.2 at https://a.example/x", "v1.3 at https://b.example/y", "v1.4 at https://c.example/z", "other"}
	if got := LimitShapes(lines, 2); len(got) != 3 || got[2] != "other" {
		t.Errorf("LimitShapes = %q", got)
	}
	if got := WebOnly([]string{"https://a.b/c", "git://a.b/c", "http://x.y/ z"}); !slices.Equal(got, []string{"https://a.b/c"}) {
		t.Errorf("WebOnly = %q", got)
	}
	if got := URLSite("https://docs.discordjs.dev/x"); got != "discordjs.dev" {
		t.Errorf("URLSite = %q", got)
	}
}

func TestSiteKey(t *testing.T) {
	var homes []string
	for i := 0; i < 3; i++ {
		homes = append(homes, "https://github.com/owner"+string(rune('a'+i))+"/x")
	}
	key := SiteKey(homes, []string{"see https://discord.js.org/docs and https://github.com/o/p"}, 3)
	if got := key("https://github.com/Owner/x"); got != "github.com/owner" {
		t.Errorf("busy site key = %q", got)
	}
	if got := key("https://discord.js.org/docs"); got != "discord.js.org" {
		t.Errorf("quiet site key = %q", got)
	}
}

func TestPackageRoot(t *testing.T) {
	for path, want := range map[string]bool{
		"/x/node_modules/discord.js/package.json":         true,
		"/x/node_modules/@discordjs/voice/package.json":   true,
		"/x/node_modules/discord.js/src/package.json":     false,
		"/x/node_modules/@discordjs/voice/a/package.json": false,
		"/x/node_modules/discord.js/README.md":            false,
		"/x/lib/package.json":                             false,
	} {
		if got := PackageRoot(path); got != want {
			t.Errorf("PackageRoot(%q) = %v, want %v", path, got, want)
		}
	}
}
