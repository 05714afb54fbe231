package bot_test

import (
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestTrackersLeaveVerdict: the tracking and share parameters whoever
// shares a link adds (utm_*, fbclid, YouTube's and Spotify's si token,
// x.com's s and t, Instagram's igsh) do not move its verdict. A scam's
// link with them appended stays flagged at its level; a tech link shared
// with them stays allowed.
func TestTrackersLeaveVerdict(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	const utm = "utm_source=twitter&utm_medium=social&utm_campaign=share"
	const fbclid = "fbclid=IwAR2Xk3Lm9PqR2sT8vWzQ7bN1cD4eF5gH6iJ"
	const si = "si=Xk3Lm9PqR2sT8vWz"
	cases := []struct {
		name    string
		scam    bool
		plain   string // the message as written without the parameters
		written string // the same with them
	}{
		{"mint lure, utm", true, "@everyone new mint is live https://mint.com/wallet/connect",
			"@everyone new mint is live https://mint.com/wallet/connect?" + utm},
		{"document lure, utm", true, "Shipping documents for your order, please review http://cargo-lines.top/shipping_docs.doc",
			"Shipping documents for your order, please review http://cargo-lines.top/shipping_docs.doc?" + utm},
		{"brand on a free host, utm", true, "https://apple-id-locked.netlify.app/", "https://apple-id-locked.netlify.app/?" + utm},
		{"tunnel sign-in, fbclid", true, "https://8f2c-91-44-12-7.ngrok-free.app/signin/metamask",
			"https://8f2c-91-44-12-7.ngrok-free.app/signin/metamask?" + fbclid},
		{"wire lure, si", true, "Wire instructions updated, see new bank details http://www.cornerstone-title.com/closing/wire/instructions.html",
			"Wire instructions updated, see new bank details http://www.cornerstone-title.com/closing/wire/instructions.html?" + si},
		{"airdrop lure with a query, utm after it", true, "KuCoin airdrop is live now, claim before it ends: https://kucoin-bonus.live/claim?id=7734",
			"KuCoin airdrop is live now, claim before it ends: https://kucoin-bonus.live/claim?id=7734&" + utm},
		{"tech page, fbclid", false, "http://www.brendangregg.com/flamegraphs.html", "http://www.brendangregg.com/flamegraphs.html?" + fbclid},
		{"essay, si", false, "http://www.paulgraham.com/avg.html", "http://www.paulgraham.com/avg.html?" + si},
		{"installer, si", false, "tightvnc http://www.tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
			"tightvnc http://www.tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi?" + si},
		{"project site, utm", false, "ledger: command-line double-entry accounting program http://ledger-cli.org",
			"ledger: command-line double-entry accounting program http://ledger-cli.org/?" + utm},
		{"paste, fbclid", false, "python discord paste https://paste.pythondiscord.com/ZEQA",
			"python discord paste https://paste.pythondiscord.com/ZEQA?" + fbclid},
		{"crypto project site, si", false, "the ark protocol site https://ark-protocol.org/", "the ark protocol site https://ark-protocol.org/?" + si},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := judgeText(c, bot.Telegram, tc.plain).Verdict
			if (p.Level != bot.Allow) != tc.scam {
				t.Fatalf("%q: %s (%.2f) %v, want flagged %v", tc.plain, p.Level, p.Score, p.Reasons, tc.scam)
			}
			if w := judgeText(c, bot.Telegram, tc.written).Verdict; w.Level != p.Level {
				t.Errorf("%q: %s (%.2f) %v, want %s as without its parameters", tc.written, w.Level, w.Score, w.Reasons, p.Level)
			}
		})
	}
}

// TestShareLinksAllowed: links as apps share them, with their share
// tokens, are allowed, as they are without them; the judgement's link
// is read without the tokens and shown as written.
func TestShareLinksAllowed(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"this talk is great https://youtu.be/dQw4w9WgXcQ?si=Xk3Lm9PqR2sT8vWz",
		"https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=Xk3Lm9PqR2sT8vWz&feature=share",
		"coding playlist https://open.spotify.com/playlist/37i9dQZF1DX5trt9i14X7j?si=a1b2C3d4E5f6G7h8",
		"https://x.com/golang/status/1734567890123456789?s=20&t=Xk3Lm9PqR2sT8vWzQ7bN1c",
		"https://www.instagram.com/p/CxYz123AbC/?igsh=MTc4MmM1YmI2Ng==",
		"release notes https://go.dev/blog/go1.22?utm_source=newsletter&utm_medium=email&utm_campaign=go122",
		"https://github.com/golang/go/issues/61405?fbclid=IwAR2Xk3Lm9PqR2sT8vWzQ7bN1cD4eF5gH6iJ",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow {
			t.Errorf("%q: %s (%.2f) %v, want allowed", text, v.Level, v.Score, v.Reasons)
		}
	}
	const u = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=Xk3Lm9PqR2sT8vWz&feature=share"
	j := judgeText(c, bot.Telegram, "watch this "+u)
	if len(j.Links) != 1 || j.Links[0].Query != "v=dQw4w9WgXcQ" || j.Links[0].Raw != u {
		t.Errorf("links read %+v, want the query v=dQw4w9WgXcQ and Raw %s", j.Links, u)
	}
}

// TestTrackersInFeedsAndLists: a URL-level feed's entry and a list's URL
// are matched as messages' links are read, without the sharer's
// tracking on either side: the listed file on a host that serves
// everyone is caught with other tracking appended, or with none.
func TestTrackersInFeedsAndLists(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	urls := bot.NewFeedListBuilder("urlhaus")
	if err := urls.AddURL(bot.BlockList, "https://github.com/evil/tool/raw/main/stealer.exe?fbclid=IwAR2Xk3Lm9PqR2sT8vWzQ7bN1cD4eF5gH6iJ"); err != nil {
		t.Fatal(err)
	}
	c.SetFeeds(bot.NewFeedSet(urls.Build()))
	for _, text := range []string{
		"tool: https://github.com/evil/tool/raw/main/stealer.exe",
		"tool: https://github.com/evil/tool/raw/main/stealer.exe?utm_source=discord&utm_medium=social",
	} {
		v := judgeText(c, bot.Telegram, text).Verdict
		if v.Level != bot.Delete || len(v.Reasons) == 0 || v.Reasons[0].Code != bot.CodeBlocklisted {
			t.Errorf("%q: %s %v, want deleted as listed by urlhaus", text, v.Level, v.Reasons)
		}
	}
	for value, want := range map[string]string{
		"https://github.com/evil/tool?utm_source=x&utm_medium=y": "github.com/evil/tool",
		"https://example.net/?gclid=abc":                         "example.net",
		"https://example.net/page?id=3&fbclid=abc":               "example.net/page?id=3",
	} {
		if got, err := bot.ParseListValue(value); err != nil || got != want {
			t.Errorf("ParseListValue(%q) = %q, %v, want %q", value, got, err, want)
		}
	}
}

// TestLateExpansionWithTracking: a shortened link shared with tracking
// appended is followed and its target judged, as without it: the
// expansion is stored under the link as the classifier reads it.
func TestLateExpansionWithTracking(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	n, _ := shortNet(t)
	late := runExpansions(t, h, n)

	d := h.send(msg{chat: "-100", user: "7", id: "41", text: "look at this https://bit.ly/3xYz?utm_source=twitter&utm_medium=social&utm_campaign=share"})
	if d.Verdict.Level != bot.Allow {
		t.Fatalf("first decision: %v %+v", d.Verdict.Level, d.Verdict.Reasons)
	}
	select {
	case ld := <-late:
		if ld.Verdict.Level != bot.Delete || !ld.Verdict.Has(bot.CodeRedirect) {
			t.Fatalf("late decision: %v %+v", ld.Verdict.Level, ld.Verdict.Reasons)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no late decision: the target was not judged")
	}
}
