package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// Community sites and members' projects (host32). Two kinds of ordinary
// tech-chat links read as phishing by the name alone:
//
// A community's or a library's own site named after the brand its
// members meet on or build for, joined to a topic of its own: Python
// Discord's (www.pythondiscord.com/resources/, its pastebin
// paste.pythondiscord.com). The brand matcher reads the brand inside the
// longer name as an impostor's, and the link model reads the brand's
// letters as a kit's. A brand inside a longer name is impersonation
// where the page or the talk asks for what the brand gives: its sign-in,
// a verification, a gift. communitySiteReading reads such a name as the
// community's where nothing asks: the registrable label is one of the
// brand's names and one topic's word (communityTopics: a language, a
// framework, an engine, a system; not a game, a gift, a badge, a launch:
// discordgame, binancegift, binance-launch stay read as impostors'), on
// no cheap ending; the link is written out over HTTPS, or with no
// scheme written (writtenOut), with no query, to a page inside the site
// (innerPage: an impostor's message sends to the front of a site made
// for it), with no lure's word or the brand's context in its path
// (/nitro, /gift, /discord); and the message speaks no lure's word at
// all, no @everyone, and names the site whole as its members call it
// (namesWhole: Python Discord; the brand's name alone names none). Then the brand's signals do not count and the model's
// reading is bound as a plain page's in plain talk (plainHTTPTalkMax).
//
// A member's project on free hosting: a static site on a name the
// platform generated (splendid-malasada-3f2a1c.netlify.app, the
// adjective-noun-hex name Netlify gives a site nobody named:
// netlifyGenerated; generatedName reads it so, its path in full, and
// one with a lure's word in its path as before), or a project's pages
// named after their subject where that subject is a scheme's word in its
// technical sense (design-tokens.github.io: the W3C community group's
// format for design tokens). hostedProjectReading reads such a named
// site as an ordinary one on a platform developers deploy to from a
// repository (projectHosts; not a site builder, a blog platform, a free
// web host or a dynamic DNS name), where the name is that word and one
// or two words of letters of its own (wordBeside), carries no brand and
// no word of what phishing asks for (askWords: wallet, login, verify,
// claim, …), the link is written out over HTTPS (or with no scheme
// written) to a page inside the site with no lure's word in its path,
// and the message speaks no lure's word at all and names the site whole
// (design tokens). A free-hosted page is a phishing page when it
// carries a brand, a sign-in or a lure: each of those keeps the reading
// in full.
//
// What they give up: of the training lists' 24,938 HTTPS phishing URLs
// with a path and no query, each posted after its site's name and beside
// "the <name> site" (71,076 messages), none loses a level. Of their
// 211,944 phishing domains posted at the root the same two ways, the 53
// on a name Netlify generated lose a level (warned on main, passed now:
// a name nobody chose says nothing, as a tunnel's does); no other does.
// The two readings are run time only: the trainer fits the combiner on
// the readings as they are. A name Netlify generated is read so by the
// trainer too, as tunnels' and previews' generated names are.

// communitySiteReading returns a link's signals with a community's or a
// tool's site named after a brand and a topic of its own read as an
// ordinary site, as the comment above says, and whether it did (the
// name's brand finding then no longer counts).
func (c *Classifier) communitySiteReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) (model.LinkSignals, bool) {
	if c.training || sig[model.SigBrandName] == 0 || sig[model.SigLookalike] > 0 || sig[model.SigHomoglyph] > 0 || sig[model.SigMixedScript] > 0 ||
		sig[model.SigBrandSub] > 0 || sig[model.SigDomainInHost] > 0 || sig[model.SigBrandService] > 0 || sig[model.SigShortener] > 0 ||
		sig[model.SigDomainWords] > 0 || sig[model.SigSchemeWords] > 0 || len(info.words) > 0 || !writtenOut(l, k.brands) {
		return sig, false
	}
	site, hosted := model.Site(*l)
	if !hosted && sig[model.SigAbusedTLD] > 0 || !innerPage(l) || placePath(l) {
		return sig, false
	}
	label := site.Label()
	m, ok := k.brands.Match(site.Host, site.Unicode, site.Suffix)
	if !ok || m.Kind != brand.NameInDomain || m.Service || !topicJoined(label, m.Brand) ||
		len(pathLureWords(l)) > 0 || brandContext(l.Path, m.Brand, k.brands) || k.speaksAny() || mentionsEveryone(k.text) ||
		!k.namesWhole(label) {
		return sig, false
	}
	sig[model.SigBrandName], sig[model.SigHostingBrand] = 0, 0
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(plainHTTPTalkMax))
	return sig, true
}

// hostedProjectReading returns a link's signals with a project's pages
// on free hosting, named after their subject with one scheme's word in
// its technical sense, read as an ordinary site, as the comment above
// says, and whether it did (the name's words and the platform's ending
// then no longer count).
func (c *Classifier) hostedProjectReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) (model.LinkSignals, bool) {
	if c.training || readsBrand(&sig) || sig[model.SigShortener] > 0 || sig[model.SigDomainWords] > 0 || len(info.words) != 1 ||
		!subjectWords[info.words[0]] || !writtenOut(l, k.brands) {
		return sig, false
	}
	site, hosted := model.Site(*l)
	if !hosted || !projectHosts[site.Suffix] || l.Host != site.Domain || !innerPage(l) || placePath(l) {
		return sig, false
	}
	label := site.Label()
	if !wordBeside(label, info.words[0]) || asksInName(label) || len(pathLureWords(l)) > 0 ||
		k.speaksAny() || mentionsEveryone(k.text) || !k.namesWhole(label) {
		return sig, false
	}
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(plainHTTPTalkMax))
	sig[model.SigDomainWords], sig[model.SigSchemeWords], sig[model.SigAbusedTLD] = 0, 0, 0
	return sig, true
}

// readPast reports a fitted finding about a host's name that a reading
// above set aside: the brand's name of a community's site (community),
// the scheme's word and the platform's ending of a project's pages
// (project).
func readPast(r *Reason, community, project bool) bool {
	switch {
	case !r.fitted:
		return false
	case community:
		return r.Code == CodeBrandInDomain
	case project:
		return r.Code == CodeDomainWords || r.Code == CodeSuspiciousTLD
	}
	return false
}

// subjectWords are the words of schemes (model.SchemeWord) that name a
// technical subject a project is about as often as a scheme's bait: a
// token, an NFT, a protocol, a chain's network, its nodes and RPC
// (design-tokens, noise-protocol, eth-rpc). A drainer's acts (connect,
// sync, restore, migrate, claim, refund, revoke) name no project's
// subject, nor do the words of a chain's marketing (defi, web3, nft,
// mainnet, multichain, staking), which name its drainers' sites on
// these hosts far more often than a member's project.
var subjectWords = setOf("token", "tokens", "protocol", "validator", "validators", "rpc", "bridge")

// projectHosts are the platforms developers deploy a project's pages,
// documentation or demo to from its repository: forges' Pages, static
// and app hosts. Site builders, blog platforms, free web hosts and
// dynamic DNS names (weebly, blogspot, 000webhostapp, ddns.net), where
// a page is made by hand, are none.
var projectHosts = setOf("github.io", "gitlab.io", "codeberg.page", "pages.dev", "netlify.app", "vercel.app", "fly.dev",
	"onrender.com", "web.app", "firebaseapp.com", "herokuapp.com", "readthedocs.io", "surge.sh", "deno.dev")

// wordBeside reports a label of two or three words between hyphens, one
// of them the word w whole and the others words of letters of three or
// more (design-tokens), not w alone or beside a number or a code.
func wordBeside(label, w string) bool {
	n, has := 0, false
	for p := range strings.SplitSeq(label, "-") {
		n++
		switch {
		case p == w:
			has = true
		case len(p) < 3 || !lowerLetters(p):
			return false
		}
	}
	return has && n >= 2 && n <= 3
}

// innerPage reports a link to a page inside a site, not to its front:
// a member cites the page they mean (a paste, a resources page, a
// draft's chapter), where an impostor's message sends to the front of a
// site made for the one lure.
func innerPage(l *linkx.Link) bool {
	return strings.Trim(l.Path, "/") != ""
}

// placePath reports a path to a site's front written as its index file
// (/index.html: the front, which innerPage does not send past), or one
// naming an app's or an account's place (placeWords: /app, /swap,
// /stake, /dashboard, /oauth2/authorize, /inventory, /tradeoffer/new/,
// /walletconnect), whole or run together. A community's or a project's
// page a member cites is a document (/resources/,
// /community-group/format/); a drainer's or a token grabber's is the
// app or the sign-in it passes for (rev32a).
func placePath(l *linkx.Link) bool {
	p := strings.ToLower(strings.Trim(l.Path, "/"))
	if i := strings.LastIndexByte(p, '/'); i < 0 && strings.HasPrefix(p, "index.") {
		return true
	}
	found := false
	forPathWords(l.Path, func(w string) bool {
		if placeWords[w] {
			found = true
		}
		for _, n := range model.NameWords(w) {
			if placeWords[n] {
				found = true
			}
		}
		return !found
	})
	return found
}

// placeWords are the words of a path to an app's or an account's place
// rather than a document: a dapp's screens (app, swap, stake, bridge,
// mint, import, portfolio), a sign-in's (oauth, authorize, sso,
// account, dashboard, profile, settings) and a game's or a market's
// trading (inventory, trade, tradeoffer), and askWords' own.
var placeWords = setOf("app", "dapp", "swap", "stake", "staking", "unstake", "bridge", "mint", "import", "export", "connect",
	"walletconnect", "portfolio", "deposit", "withdraw", "transfer", "approve", "pool", "pools", "farm", "vault", "earn",
	"presale", "oauth", "oauth2", "authorize", "authorise", "auth", "sso", "signin", "login", "account", "accounts",
	"dashboard", "profile", "settings", "inventory", "trade", "trades", "tradeoffer", "wallet", "wallets", "claim",
	"verify", "migrate", "sync", "restore", "recover", "billing", "pay", "payment", "invoice", "mail", "webmail")

// writtenOut reports a link written out as it is over HTTPS, or with no
// scheme written as chat writes links (paste.pythondiscord.com/ZEQA: a
// browser opening it is served the site's HTTPS; only a written http://
// is plain HTTP), or carried behind a plain word (behindWord: what the
// site is does not change behind "here"), but not behind text that
// shows another address, defanged or hidden, with no user, port or
// query. Read so, 3 of 19,106 benign
// tuning lines written bare no longer flag and no phishing URL or domain
// of the trainer's held-out splits, written bare alone or beside its
// name, loses a level (BENCHMARKS.md, bare38).
func writtenOut(l *linkx.Link, bm *brand.Matcher) bool {
	return (l.Scheme == "https" || l.Scheme == "") && (!l.Carried || behindWord(l, bm)) && !l.Disguised && !l.Hidden && l.UserInfo == "" && l.Port == "" && l.Query == ""
}

// asksInName reports a label holding a word of what phishing asks for
// (askWords), whole between hyphens or run together (campus-wallet,
// walletgen).
func asksInName(label string) bool {
	for w := range strings.SplitSeq(label, "-") {
		if askWords[w] {
			return true
		}
		for _, p := range model.NameWords(w) {
			if askWords[p] {
				return true
			}
		}
	}
	return false
}

// topicJoined reports a registrable label made of one of the brand's
// names and one topic's word (communityTopics) run together or
// hyphenated, in either order (pythondiscord, python-discord,
// discord-rust, rustdiscord): a community's name for where it meets, or
// a library's for the brand's API. The brand's name beside any other
// word (binance-launch, paypal-verifylogin, discordgame, binancegift) is
// read as before.
func topicJoined(label string, b *brand.Brand) bool {
	plain := strings.ReplaceAll(label, "-", "")
	if len(plain) > 30 || strings.Count(label, "-") > 1 {
		return false
	}
	for _, n := range b.Names {
		if rest, ok := strings.CutPrefix(plain, n); ok && communityTopics[rest] {
			return true
		}
		if rest, ok := strings.CutSuffix(plain, n); ok && communityTopics[rest] {
			return true
		}
	}
	return false
}

// communityTopics are the subjects a community or a library is named
// after beside the brand it meets on or builds for: programming
// languages, frameworks and engines, operating systems and editors.
// Words of anything a brand's customer is offered or asked for (a
// developer's badge, a moderator's rank, a game, a gift) are none.
var communityTopics = setOf("python", "py", "rust", "rs", "golang", "js", "javascript", "typescript", "node", "nodejs", "deno",
	"java", "kotlin", "swift", "php", "ruby", "csharp", "cpp", "lua", "elixir", "dart", "haskell", "scala", "clojure",
	"julia", "perl", "zig", "nim", "ocaml", "fsharp", "erlang", "linux", "unix", "debian", "ubuntu", "archlinux",
	"nixos", "vim", "neovim", "emacs", "react", "vue", "svelte", "angular", "django", "flask", "rails", "laravel",
	"godot", "pygame", "bevy", "blender", "arduino", "raspberrypi", "esp32", "homelab", "selfhosted")

// namesWhole reports whether the message, its links aside, names a
// site's registrable label whole: as one word (discordx), or as two or
// three words side by side run together (Python Discord for
// pythondiscord, python-discord), the last one possessive or not (the
// possessive's s, its apostrophe folded away: Python Discord's).
func (k *knowledge) namesWhole(label string) bool {
	want := strings.ReplaceAll(label, "-", "")
	var words [3]string
	n := 0
	for w := range strings.FieldsFuncSeq(string(k.folded()), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		copy(words[:], words[1:])
		words[2] = w
		n++
		if endsName(want, words, n, w) || len(w) > 1 && w[len(w)-1] == 's' && endsName(want, words, n, w[:len(w)-1]) {
			return true
		}
	}
	return false
}

// endsName reports whether the last word w, alone or after the one or
// two words before it (words[1], words[0]; n words read so far), runs
// together into want.
func endsName(want string, words [3]string, n int, w string) bool {
	return w == want || n >= 2 && joins(want, words[1], w) ||
		n >= 3 && strings.HasPrefix(want, words[0]) && joins(want[len(words[0]):], words[1], w)
}

// joins reports whether a and b run together are s.
func joins(s, a, b string) bool {
	return len(a)+len(b) == len(s) && strings.HasPrefix(s, a) && strings.HasSuffix(s, b)
}

// netlifyGenerated reports a Netlify site's label as Netlify generates it
// for a site its owner did not name: an adjective, a noun (a scientist's
// name or a food's) and six hex digits (splendid-malasada-3f2a1c,
// adoring-golick-74931a), no word of a lure's or a scheme's in it. Its
// owner chose nothing of it, so it says nothing of the site; what the
// site is is read from its path and the message, in full (readName).
func netlifyGenerated(label string) bool {
	adj, rest, ok := strings.Cut(label, "-")
	if !ok {
		return false
	}
	noun, hex, ok := strings.Cut(rest, "-")
	if !ok || len(hex) != 6 || !allHex(hex) {
		return false
	}
	for _, w := range [2]string{adj, noun} {
		if len(w) < 3 || len(w) > 16 || !lowerLetters(w) || len(model.NameWords(w)) > 0 {
			return false
		}
	}
	return true
}

// lowerLetters reports a word of lower-case ASCII letters only.
func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
