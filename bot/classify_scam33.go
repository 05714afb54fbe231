package bot

import (
	"strings"
)

// Shapes of the names wallet drainers and gift kits register, read from
// how the scheme works rather than from any list of its sites, so that
// they hold for names registered after the training lists froze
// (2024-03). Counted on the training lists (a name's shape, not whether
// the classifier flagged it before): of the 66,459 benign and
// abused-benign domains none is read by campaignName, addressName or
// callName and two by offerEnding (Discord's own, trusted before any
// name is read); of the 211,944 phishing domains 51, 276, 118 and 415
// (rev33's narrowing, below, leaves campaignName 19 and callName 102 of
// them; the 16 names of the test split the readings newly flag all
// stay flagged).
//
// An airdrop campaign's page. Since 2024 projects hand out their tokens
// through campaigns of points, seasons and allocations: a member farms
// points, a season ends, a token generation event (TGE) opens, an
// eligibility check tells the allocation, a restaking programme, a pass
// or a presale comes first. Kits name their pages after the project and
// the campaign's word, hyphenated (kalyx-points.com, kalyx-season2.xyz,
// kalyx-restake.xyz, kalyx-allocation-claim.com), words the training
// lists hold too few of for the link model to weigh. campaignName reads
// such a name: its hyphen-separated parts are one campaign word at least
// (campaignWords; season with its number, season2 or season-2), the
// words such pages are also named with (campaignFillers: app, labs,
// foundation; campaignClaims: claim, check, airdrop) and a single
// project's name at most, a run of letters and digits that is neither
// an English word (englishWord: talking-points, cost-allocation are
// ordinary phrases) nor a word of a page's kind (askNameWord: points-mail
// is a mailer's). With no project's name, a claim's word is needed
// (check-eligibility.app), and so it is beside the words of a check that
// are also an office's (campaignChecks: eligibility, allocation); a
// campaign word alone (points.com) is a name bought whole. A project's
// own campaign pages are its subdomains (points.example.xyz), never a
// hyphenated name of its own.
//
// Some campaign words are everyday trade's and pastime's too
// (campaignCommon): a loyalty scheme's points (avios-points.com), a
// shop's sale (nike-sale.com), a city's or a railway's pass
// (eurail-pass.com, pass-navigo.fr), a ticket's presale, a game
// server's whitelist, a show's or a game's season (witcher-season2.com,
// diablo4-season4.com). On a settled ending (settledEnding: a legacy
// generic one or a country's own) they are read only beside a claim's
// word or a campaign page's filler (kalyx-points-claim.com,
// kalyx-points-app.com); on the new endings drainers buy
// (kalyx-points.xyz) alone as before. An eligibility or allocation check
// on a settled ending needs an airdrop's claim, not a checker's word
// (nhs-eligibility-checker.co.uk is an office's) (rev33).
//
// An offer's ending. The new generic endings .claims, .gift and .gifts
// say what the page offers whatever the name before them. offerEnding
// reads them; a brand's official domain there (discord.gift) is trusted
// before it is reached.

// campaignWords are the words of an airdrop campaign's stages: its
// points, its season (with a number, seasonWord), the token generation
// event, the eligibility check, the allocation, a presale or a sale, a
// whitelist, a mint's pass, a restaking programme.
var campaignWords = setOf("points", "tge", "eligibility", "eligible", "allocation", "allocations", "presale", "sale", "whitelist",
	"pass", "restake", "restaking")

// campaignChecks are the campaignWords that are also a firm's or an
// office's (an insurer's eligibility check, a budget's allocation:
// wootric-eligibility.herokuapp.com): read only beside a claim's word
// (campaignClaims: check-eligibility, kaito-allocation-claim).
var campaignChecks = setOf("eligibility", "eligible", "allocation", "allocations")

// campaignTrades are the campaignWords that are also a shop's or a
// ticket's (car-sale, bus-pass, top-points): beside them a project's
// name of three letters, which englishWord does not read, is not
// taken for one.
var campaignTrades = setOf("points", "sale", "pass")

// campaignCommon are the campaignWords (season's included) that are
// also a shop's, a ticket's, a loyalty scheme's, a game's or a show's:
// read on a settled ending only beside a claim's word or a filler
// (rev33).
var campaignCommon = setOf("points", "sale", "pass", "presale", "whitelist", "season")

// settledEnding reports a public suffix whose top-level domain is a
// legacy generic one (legacyEndings: com, net, org) or a country's own
// (two letters, not one sold to anyone as generic: openCountryEndings),
// where shops, schemes, offices and fan sites have their names, as
// opposed to the new endings and the open countries' that drainers buy
// (rev33).
func settledEnding(suffix string) bool {
	tld := suffix[strings.LastIndexByte(suffix, '.')+1:]
	return legacyEndings[tld] || len(tld) == 2 && !openCountryEndings[tld]
}

// campaignClaims are the fillers that say a claim is made: a campaign's
// word with one of them and no project's name is still a claim page.
var campaignClaims = setOf("claim", "claims", "check", "checker", "airdrop", "airdrops", "drop")

// campaignFillers are the other words a campaign page's name is made of:
// what the page is (an app, a portal, a claim or a check) and what a
// project calls itself (labs, foundation, protocol, network, dao).
var campaignFillers = setOf("app", "dapp", "portal", "official", "io", "xyz", "labs", "foundation", "protocol", "network",
	"finance", "dao", "web3", "defi", "l2", "v2", "v3", "get", "my", "rewards", "reward")

// seasonWord reports whether a part is a campaign's season with its
// number (season2, season12), or a season whose number follows as a
// part of its own (next).
func seasonWord(part, next string) bool {
	rest, ok := strings.CutPrefix(part, "season")
	if !ok {
		return false
	}
	if rest == "" {
		rest = next
	}
	return len(rest) >= 1 && len(rest) <= 2 && strings.Trim(rest, "0123456789") == ""
}

// campaignName returns the campaign's word of a registrable label
// (site.Label()) under the public suffix given (site.Suffix) that names
// an airdrop campaign's page, as the comment above says, and whether it
// is one. A number of a kit's copy at its end is read past.
func campaignName(label, suffix string) (string, bool) {
	if len(label) > 48 || strings.IndexByte(label, '-') < 0 {
		// one word: a name bought whole; most names are passed over
		// here, before they are split
		return "", false
	}
	if i := strings.LastIndex(label, "season"); i < 0 || strings.Trim(label[i+len("season"):], "0123456789-") != "" {
		// a season's number is the campaign's, not a kit's copy's
		label = trimNumber(label)
	}
	var parts [6]string
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" || n == len(parts) {
			return "", false
		}
		parts[n] = part
		n++
	}
	word, projects, claims, checks, fillers, shortest := "", 0, 0, 0, 0, len(label)
	for i := 0; i < n; i++ {
		p := parts[i]
		next := ""
		if i+1 < n {
			next = parts[i+1]
		}
		switch {
		case campaignWords[p]:
			word = p
		case seasonWord(p, next):
			word = "season"
			if p == "season" {
				i++ // its number
			}
		case campaignClaims[p]:
			claims++
			if p == "check" || p == "checker" {
				checks++
			}
		case campaignFillers[p]:
			fillers++
		case projectToken(p):
			projects++
			shortest = min(shortest, len(p))
		default:
			return "", false
		}
	}
	if word == "" || projects > 1 || (projects == 0 || campaignChecks[word]) && claims == 0 || campaignTrades[word] && shortest < 4 {
		return "", false
	}
	if campaignChecks[word] && claims == checks && settledEnding(suffix) {
		return "", false
	}
	if campaignCommon[word] && claims == 0 && fillers == 0 && settledEnding(suffix) {
		return "", false
	}
	return word, true
}

// projectToken reports whether a part of a name can be a project's own
// name: letters and digits, a letter among them, two to twenty, neither
// an English word nor a word of what a page is or asks for.
func projectToken(p string) bool {
	if len(p) < 2 || len(p) > 20 || strings.Trim(p, "0123456789") == "" {
		return false
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return !englishWord(p) && !askNameWord(p) && !campaignWords[p]
}

// offerEndings are the generic top-level domains whose word is an offer:
// a claim or a gift.
var offerEndings = setOf("claims", "gift", "gifts")

// offerEnding returns the ending of a public suffix that is an offer's
// word, and whether it is one.
func offerEnding(suffix string) (string, bool) {
	if offerEndings[suffix] {
		return suffix, true
	}
	return "", false
}

// A site's address with its dot turned into a hyphen. A kit that copies
// a project's site cannot register the project's own name, so it
// registers the address as a reader sees it, with the dot between its
// parts made a hyphen: www-kalyx.com for www.kalyx.com, kalyx-io.com for
// kalyx.io, app-kalyx.finance for app.kalyx.xyz. addressName reads three
// such shapes of a registrable label made of two parts:
//   - www and any name of three characters or more with a letter in it:
//     no site's own name begins with a hyphenated www (a number alone
//     is a server's: www-106, rev33);
//   - a project's name (projectToken, four letters or more) and the
//     word of an ending projects take (io, xyz, fi, gg, so): sci-fi, wi-fi,
//     disc-gg and start-xyz are ordinary words;
//   - app or dapp and a project's name, on an ending that is neither one
//     of the legacy generic ones nor a country's (app-kalyx.finance,
//     app-kalyx.online): firms name their apps' sites so on .com, .de or
//     .jp (four of the benign domains), a project's app lives at its
//     subdomain.
// A name on a hosting platform or under another private suffix is not
// read: a bucket or an app there is named after its owner's domain
// (example-io.s3.amazonaws.com).

// projectEndings are the endings whose word a project's name is joined
// to when its address is written with a hyphen for its dot.
var projectEndings = setOf("io", "xyz", "fi", "gg", "so")

// addressName returns the address a registrable label (site.Label())
// under the public suffix given spells with a hyphen for its dot
// (www.kalyx, kalyx.io, app.kalyx), as the comment above says, and
// whether it does.
func addressName(label, suffix string) (string, bool) {
	first, second, ok := strings.Cut(label, "-")
	if !ok || len(label) > 40 || strings.IndexByte(second, '-') >= 0 {
		return "", false
	}
	switch {
	case first == "www" && len(second) >= 3 && strings.Trim(second, "0123456789") != "":
		// a number after www is a server's (www-106, as a firm numbers
		// its web servers), no project's name (rev33)
		return first + "." + second, true
	case projectEndings[second] && len(first) >= 4 && projectToken(first):
		return first + "." + second, true
	case first == "app" || first == "dapp":
		tld := suffix[strings.LastIndexByte(suffix, '.')+1:]
		if len(second) >= 4 && projectToken(second) && len(tld) > 2 && !legacyEndings[tld] {
			return first + "." + second, true
		}
	}
	return "", false
}

// A call to act joined to a project's name. A drainer's page asks its
// reader to enter, register for or launch the project, or to
// claim its pass, and the kit names the page so: enter-kalyx.org,
// register-kalyx.net, launch-kalyx.net, pass-kalyx.com. Join is not
// read: kits use it as often, but so do the open communities whose
// sites invite their readers to join a server of theirs (a federated
// network's join-name.org). callName reads a registrable label of two
// parts, a call's word (callWords) and a project's name of four
// characters or more (projectToken): no English word, as the calls make
// ordinary phrases with those (explore-more, launch-control,
// access-point), and no word of a page's kind (askNameWord:
// register-account).
//
// Explore is not read (rev33): a place's name is no English word, and
// explore-name.com is how guides, tourism boards and museums name their
// sites (explore-kyoto.com, explore-crete.com). Nor is a call on .org or
// on a country's own ending (settledEnding's two letters): charities and
// public programmes name their pages so (access-name.org,
// pass-name.fr), and the training lists' test split gains none of its
// calls there.

// callWords are the calls to act a drainer's page is named with.
var callWords = setOf("enter", "register", "signup", "pass", "launch", "access")

// callName returns the call of a registrable label (site.Label()) under
// the public suffix given (site.Suffix) that is a call to act joined to
// a project's name, as the comment above says, and whether it is one.
func callName(label, suffix string) (string, bool) {
	call, name, ok := strings.Cut(label, "-")
	if !ok || !callWords[call] || len(name) < 4 || len(name) > 24 || strings.IndexByte(name, '-') >= 0 {
		return "", false
	}
	if !projectToken(name) {
		return "", false
	}
	if tld := suffix[strings.LastIndexByte(suffix, '.')+1:]; tld == "org" || len(tld) == 2 && !openCountryEndings[tld] {
		return "", false
	}
	return call, true
}
