package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
)

// Two kinds of the Discord and Steam scams' names the readings before
// left (disc37): a long brand name with its letters scrambled past any
// edit distance (straemcummonity, stemacommurinty: brand.Scrambled), and
// a game's name joined to what a giveaway or a gamble offers
// (rust-raffles, rustroll, valorant-promotion, facepunch-award:
// gameName).

// wScrambled: a long brand name scrambled warns alone, as a name
// misspelt letter by letter does (wNearTypo)
const wScrambled = wNearTypo

// wGameName: a game's name joined to a giveaway's or a gamble's word
// warns alone, as a skin scam's name does (wSkinName)
const wGameName = wSkinName

// A game's giveaway or gamble. Scams on Discord and Steam promise a
// game's players what the game's own events or its gambling sites hand
// out: a gift, a reward to redeem or claim, a prize, an award, a
// promotion's code, a drop, a raffle, a roulette's roll, a case, a
// withdrawal of winnings (rust-raffles, rustroll, rust-withdraw,
// valorant-promotion, facepunch-award, hypixelreward), or what players
// pay for, free (freenitro, robuxfree). The link model
// reads a game's name as any word and the offer's as ordinary. gameName
// reads such a name: every part of the registrable label is a game's
// name (gameTitles) or what its players pay for (gamePaid), an offer's
// word (gameOffers; paidOffers beside what is paid for) or a filler
// (gameFillers), one game's name and one offer's word at least; a
// number at its end (a kit's copy) is read past. A game's name alone, or
// beside words of what its players look up (rust-servers, fortnite
// tracker, valorant-stats), is a fan's site; Counter-Strike's are read by
// skinName, Discord bots' by botName.

// gameTitles are games whose players the scams court by the game's name,
// as its players write it, and the game's maker's (facepunch for Rust).
// Names of games that are ordinary words first (apex, league, among
// others) are left out: a bank or a school is named so. minecraft is
// left out as well: its skins and gifts are its players' own trade.
var gameTitles = setOf("rust", "facepunch", "valorant", "fortnite", "pubg", "rocketleague", "hypixel", "lunarclient")

// gamePaid are what players pay for on a game or on Discord: Roblox's
// and Fortnite's money, Discord's paid plan. The scams offer them free,
// given (freenitro, nitrogive, robuxfree), so
// beside them the words of paidOffers are offers too, and Discord's name
// cut short (nitro-ds) says whose nitro it is.
var gamePaid = setOf("robux", "vbucks", "nitro")

// gameOffers are the words of what a giveaway or a gamble offers.
// Words of a sale or a player's tools (shop, store, stats, servers,
// skins, win) are not among them: fan sites and shops use them.
var gameOffers = setOf("gift", "gifts", "giveaway", "giveaways", "reward", "rewards", "redeem", "claim", "prize", "prizes",
	"award", "awards", "promo", "promos", "promocode", "promocodes", "promotion", "promotions", "bonus", "drop", "drops",
	"raffle", "raffles", "roulette", "roulettes", "roll", "rolls", "case", "cases", "withdraw", "earn")

// paidOffers are offers only beside what players pay for: free is a
// fan site's word beside a game (free-fortnite-maps); ds and dis are
// Discord's name cut short. A boost is not among them: nitro's boost is a
// car's as much as Discord's (nitroboost).
var paidOffers = setOf("free", "give", "ds", "dis")

// gameFillers are the other words of such names.
var gameFillers = setOf("get", "my", "the", "your")

// gameWord reports whether w is a word gameName reads.
func gameWord(w string) bool {
	return gameTitles[w] || gamePaid[w] || gameOffers[w] || paidOffers[w] || gameFillers[w]
}

// gameLongest is the length of the longest word gameName reads.
var gameLongest = longestWord(gameTitles, gamePaid, gameOffers, paidOffers, gameFillers)

// gameName returns the game's name and the first offer's word of a
// registrable label (site.Label()) that is a game's giveaway's or
// gamble's name, as the comment above says, and whether it is one.
func gameName(label string) (game, offer string, ok bool) {
	if len(label) > 40 || !holdsGameTitle(label) {
		// no game's name: most names, passed over before they are split
		return "", "", false
	}
	label = trimNumber(label)
	var words [12]string
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		k, ok := splitRunInto(part, words[:], n, gameWord, gameLongest)
		if !ok || part == "" {
			return "", "", false
		}
		n = k
	}
	paid, extra := false, ""
	for _, w := range words[:n] {
		paid = paid || gamePaid[w]
		switch {
		case (gameTitles[w] || gamePaid[w]) && game == "":
			game = w
		case gameOffers[w] && offer == "":
			offer = w
		case paidOffers[w] && extra == "":
			extra = w
		}
	}
	if paid && offer == "" {
		offer = extra
	}
	return game, offer, game != "" && offer != ""
}

// holdsGameTitle reports whether s holds one of gameTitles or gamePaid.
// It is asked of every link's name: it looks only at the names of each
// letter's (gameNames), not through the maps, whose ranging cost more
// than the rest of disc37's readers together.
func holdsGameTitle(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			continue
		}
		for _, t := range gameNames[c-'a'] {
			if strings.HasPrefix(s[i:], t) {
				return true
			}
		}
	}
	return false
}

// gameNames are gameTitles and gamePaid by their first letter, for
// holdsGameTitle.
var gameNames = func() (out [26][]string) {
	for _, set := range [...]map[string]bool{gameTitles, gamePaid} {
		for t := range set {
			out[t[0]-'a'] = append(out[t[0]-'a'], t)
		}
	}
	return out
}()

// A lure's word misspelt. Gift scams name their pages after what they
// hand out, and write the word misspelt by a letter (giveawey, givaeway,
// premeum, preimum, promotlon) so that a filter looking for the word
// passes it; nobody writes a word of a language so in a name chosen to be
// read. misspeltLure finds one of misspeltLures inside a label written
// one edit off (a letter changed, added, dropped, or two swapped; the
// word's first letter kept), that is no word of a language itself
// (englishWord, lureForeign), nor the start of a longer word written
// right (promotin of promoting: startsWord), and in a label that does
// not hold the word written right. Shorter words are left out: one edit off claim, verify, reward
// or airdrop is many words and names (clim, verifone, forward,
// airdroid).

// misspeltLures are the words of seven letters or more of what a gift
// scam offers.
var misspeltLures = []string{"giveaway", "premium", "promotion"}

// lureForeign are the words of other languages one edit off
// misspeltLures that englishWord does not know: Latin's word for a
// price, which companies are named after (pretium). The word as Spanish
// and Italian write it (promoción, promozione) is not among them: the
// scam lists hold 336 names with promoc or promoz (Brazilian shops'
// promocional) and the popular domains none.
var lureForeign = setOf("pretium")

// startsWord reports whether s, from its first letter, holds a word of
// English longer than its first n letters: the form one edit off is then
// the start of a word written right (promotin of promoting, in
// promotinghealth), no misspelling.
func startsWord(s string, n int) bool {
	for j := n + 1; j <= len(s) && j <= 14; j++ {
		if s[j-1] == '-' {
			return false
		}
		if englishWord(s[:j]) {
			return true
		}
	}
	return false
}

// wMisspeltLure: a lure's word misspelt warns alone, as a brand's own
// word disguised does (wDisguisedWord)
const wMisspeltLure = wDisguisedWord

// misspeltLure returns the form a registrable label (site.Label()) writes
// one of misspeltLures in one edit off, and the word, or "", "".
func misspeltLure(label string) (form, word string) {
	for _, w := range misspeltLures {
		if len(label) < len(w)-1 || strings.Contains(label, w) {
			continue
		}
		for i := 0; i+len(w)-1 <= len(label); i++ {
			if label[i] != w[0] {
				continue
			}
			for n := len(w) - 1; n <= len(w)+1 && i+n <= len(label); n++ {
				s := label[i : i+n]
				if strings.IndexByte(s, '-') < 0 && brand.OneEdit(s, w) && !englishWord(s) && !lureForeign[s] && !startsWord(label[i:], n) {
					return s, w
				}
			}
		}
	}
	return "", ""
}

// A Discord statistics site's name. Scams on Discord pose as the sites
// that list servers and bots and chart their members, and name them
// after Discord's name cut short (ds, dis, disc) run together with what
// such a site shows: statistics, charts, graphs, ratings, ranks, an
// index, a server's status or its members (dsstatistics, disratings,
// disc-graph, discstatsbot). The brand matcher reads no brand in so short
// a name and the link model reads the rest as ordinary. statName reads
// such a name: the registrable label, its hyphens dropped and a bot's
// word at its end read past, is one of statShorts followed by one of
// statWords; nothing else. A word of a language so made (distance,
// discharge, display) is not one. info is not among the words: ds with
// info is a console's or a data scientist's (dsinfo), dis with it
// disinformation's (disinfo).

// statShorts are Discord's name cut short as these names write it.
var statShorts = []string{"disc", "dis", "ds"}

// statWords are the words of what a statistics or a listing site shows.
var statWords = []string{"stat", "stats", "statistic", "statistics", "statistician", "chart", "charts", "graph", "graphs",
	"rating", "ratings", "rank", "ranks", "index", "indexs", "indexes", "status", "tracking", "tracker",
	"users", "members", "values", "total", "details", "checks", "list"}

// wStatName: a Discord statistics site's name warns alone, as a Discord
// bot's fake dashboard's does (wBotName)
const wStatName = wBotName

// statName returns the short name and the word of a registrable label
// (site.Label()) that is a Discord statistics site's name, as the
// comment above says, and whether it is one.
func statName(label string) (short, word string, ok bool) {
	if len(label) < 4 || len(label) > 24 || label[0] != 'd' {
		return "", "", false
	}
	var buf [24]byte
	b := buf[:0]
	for i := 0; i < len(label); i++ {
		if label[i] != '-' {
			b = append(b, label[i])
		}
	}
	for _, suffix := range [...]string{"bots", "bot"} {
		if n := len(b) - len(suffix); n > 0 && string(b[n:]) == suffix {
			b = b[:n]
			break
		}
	}
	for _, p := range statShorts {
		if len(b) <= len(p) || string(b[:len(p)]) != p {
			continue
		}
		for _, w := range statWords {
			if len(b) != len(p)+len(w) || string(b[len(p):]) != w {
				continue
			}
			if englishWord(string(b)) {
				return "", "", false
			}
			return p, w, true
		}
	}
	return "", "", false
}
