package bot

import (
	"slices"
	"strings"
)

// A Discord bot's fake dashboard or a game server's fake store. Scams on
// Discord name their pages after the bots servers add (MEE6, Dyno,
// Carl-bot, Wick, Captcha.bot, Collab.Land) and the game servers their
// members play on (Hypixel), joined to what such a site offers: a
// premium plan, a dashboard, a captcha to pass, a rank or a gift to
// redeem (mee6premium, dynocaptcha, hypixel-redeem, store-hypixel). The
// brand matcher reads a short name run together only with an account's
// service words (online, login, support), and the link model reads the
// rest as ordinary. botName reads such a name: the registrable
// label is one of botNames and one or two of botOffers, before or after
// it, hyphenated or run together; the bots' own sites are theirs.

// botNames are the bots' and the game servers' names, each with the
// registrable domains that are its own.
var botNames = []struct {
	name string
	own  []string
}{
	{"mee6", []string{"mee6.xyz", "mee6.gg"}},
	{"dyno", []string{"dyno.gg", "dynobot.net"}},
	{"carlbot", []string{"carl.gg", "carlbot.xyz"}},
	{"wickbot", []string{"wickbot.com"}},
	{"captchabot", []string{"captcha.bot"}},
	{"collabland", []string{"collab.land"}},
	{"hypixel", []string{"hypixel.net"}},
}

// botOffers are the words of what such a site offers or says it is.
var botOffers = setOf("premium", "pro", "plus", "app", "apps", "bot", "bots", "tool", "tools", "link", "captcha", "click",
	"redeem", "rank", "ranks", "store", "shop", "gift", "gifts", "free", "get", "nitro", "boost", "verify", "verification", "auth",
	"login", "panel", "dashboard", "dash", "api", "dev", "redirect", "invite", "support", "help", "official")

// botOfferLongest is the length of the longest of botOffers.
var botOfferLongest = func() int {
	n := 0
	for w := range botOffers {
		n = max(n, len(w))
	}
	return n
}()

// botOffer reports whether w is one of botOffers.
func botOffer(w string) bool { return botOffers[w] }

// botName returns the bot's or server's name and the first offer's word
// of a registrable label (site.Label()) of the registrable domain domain
// that is such a name, and whether it is one.
func botName(label, domain string) (name, offer string, ok bool) {
	if len(label) > 32 {
		return "", "", false
	}
	for _, bn := range botNames {
		b := bn.name
		var rest string
		switch {
		case strings.HasPrefix(label, b):
			rest = strings.TrimPrefix(label[len(b):], "-")
		case strings.HasSuffix(label, b):
			rest = strings.TrimSuffix(label[:len(label)-len(b)], "-")
		default:
			continue
		}
		if rest == "" || slices.Contains(bn.own, domain) {
			continue
		}
		var words [2]string
		n, split := 0, true
		for part := range strings.SplitSeq(rest, "-") {
			if n, split = splitRunInto(part, words[:], n, botOffer, botOfferLongest); !split || part == "" {
				split = false
				break
			}
		}
		if !split {
			continue
		}
		return b, words[0], true
	}
	return "", "", false
}
