package feeds_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/feeds"
)

func lookup(t testing.TB, s *bot.FeedSet, raw string) (bot.FeedHit, bool) {
	t.Helper()
	l, ok := linkx.Parse(raw)
	if !ok {
		t.Fatalf("parse %q", raw)
	}
	return s.Lookup(&l)
}

// TestParseFormats reads a fixture of each real format and checks what it
// blocks, allows and leaves alone.
func TestParseFormats(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file    string
		format  feeds.Format
		kind    bot.ListKind
		entries int
		blocked []string
		allowed []string
		neither []string
		names   []string
	}{
		{"discord-antiscam.txt", feeds.Domains, bot.BlockList, 8,
			[]string{"https://dlscord-gift.com/x", "https://www.steamcornmunity.com/tradeoffer/new"}, nil,
			[]string{"https://discord.com/", "https://gift.com/"}, nil},
		{"chongluadao-hosts.txt", feeds.Hosts, bot.BlockList, 5,
			[]string{"https://vietcombank-xacthuc.com/", "http://shopee-trungthuong.top/qua", "https://sacombank-mokhoa.online"}, nil,
			[]string{"http://localhost/", "https://vietcombank.com.vn/"}, nil},
		{"openphish.txt", feeds.URLs, bot.BlockList, 4,
			[]string{"https://login-microsoftonline.web.app", "https://paypal.com.account-verify.top/signin?session=8812",
				"https://sites.google.com/view/steam-trade-offer/", "https://drive-share-docs.click/d/1AbC"}, nil,
			[]string{"https://login-microsoftonline.web.app/other", "https://sites.google.com/view/school", "https://paypal.com.account-verify.top/"}, nil},
		{"urlhaus.csv", feeds.URLhausCSV, bot.BlockList, 4,
			[]string{"http://198.51.100.23:42013/i", "https://github.com/evil-user/tools/raw/main/setup.exe",
				"https://drive.google.com/uc?export=download&id=1xYz", "http://update-flash-player.xyz/flash_update.exe"}, nil,
			[]string{"https://github.com/", "https://github.com/golang/go", "https://drive.google.com/uc?export=download&id=2", "http://update-flash-player.xyz/"}, nil},
		{"metamask-config.json", feeds.MetaMask, bot.BlockList, 5 + 4 + 3,
			[]string{"https://metamask-airdrop.com/claim", "https://app.wallet-connect-sync.app/"},
			[]string{"https://metamask.io/download", "https://metamesh.tech/"},
			[]string{"https://metamask.com/"}, []string{"etherscan.io", "metamask.io", "myetherwallet.com"}},
		{"scam-links.json", feeds.JSONArray, bot.BlockList, 4,
			[]string{"https://steam-gift-card.ru/", "https://discord-nitro.click/claim"}, nil,
			[]string{"https://discord-nitro.click/other"}, nil},
		{"discord-antiscam.txt", feeds.Domains, bot.AllowList, 8,
			nil, []string{"https://dlscord-gift.com/x"}, nil, nil},
		// AdGuard Home's and uBlock's domain rules: "||domain^", options after "$"
		{"adguard-domains.txt", feeds.Domains, bot.BlockList, 4,
			[]string{"https://phish-one.example-phish.net/x", "https://www.phish-two.example-phish.net/", "http://bank-login.example-phish.net/",
				"https://plain-line.example-phish.net/"}, nil,
			[]string{"https://example-phish.net/", "https://good-site.example.org/", "https://video-site.example.com/",
				"https://shop.example.com/", "https://news.example.com/"}, nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.format)+"/"+tt.file, func(t *testing.T) {
			t.Parallel()
			f, err := os.Open("testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			b := bot.NewFeedListBuilder("fixture")
			if err := feeds.Parse(f, tt.format, tt.kind, b); err != nil {
				t.Fatal(err)
			}
			if p := b.Problems(); len(p) > 0 {
				t.Errorf("skipped values: %v", p)
			}
			l := b.Build()
			if l.Len() != tt.entries {
				t.Errorf("%d entries, want %d", l.Len(), tt.entries)
			}
			s := bot.NewFeedSet(l)
			for _, u := range tt.blocked {
				if hit, ok := lookup(t, s, u); !ok || hit.Kind != bot.BlockList {
					t.Errorf("%s: %+v %v, want blocked", u, hit, ok)
				}
			}
			for _, u := range tt.allowed {
				if hit, ok := lookup(t, s, u); !ok || hit.Kind != bot.AllowList {
					t.Errorf("%s: %+v %v, want allowed", u, hit, ok)
				}
			}
			for _, u := range tt.neither {
				if hit, ok := lookup(t, s, u); ok {
					t.Errorf("%s: %+v, want no entry", u, hit)
				}
			}
			if strings.Join(s.Names(), ",") != strings.Join(tt.names, ",") {
				t.Errorf("names %v, want %v", s.Names(), tt.names)
			}
		})
	}
}

func TestParseMalformed(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		format feeds.Format
		body   string
	}{
		{"broken JSON array", feeds.JSONArray, `["a.example.com", "b.exa`},
		{"JSON object for an array", feeds.JSONArray, `{"domains": ["a.example.com"]}`},
		{"nested arrays", feeds.JSONArray, `[["a.example.com"]]`},
		{"MetaMask without lists", feeds.MetaMask, `{"version": 2}`},
		{"MetaMask broken", feeds.MetaMask, `{"blacklist": ["a.com", }`},
		{"HTML for domains", feeds.Domains, "\n<!DOCTYPE html><html><body>Rate limited</body></html>"},
		{"HTML for URLhaus", feeds.URLhausCSV, "<html><head><title>502</title></head></html>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := feeds.Parse(strings.NewReader(tt.body), tt.format, bot.BlockList, bot.NewFeedListBuilder("x"))
			if !errors.Is(err, feeds.ErrMalformed) {
				t.Errorf("err = %v, want ErrMalformed", err)
			}
		})
	}
}

func TestParseSkipsBadLines(t *testing.T) {
	t.Parallel()
	body := "good.example.net\nnot a domain at all\n" + strings.Repeat("x", 70<<10) + "\n! adblock comment\n[Adblock Plus 2.0]\nalso-good.example.net # note\n"
	b := bot.NewFeedListBuilder("x")
	if err := feeds.Parse(strings.NewReader(body), feeds.Domains, bot.BlockList, b); err != nil {
		t.Fatal(err)
	}
	if len(b.Problems()) != 2 {
		t.Errorf("problems: %v", b.Problems())
	}
	if l := b.Build(); l.Len() != 2 || l.Skipped() != 2 {
		t.Errorf("entries %d skipped %d", l.Len(), l.Skipped())
	}
}

func TestParseFormatNames(t *testing.T) {
	t.Parallel()
	for _, f := range feeds.Formats {
		if g, err := feeds.ParseFormat(string(f)); err != nil || g != f {
			t.Errorf("%s: %v %v", f, g, err)
		}
	}
	if _, err := feeds.ParseFormat("csv"); err == nil || !strings.Contains(err.Error(), "urlhaus-csv") {
		t.Errorf("unknown format: %v", err)
	}
}
