package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A developer project named after a brand, on the hosting developers
// publish projects on. Libraries for a brand's API take the brand's name
// with their language's or kind's word beside it (discordrb, twitch4j,
// discord-py, roblox-ts), and brands publish their own open-source
// projects under their organisation's name on GitHub Pages
// (uniswap.github.io, roblox.github.io/roact). Read as a brand's name on
// a site anyone can make, such a site was deleted in tech chat; the
// impostors' sites on the same hosting are named after what they lure
// with (discordantibot, o-auth-discord, paypalgiftss, collabland-api)
// or spell the brand's name otherwise (coin-base). Of the training
// lists' 321 phishing hosts on js.org, Read the Docs, github.io and
// gitlab.io, none is named by the brand and projectWords alone or by a
// brand's own name but paypal.github.io (PayPal's SDK pages, listed by
// mistake); the brands' names there are look-alikes on js.org
// (discurd.js.org: not read here) and kits' names holding a lure's word.
// Read at run time only, as brandPages is, and at judgement only
// (nameReading): in a message that lures beyond one mild word
// (knowledge.luresHard), beside the brand's context or a lure's word in
// the path, the name keeps the brand's reading. The link model's
// reading of the name is kept either way.

// projectHostings are the hosting platforms whose sites are developer
// projects': js.org gives its subdomains by review to JavaScript
// projects, Read the Docs builds a project's documentation from its
// repository, and GitHub and GitLab Pages serve an account's or a
// group's pages at NAME.github.io and NAME.gitlab.io, where the forge
// gives a name once.
var projectHostings = setOf("js.org", "readthedocs.io", "readthedocs-hosted.com", "github.io", "gitlab.io")

// projectWords are the words a library or tool for a brand's API is
// named by beside the brand's name: its language or runtime, or its kind
// (discordrb, twitch4j, discord-py, roblox-ts, discord-api-types).
// Left out are the words impostors name their sites by as often: api
// and client (discordapi.cc, robloxapi.vip, collabland-api.github.io,
// discord-client.com), bot and bots (the Discord bots' own names:
// dyno-bot, mee6-bot, discord-bot.life), cs and rust (games: cs-twitch,
// rust-twitchdrops), react (discordreact), kit, and the fillerWords a
// kit's name is made of (node, docs, app).
var projectWords = setOf("python", "py", "py3", "js", "nodejs", "ts", "deno", "go", "golang", "rs", "rb", "ruby",
	"java", "kotlin", "kt", "swift", "php", "lua", "luau", "dart", "elixir", "cpp", "net", "dotnet", "csharp", "sharp",
	"4j", "4py", "julia", "haskell", "scala", "clj", "clojure", "perl", "nim", "zig", "crystal", "bash",
	"lib", "libs", "library", "sdk", "cli", "wrapper", "async", "aio", "types", "typings", "utils", "util",
	"vue", "svelte", "angular", "html", "css", "wasm")

// orgWords are the words a company names its other organisations on a
// forge by beside its name (facebookincubator, googlesamples). dev,
// developers, labs and research are left out: impostors name their
// sites so for the developers they lure (discord-developers.com,
// layerzerolabs.life, discordresearch.com).
var orgWords = setOf("engineering", "incubator", "samples", "archive", "oss", "opensource")

// projectRead is how a site on a project hosting named after a brand is
// read (projectSite).
type projectRead uint8

const (
	projectNone projectRead = iota
	// projectNamed: the name is a project's or the brand's organisation's
	projectNamed
)

// projectSite reports how a host on a project hosting, named after a
// brand (m, a NameInDomain match of the hosted site), is read: as a project's (projectNamed) when the site's
// registered name, with no subdomain in front, holds words beside the
// brand's name and those words, split at hyphens, are each projectWords run
// together or one of orgWords, none of them a short word before the
// brand's name (go-discord, cpp-discord: a verb's or a game's as
// often), and neither the link model (words: the lure and scheme words
// it finds in the name) nor lureNameWord finds a kit's word in it, nor
// is one the brand's context, a top-level domain's word (discordcom) or
// another brand's name.
// A domain of its own is read as before (rev23): anyone registers
// instagram-engineering.com as zalopay-samples.com or
// acbbankengineering.com, and ledger-cli.org as ledger-js.com or
// kraken-sdk.io, first; the hosting above holds projects.
// The brand's name alone is read as before (rev23): a forge gives a name
// once, but to whoever asks first, and js.org to whoever asks with a
// page: vietcombank.github.io, ghn.gitlab.io, ledgerlive.github.io or
// steam.github.io are anyone's as long as the brand has not taken the
// name, and most brands never do. The organisations the brands hold are
// listed (brandPages) and trusted.
func projectSite(bm *brand.Matcher, l, site *linkx.Link, hosted bool, m brand.Match, words []string) projectRead {
	if !hosted || m.Kind != brand.NameInDomain || m.Brand == nil || l.Host != site.Domain || !projectHostings[site.Suffix] {
		return projectNone
	}
	label := site.Label()
	for i := 0; i < len(label); i++ {
		if c := label[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return projectNone
		}
	}
	if strings.HasPrefix(label, "xn--") || strings.Contains(label, "--") {
		return projectNone
	}
	rest, before, ok := brandResidue(label, m.Brand)
	switch {
	case !ok:
		return projectNone
	case len(rest) == 0, len(words) > 0:
		return projectNone
	}
	for i, w := range rest {
		if i < before && len(w) < 4 || !projectTokens(w) || lureNameWord(w) || slices.Contains(m.Brand.Context, w) ||
			spoofedTLDs[w] || bm.Named(w, 5) != nil {
			return projectNone
		}
	}
	return projectNamed
}

// lureNameWord reports a word a kit's name is made of: what a phishing
// page asks for or threatens with, what it says it is (askWords,
// troubleWords, fillerWords), or one of the link model's lure or scheme
// words.
func lureNameWord(w string) bool {
	return askWords[w] || troubleWords[w] || fillerWords[w] || model.DomainWord(w) || model.SchemeWord(w)
}

// brandResidue returns the words of a site's label (lower-case ASCII
// letters, digits and hyphens) beside the brand's name in it: the label
// split at its hyphens with the name cut out (discord-player: player;
// discordrb: rb; o-auth-discord: o, auth), none for the name alone, and
// how many of them stand before the name.
// The name is found as the longest of the brand's spellings the label
// holds, its hyphens aside (collab-land holds collabland).
func brandResidue(label string, b *brand.Brand) (rest []string, before int, ok bool) {
	flat := strings.ReplaceAll(label, "-", "")
	best, at := "", -1
	for _, n := range b.Spellings() {
		if len(n) > len(best) {
			if i := strings.Index(flat, n); i >= 0 {
				best, at = n, i
			}
		}
	}
	if at < 0 {
		return nil, 0, false
	}
	// the name's first and last letters in the label as written
	start, end, k := -1, -1, 0
	for i := 0; i < len(label); i++ {
		if label[i] == '-' {
			continue
		}
		if k == at {
			start = i
		}
		if k == at+len(best)-1 {
			end = i + 1
			break
		}
		k++
	}
	if start < 0 || end < 0 {
		return nil, 0, false
	}
	for k, part := range [2]string{label[:start], label[end:]} {
		for w := range strings.SplitSeq(part, "-") {
			if w != "" {
				rest = append(rest, w)
			}
		}
		if k == 0 {
			before = len(rest)
		}
	}
	return rest, before, true
}

// projectTokens reports whether w is one of orgWords, or projectWords
// run together (pyasync).
func projectTokens(w string) bool {
	if orgWords[w] {
		return true
	}
	var okBuf [25]bool
	if len(w) >= len(okBuf) {
		return false
	}
	ok := okBuf[:len(w)+1]
	ok[0] = true
	for i := 1; i <= len(w); i++ {
		for j := max(0, i-8); j < i && !ok[i]; j++ {
			ok[i] = ok[j] && projectWords[w[j:i]]
		}
	}
	return ok[len(w)]
}

// projectReading returns a link's signals with the brand's reading of a
// project's name dropped (nameRead.project), and whether it was: not
// beside the brand's context in the path (discordrb.github.io/nitro,
// /Invite), nor another brand's name there (rev23: a kit's path names
// the brand it imitates, microsoft-sdk.github.io/dhserv/dhlnew/,
// twitch4j.github.io/Chase/), nor a lure's word there
// (discordrb.github.io/login). The project's own brand's name in the
// path is a project's own subject (discordjs.github.io/discord.js/,
// discord-player.js.org/docs/discord-player). The link model's reading
// is kept.
func projectReading(l *linkx.Link, r *nameRead, bm *brand.Matcher, sig model.LinkSignals) (model.LinkSignals, bool) {
	if pathContext(l.Path, r.project, bm) || len(pathLureWords(l)) > 0 {
		return sig, false
	}
	sig[model.SigBrandName], sig[model.SigHostingBrand], sig[model.SigBrandService] = 0, 0, 0
	return sig, true
}

// pathContext reports whether a link's path holds one of the brand's
// context words (Brand.Context) or names another brand (as brandContext
// reads a path's words), in either case.
func pathContext(path string, b *brand.Brand, bm *brand.Matcher) bool {
	found := false
	forLetterRuns(path, func(run string) bool {
		w := strings.ToLower(run)
		found = slices.Contains(b.Context, w)
		if !found && bm != nil {
			if o := bm.Named(w, 6); o != nil && o != b {
				found = true
			}
		}
		return !found
	})
	return found
}
