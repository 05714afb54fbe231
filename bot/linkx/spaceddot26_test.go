package linkx

import "testing"

// TestSpacedDotSentence checks that a full stop followed by a word that is
// also an ending starts the next sentence when the sentence ended with a
// word of English or a short one ("dm me your ign. map is live"), and that
// a name no dictionary holds, a host's inner label, a name with a digit,
// or a path after the ending is still read as a link written broken up,
// as is any ending spaced on both sides or not a word.
func TestSpacedDotSentence(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, text, host string
	}{
		{"short word before a word ending", "minecraft server, dm me your ign. map is live at spawn", ""},
		{"word before a word ending", "that offset is usually a bad mesh. run the check again", ""},
		{"word before top", "weight 0. just for stats. top hit domain this week", ""},
		{"chat word ending", "it was a false alarm, whitelisting done. lol sorry", ""},
		{"ending after a host's ending", "reported example[.]com. report it to the registrar too", "example.com"},
		{"path after a word ending", "dm me your ign. map/win", "ign.map"},
		{"name before a word ending", "claim your free nitro at discorrd. site now", "discorrd.site"},
		{"hyphenated name", "your account is locked, verify at nitro-gift. space", "nitro-gift.space"},
		{"name with a digit", "airdrop live: 24a. live connect wallet", "24a.live"},
		{"inner label", "@everyone wallet-013.web. app claim", "wallet-013.web.app"},
		{"spaced on both sides", "free nitro at dlscord . gift now", "dlscord.gift"},
		{"ending that is no word", "it works. com is where to go", "works.com"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if host := firstHost(tc.text); host != tc.host {
				t.Errorf("%q: host %q, want %q", tc.text, host, tc.host)
			}
		})
	}
}

// TestWordTLDs checks that the generated word lists hold what the
// spaced-dot reading asks of them: endings that are words, English words
// (by hash), and not the endings no sentence starts with.
func TestWordTLDs(t *testing.T) {
	t.Parallel()
	for _, w := range []string{"map", "top", "run", "report", "lol", "site", "online", "gift"} {
		if !wordTLDs[w] {
			t.Errorf("wordTLDs lacks %q", w)
		}
	}
	for _, w := range []string{"com", "org", "xyz", "mov"} {
		if wordTLDs[w] {
			t.Errorf("wordTLDs holds %q", w)
		}
	}
	for _, w := range []string{"mesh", "stats", "account", "giveaway", "compromised"} {
		if !englishWord(w) {
			t.Errorf("englishWord(%q) = false", w)
		}
	}
	for _, w := range []string{"discorrd", "dlscord", "kintyrend", "ign"} {
		if englishWord(w) {
			t.Errorf("englishWord(%q) = true", w)
		}
	}
}

// TestSentenceStopStrict checks that SentenceStop finds a full stop read
// as a sentence's end before a word that is also an ending, and that
// ExtractCleanStrict reads a link there while ExtractClean does not.
func TestSentenceStopStrict(t *testing.T) {
	for _, tc := range []struct {
		text string
		stop bool
		link string // what ExtractCleanStrict finds, "" for none
	}{
		{"free nitro steam. gift", true, "steam.gift"},
		{"dm me your ign. map is live", true, "ign.map"},
		{"the endpoints. it works", false, ""},
		{"no dots here at all", false, ""},
		{"claim yours at reward. top", false, "reward.top"},
		// a function word before a spaced ending (fp45), read as a
		// link in strict reading (rev45a)
		{"connect your wallet at ours .top", true, "ours.top"},
		{"login at this . top", true, "this.top"},
		{"not the .org squatter one", true, "the.org"},
	} {
		if got := SentenceStop(tc.text); got != tc.stop {
			t.Errorf("SentenceStop(%q) = %v, want %v", tc.text, got, tc.stop)
		}
		links, _, _ := ExtractCleanStrict(tc.text, nil, 10)
		got := ""
		if len(links) > 0 {
			got = links[0].Host
		}
		if got != tc.link {
			t.Errorf("ExtractCleanStrict(%q) finds %q, want %q", tc.text, got, tc.link)
		}
		if tc.stop {
			if plain, _, _ := ExtractClean(tc.text, nil, 10); len(plain) != 0 {
				t.Errorf("ExtractClean(%q) finds %q, want none", tc.text, plain[0].Host)
			}
		}
	}
}

// firstHost returns the host of the first link Extract finds in text, ""
// for none.
func firstHost(text string) string {
	if links := Extract(text, nil); len(links) > 0 {
		return links[0].Host
	}
	return ""
}
