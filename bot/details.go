package bot

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/immunebot/immune/bot/model"
)

// detail is a reason's explanation before it is put in words: a key into
// each language's details table and the arguments. Arguments are shown as
// they are (domains, file names), except where the key says an argument
// is a word to translate (a file kind, a lure category, an age).
type detail struct {
	key  string
	args []string
}

func say2(key string, args ...string) detail { return detail{key: key, args: args} }

// DetailIn returns the reason's explanation in a language. Reasons made
// elsewhere with only an English Detail (feeds, for instance), and those a
// store read back without their explanation (written by an earlier
// version), keep it.
func (r *Reason) DetailIn(l Lang) string {
	return r.detailFor(textsFor(l))
}

// Explanation returns the reason's explanation before it is put in words:
// a key of the languages' tables of details and its arguments (domains,
// names, counts). The key is empty for a reason that has only its English
// Detail. A store keeps both beside Detail and gives them back with
// SetExplanation, so that a reason read back (a case's, for /why) is
// explained in the reader's language.
func (r *Reason) Explanation() (key string, args []string) {
	return r.text.key, r.text.args
}

// SetExplanation gives a reason read back from a store the explanation
// Explanation returned. A key no language knows (written by a later
// version) is ignored: the reason keeps its Detail.
func (r *Reason) SetExplanation(key string, args []string) {
	if _, ok := english.details[key]; !ok || len(args) < minArgs[key] {
		r.text = detail{}
		return
	}
	r.text = detail{key: key, args: args}
}

// minArgs are the arguments render reads by position, by key: a stored
// explanation with fewer (a damaged record) is not used.
var minArgs = map[string]int{"new_member": 1, "fan_out": 3, "too_many": 3, "compromised": 2, "phishing_pattern": 1}

// detailFor is DetailIn for a language's texts.
func (r *Reason) detailFor(t *texts) string {
	if r.text.key == "" {
		return r.Detail
	}
	return r.text.render(t)
}

// inEnglish is render(&english), remembered: the same findings come back
// message after message (a lure's words, a newcomer's minutes, a host
// written disguised), and putting one in words costs more than judging
// the link it is about. The English texts never change while the process
// runs.
func (d detail) inEnglish() string {
	var buf [256]byte
	// the key and each argument after its length: no two lists of them
	// are written alike, not even when one key starts another (raw_ip,
	// raw_ip_port)
	key := append(binary.AppendUvarint(buf[:0], uint64(len(d.key))), d.key...)
	for _, a := range d.args {
		key = append(binary.AppendUvarint(key, uint64(len(a))), a...)
		if len(key) > len(buf) {
			return d.render(&english) // too long to be worth keeping
		}
	}
	sh := &renderCache[maphash.Bytes(renderSeed, key)%uint64(len(renderCache))]
	sh.mu.RLock()
	s, ok := sh.m[string(key)]
	sh.mu.RUnlock()
	if ok {
		return s
	}
	s = d.render(&english)
	sh.mu.Lock()
	if len(sh.m) >= renderShardMax {
		clear(sh.m)
	}
	if sh.m == nil {
		sh.m = make(map[string]string)
	}
	sh.m[string(key)] = s
	sh.mu.Unlock()
	return s
}

// renderCache holds the English details rendered recently, by key and
// arguments; each shard is emptied when full.
var (
	renderSeed  = maphash.MakeSeed()
	renderCache [16]struct {
		mu sync.RWMutex
		m  map[string]string
	}
)

const renderShardMax = 1024

func (d detail) render(t *texts) string {
	f, ok := t.details[d.key]
	if !ok {
		f = english.details[d.key]
	}
	if len(d.args) == 0 && !strings.Contains(f, "%") {
		return f // nothing to fill in: no formatting, no copy
	}
	args := d.args // strings all: sprintf fills them in without fmt's general path
	switch d.key {
	case "link_file", "file", "double_ext", "mime_mismatch", "rtl":
		// the argument named "kind" is a file kind to put in words
		args = slices.Clone(d.args)
		for i, a := range d.args {
			if k, ok := strings.CutPrefix(a, "kind:"); ok {
				args[i] = t.fileWhatLong[k]
			} else if k, ok := strings.CutPrefix(a, "what:"); ok {
				args[i] = t.fileWhat[k] // the plain name, for a download only noted
			} else if k, ok := strings.CutPrefix(a, "decoy:"); ok {
				args[i] = t.decoyWhat[k]
			}
		}
	case "lure":
		// pairs of a lure category and the phrase that matched
		var parts []string
		for i := 0; i+1 < len(d.args); i += 2 {
			parts = append(parts, sprintf("%s (%q)", t.lureNames[d.args[i]], d.args[i+1]))
		}
		return sprintf(f, strings.Join(parts, ", "))
	case "notice_link", "notice_named":
		// the first argument is a notice kind to put in words
		args = slices.Clone(d.args)
		args[0] = t.lureNames[d.args[0]]
	case "new_member":
		minutes, _ := strconv.Atoi(d.args[0])
		return sprintf(f, t.age(minutes))
	case "fan_out":
		minutes, _ := strconv.Atoi(d.args[2])
		return fmt.Sprintf(f, t.spreadWhat(d.args[0]), d.args[1], t.age(minutes))
	case "too_many":
		// the links cap (0: not reached), the number of files, the files cap
		links, _ := strconv.Atoi(d.args[0])
		files, _ := strconv.Atoi(d.args[1])
		most, _ := strconv.Atoi(d.args[2])
		var what []string
		if links > 0 {
			what = append(what, fmt.Sprintf(t.details["too_many_links"], links, links))
		}
		if files > most {
			what = append(what, fmt.Sprintf(t.details["too_many_files"], files, most))
		}
		return fmt.Sprintf(f, strings.Join(what, t.details["and"]))
	case "compromised":
		when := d.args[0] // RFC 3339, written as /why and the audit write times
		if at, err := time.Parse(time.RFC3339, when); err == nil {
			when = at.UTC().Format("2006-01-02 15:04 UTC")
		}
		return fmt.Sprintf(f, when, t.evidence(d.args[1]))
	case "phishing_pattern":
		// the families' texts joined by ", " in one buffer, not each
		// made and then joined (a flagged link's explanation is rendered
		// as it is judged)
		var buf [256]byte
		parts, n := buf[:0], 0
		for _, a := range d.args[1:] {
			fam, words, _ := strings.Cut(a, ":")
			k, _ := strconv.Atoi(fam)
			s := t.families[k]
			fill := strings.Contains(s, "%s")
			if fill && words == "" {
				continue // "the words  in its path": nothing to name
			}
			if n > 0 {
				parts = append(parts, ", "...)
			}
			if fill {
				parts = appendSprintf(parts, s, words)
			} else {
				parts = append(parts, s...)
			}
			n++
		}
		if n == 0 {
			parts = append(parts, t.families[model.Spelling]...)
		}
		return sprintf(f, d.args[0], string(parts))
	}
	return sprintf(f, args...)
}

// age says how long ago something was, in minutes, in words.
func (t *texts) age(minutes int) string {
	switch {
	case minutes < 1:
		return t.ages[0]
	case minutes < 2:
		return t.ages[1]
	case minutes < 60:
		return fmt.Sprintf(t.ages[2], minutes)
	case minutes < 120:
		return t.ages[3]
	}
	return fmt.Sprintf(t.ages[4], minutes/60)
}

// fanOutEvidence writes why an account was marked compromised, in no
// language, for the store: what was spread, into how many chats, within
// how many minutes. evidence puts it in words.
func fanOutEvidence(spread string, chats int, window time.Duration) string {
	return "fan_out " + spread + " " + strconv.Itoa(chats) + " " + strconv.Itoa(int(window.Minutes()))
}

// evidence puts stored evidence in words. Evidence stored in English
// before it was kept in no language is shown as it is.
func (t *texts) evidence(e string) string {
	// what was spread, the chats, the minutes; what was spread was
	// written as "link (its target)" before it was a key (spreadWhat)
	f := strings.Fields(e)
	if len(f) < 4 || f[0] != "fan_out" {
		return e
	}
	minutes, err := strconv.Atoi(f[len(f)-1])
	if err != nil {
		return e
	}
	spread, ok := t.spread[f[1]]
	if !ok {
		return e
	}
	return fmt.Sprintf(t.details["evidence_fan_out"], spread, f[len(f)-2], t.duration(time.Duration(minutes)*time.Minute))
}

// spreadWhat puts in words what a fan-out spread (describeFingerprint's
// key). A reason read back from a store that names it otherwise (written
// as "link (its target)" by an earlier version) is named by its first
// word, or as it was written.
func (t *texts) spreadWhat(key string) string {
	if s, ok := t.spread[key]; ok {
		return s
	}
	first, _, _ := strings.Cut(key, " ")
	if s, ok := t.spread[first]; ok {
		return s
	}
	return key
}

// patternArgs writes the arguments of a phishing_pattern detail: the
// link, then each family that raised the score with its words.
func patternArgs(shown string, cs []model.Contribution) []string {
	args := make([]string, 1, 1+len(cs))
	args[0] = shown
	for i := range cs {
		c := &cs[i]
		// the family, a colon and its words joined by ", ", written
		// into a string of its own length
		fam := strconv.Itoa(int(c.Family))
		size := len(fam) + 1
		for _, w := range c.Words {
			if w != "" {
				size += len(w) + 2
			}
		}
		var b strings.Builder
		b.Grow(size)
		b.WriteString(fam)
		b.WriteByte(':')
		first := true
		for _, w := range c.Words {
			if w == "" {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			b.WriteString(w)
			first = false
		}
		args = append(args, b.String())
	}
	return args
}

var englishDetails = map[string]string{
	"blocklisted":            "%s is on the block list (%s)",
	"listed_by":              "%s is listed by %s (%s)",
	"redirect":               "%s leads to %s (%s)",
	"wrapped":                "the link opens %s through %s's redirect",
	"proxied":                "the link shows %s through %s",
	"carried":                "the link sends the reader on to %s",
	"too_deep":               "the link is wrapped in more redirects than any site writes (%s); where it leads is hidden",
	"too_many":               "the message carries %s",
	"too_many_links":         "more than %d links; only the first %d were checked",
	"too_many_files":         "%d files; only the first %d were checked",
	"and":                    ", and ",
	"evidence_fan_out":       "the same %s in %s chats within %s",
	"ip_logger":              "%s is an IP logger: it records the address of everyone who clicks",
	"shortener":              "%s is a link shortener: where the link really goes is hidden",
	"domain_in_host":         "%s only starts like %s; it belongs to %s",
	"homoglyph":              "%s imitates %s (%s) with look-alike characters",
	"lookalike":              "%s imitates %s (%s)",
	"lookalike_plausible":    "%[1]s is spelled like %[2]s (%[3]s), though %[4]s is also an ordinary word or name",
	"name_in_domain":         "%s uses the name %s but is not %s",
	"name_in_word":           "%[1]s is the ordinary word %[3]s, which holds the name %[2]s, beside %[2]s's own words in the link",
	"name_in_domain_service": "%s is named after %s and its services, as impostors name their pages, but is not %s",
	"brand_notice":           "%s is named after %s and what its notices or offers are about (a sign-in, a key, a bill, a suspension, a sale, a prize), as impostors name their pages, but is not %s",
	"name_in_subdomain":      "%[1]s puts the name %[2]s in front of %[3]s, which %[2]s does not own",
	"name_in_subdomain_lure": "%[1]s puts the name %[2]s in front of %[3]s, which %[2]s does not own, beside words of what phishing asks for (%[4]s)",
	"name_in_tenant":         "%[1]s is a host named %[2]s on %[3]s, a service that gives each customer a host of its own: %[2]s's, or anyone's who signed up first",
	"tenant_lure":            "%[1]s is named %[2]s on %[3]s, where anyone can sign up and pick the name, and the message beside it lures",
	"claimed_sender":         "the message speaks as %[2]s and asks, but its link goes to %[1]s, a domain that carries the name and is not %[2]s's own; a company's notice links its own site",
	"hosted_tool":            "%[1]s is a site anyone can make on %[3]s, named after %[2]s and what a sign-in page asks for (%[4]s)",
	"hosted_tool_lure":       "%[1]s is a site anyone can make on %[3]s, named after %[2]s, and the message beside it asks for a sign-in or a check",
	"bucket_page":            "%[1]s is a page in a storage bucket anyone can make, named for a bill or a sign-in (%[2]s)",
	"tenant_path":            "%[1]s is a page named %[2]s on %[3]s, where anyone can sign up and pick the name, and its address asks for what phishing asks for (%[4]s)",
	"hosting_brand":          "%[1]s is a site anyone can make on %[3]s, named after %[2]s",
	"user_content":           "%[1]s is a page anyone can publish on %[2]s, named after %[3]s",
	"user_content_words":     "%[1]s is a page anyone can publish on %[2]s, with bait words in its address: %[3]s",
	"mixed_script":           "%s mixes letters of different alphabets in one name, a trick to imitate another site",
	"suspicious_tld":         ".%s names are cheap or free and widely used for scams",
	"domain_words":           "%s is built from words phishing and scam sites use: %s",
	"drop_name":              "%[1]s joins a coin's name (%[2]s) to %[3]s, as fake airdrop pages are named",
	"skin_name":              "%[1]s joins the name %[2]s (an esports team, a tournament or Counter-Strike) to a number or to words of skins and prizes, as the scams that steal Steam accounts name their sites",
	"program_name":           "%[1]s joins a word of a Discord programme (%[2]s) to %[3]s, as fake moderator, HypeSquad and bug hunter applications are named",
	"bot_name":               "%[1]s joins the name of a Discord bot or a game server (%[2]s) to %[3]s, as fake bot dashboards and stores are named",
	"typosquat":              "%[1]s imitates %[2]s (%[3]s): %[4]s is its name misspelt by one letter, as typosquatters register",
	"typosquat_split":        "%[1]s imitates %[2]s (%[3]s): it is the name cut by a hyphen and nothing else",
	"typosquat_letters":      "%[1]s imitates %[2]s (%[3]s): %[4]s is its name misspelt, read letter by letter (k for c, l for i or o, a plural s)",
	"typosquat_scrambled":    "%[1]s imitates %[2]s (%[3]s): %[4]s is its long name with the letters shuffled, doubled or swapped",
	"lure_misspelt":          "%[1]s writes %[2]s, a word of what gift scams offer, misspelt by a letter as %[3]s, as such sites write it to pass filters",
	"stat_name":              "%[1]s joins %[2]s, Discord's name cut short, to %[3]s, a word of what a server or bot statistics site shows, as the scams that pose as such sites name them",
	"game_name":              "%[1]s joins %[2]s, a game's name or what its players pay for, to %[3]s, a word of what a giveaway or a gamble offers, as the scams that steal players' accounts name their sites",
	"disguised_word":         "%[1]s writes %[2]s's own word %[3]s with a digit or an l for an i (%[4]s), as scams do to pass filters that look for the word",
	"sub_misspelt":           "%[1]s puts the name %[2]s, misspelt or run together with more (%[4]s), in front of %[3]s, which %[2]s does not own",
	"scrambled_discord":      "%[1]s spells Discord's name with its letters moved about (%[2]s), as fake Nitro and gift sites are named",
	"guard_name":             "%[1]s is named after a server guard's check (%[2]s), as fake captcha and spam-check pages are named",
	"campaign_name":          "%[1]s is a project's name with a word of an airdrop campaign (%[2]s), as fake claim pages are named",
	"notice_name":            "%[1]s is named for a notice (%[2]s, %[3]s), as the sites of toll, parcel, fine, tax and refund text scams are",
	"gear_shop_name":         "%[1]s is named for gear on sale (%[2]s, %[3]s), as the fake shops selling printers, filament, graphics cards and consoles too cheaply are",
	"short_vi_name":          "%[1]s hides where it leads behind a link shortener, and the name it was given joins %[2]s to %[3]s, what a Vietnamese text scam has you do or promises; the real service links its own site",
	"ip_lure_path":           "%[1]s goes to a bare IP address whose page is named for a refund, a prize or an account's check (%[2]s); real shops, banks and services link their own named site",
	"vi_action_name":         "%[1]s joins the name %[2]s to %[3]s, a Vietnamese word of what a scam's page has you do (protect, verify, activate, sync, renew, pay, redeem a gift), as the sites of Vietnamese text scams are named; the real service links its own site",
	"offer_ending":           "%[1]s is on the .%[2]s ending, whose word is the offer itself, as fake claim and gift pages are named",
	"address_name":           "%[1]s writes a site's address with a hyphen for its dot (%[2]s), as copies of a project's site are named",
	"call_name":              "%[1]s is a call to act (%[2]s) joined to a project's name, as drainers' sign-up and launch pages are named",
	"raw_ip":                 "the link goes to a bare IP address (%s), not a named site",
	"raw_ip_port":            "the link goes to a bare IP address on an unusual port (%s), the way malware is served",
	"link_file":              "the link downloads %s, %s",
	"link_archive":           "the link downloads an archive (%s), a common wrapper for malware",
	"mailed_archive":         "the link downloads %[1]s, a compressed file named as paperwork (%[2]q), as droppers are mailed in wrappers filters open less often than a zip",
	"hidden_chars":           "invisible characters are hidden inside the link to %s",
	"disguised":              "the link to %s is written broken up (hxxp, [.], (dot), spaced dots) to slip past filters",
	"numeric_ip":             "the link's address is written as a number that browsers read as the IP address %s: written so only to hide where it leads",
	"pickle_file":            "%s, a place anyone puts files, serves %s, a pickled file: loading it (torch.load, pickle, joblib) runs whatever program it holds",
	"weights_site":           "%s, a stranger's site on a cheap ending or named like a model hub's, serves %s, a model file that runs whatever program it holds when loaded",
	"package_index":          "a pasted %s command installs from %s, a stranger's index or registry: what it installs runs its maker's code",
	"impostor_site":          "%s is a stranger's site named after %s with a word joined to it, not the program's own, and serves %s: the way trojanized installers are spread",
	"forge_owner":            "the link downloads %[1]s from %[2]s, an account named after %[3]s with a release's or a fix's word beside it, not the program's own: malware is handed around as a program's nightly, fixed or portable build from such accounts",
	"forge_owner_run":        "a pasted command (%s) fetches and runs a script from %s, an account named after %s with a word beside it, not the program's own",
	"forge_fix_run":          "a pasted command (%s) fetches and runs a stranger's script from %s, named and offered as a fix",
	"forge_cheat":            "the link downloads %s from %s, a repository named for a cheat, a crack or a game's fix: programs passed around so are how stealers reach players",
	"forge_linux_tool":       "the link downloads %s, a Windows program, from %s, named for a tool only Linux runs: a Windows installer is not that tool",
	"impostor_run":           "a pasted command (%s) fetches and runs a script from %s, a stranger's site named after %s, not the program's own",
	"kind_site":              "%s is a stranger's site named for a kind of program (%q), not a project's own, and serves %s: the way trojanized firmware, emulators and installers are spread",
	"typo_package":           "%s is the page of %s, a package named one slip from the well-known %s: a typosquat, whose install runs its maker's code",
	"typo_install":           "a pasted install command names %s, one slip from the well-known package %s: a typosquat, whose install runs its maker's code",
	"file_site":              "%s is a site whose name reads as a file's (%q under .zip or .mov): a reader expecting a file opens a stranger's site",
	"deal_paper":             "%s serves %s, a brand deal's paper (%q) as an archive or a program: brands send briefs, contracts and media kits as documents, and a wrapped one is how stealers reach creators",
	"crack_site":             "%s is a stranger's site named after %s with %q joined to it, not the program's own: how cracked programs and plugins carrying stealers are handed out",
	"disguised_undo":         "the link to %s is written broken up to slip past filters, and the message tells the reader to mend it (%q)",
	"disguised_act":          "the link to %s is written broken up to slip past filters, and the message asks the reader to act there (%q)",
	"disguised_calls":        "the link to %s is written broken up to slip past filters, and the message tells the reader to mend it (%q) and act there (%q)",
	"userinfo":               "the link hides its real destination %s behind text with an @",
	"userinfo_domain":        "the link shows %s but goes to %s (everything before the @ is ignored)",
	"masked":                 "the link text shows %s but it goes to %s",
	"rtl":                    "the file name %q uses a right-to-left override to hide that it is %s (.%s)",
	"double_ext":             "%s is %s disguised as %s",
	"mime_mismatch":          "%s is sent as %s but named like something else",
	"file":                   "%s is %s",
	"lure":                   "lure words: %s",
	"new_member":             "the sender joined %s before posting this",
	"mass_mention":           "the message pings everyone (@everyone / @here) with a link or file",
	"mass_lure":              "the message pings everyone (@everyone / @here) with bait, the way hijacked accounts advertise scams",
	"edit_added_link":        "a link was added by editing the message after it was posted",
	"echo":                   "%s is named after the lure in the message (%q)",
	"short_brand":            "%[1]s hides where it leads behind a link shortener, in a message that speaks for %[2]s and asks to unlock, verify or update an account; %[2]s would link its own site",
	"gov_name":               "%[1]s dresses up as a government site (%[2]q) but is not under a government's ending (such as gov.vn or .gov)",
	"form_secret":            "%[1]s is a form anyone can make on %[2]s, and the message asks for %[3]q in it; no bank, shop or office asks for that on a form",
	"form_prize":             "%[1]s is a form anyone can make on %[2]s, offered to claim a prize (%[3]q); prizes are not claimed on a stranger's form",
	"fake_check":             "the message asks to paste a command and run it as a check that you are human (%[1]s), beside %[2]s: no real CAPTCHA or site check asks anyone to run anything; the command installs malware",
	"run_paste":              "the message pastes a command (%[1]s) that downloads what someone put on a paste site (%[2]s) and runs it at once: projects publish no installer there, and malware is handed out so",
	"run_command":            "the message pastes a command (%[1]s) that downloads what %[2]s serves and runs it at once, and %[2]s is not a known project's site (a fresh or odd-looking name, a bare address or no TLS)",
	"run_command_lure":       "the message pastes a command (%[1]s) that downloads what %[2]s serves and runs it at once, beside bait words (%[3]q)",
	"run_hidden":             "the message pastes a command (%[1]s) that downloads what %[2]s serves and runs it at once in a hidden window: projects' install lines never hide what they run",
	"group_invite":           "%[1]s invites into a messenger group, beside the words of a paid-task, trading or betting scheme (%[2]s): such groups take deposits for tasks or tips and keep them",
	"download_name":          "%[1]s is named as fake download sites are: a program's name (%[2]q) joined to a download word; a program's maker names its site after the program alone",
	"delivery_name":          "%[1]s is named as sites serving fake downloads are: a program's or a store's name (%[2]q) joined to a word of delivering files (cdn, files); a maker serves its files from a host of its own site (cdn.NAME.com), not from a name of its own",
	"fake_download":          "the link downloads %[1]s from %[2]s, which takes the name of %[3]s but is not its maker's site (%[4]s): fake download sites spread malware under popular programs' names",
	"lure_page":              "%[1]s is a page named for what phishing asks (%[2]s), on a platform where anyone can put a page up under a name that tells nothing of who runs it",
	"paperwork_page":         "%[1]s is a page or document over plain HTTP whose path names paperwork (%[2]s), beside a message that offers paperwork: a document lure's page put on a site it broke into; a site's own papers are linked over HTTPS",
	"brand_code_host":        "%[1]s carries the name %[2]s beside a one-time code's word, and the message asks about a code: %[2]s sends its codes itself and asks for them only in its own app or site; whoever gets the code signs in as you",
	"root_credential_page":   "%[1]s is a single page at the root of a site, named for a sign-in and nothing else (%[2]s): the page a phishing kit puts on a site it broke into; a site's own sign-in is reached from its home page",
	"kit_folder_brand":       "%[1]s is a folder named for %[2]s at the root of a site that is not %[2]s's: a phishing kit unpacked onto a site it broke into, under the name of the brand it imitates",
	"kit_folder_mail":        "%[1]s is a webmail's folder (%[2]s) at the root of a site that is no mail server: a phishing kit unpacked onto a site it broke into, asking for a mailbox's password",
	"hosted_brand_page":      "%[1]s is a page on a site anyone can put up on a hosting or storage platform, in a folder named for %[2]s and nothing else: a kit uploaded under the brand it imitates; the brand's pages are on its own site",
	"authority_name":         "%[1]s is named for the police or a court (%[2]s), beside a threat in their name: the authorities' own sites are on their government's domain",
	"brand_domain_subdomain": "%[1]s puts the name of a domain of %[2]s in front of a domain %[2]s does not own, built from words phishing sites use",
	"ipfs_upload_root":       "%[1]s is the root of an upload anyone can put on IPFS, posted alone or beside a claim's or a check's words: drainers and fake claims publish there because no host can take it down; a project's real page has a name of its own",
	"hosted_brand_sign_in":   "%[1]s is a page named for %[2]s and a sign-in or a check, on a site anyone can put up on a hosting platform under a name of their own: %[2]s's sign-in is on its own site, not on a stranger's",
	"tunnel_brand_page":      "%[1]s is a page named for %[2]s and a sign-in or a check on a tunnel to somebody's own machine: %[2]s's own pages are on its own site, never on a tunnel to a stranger's computer",
	"tunnel_brand_login":     "%[1]s is a sign-in page on a tunnel to somebody's own machine, beside a message that asks you to verify %[2]s: the brand's sign-in page is on its own site",
	"lure_package":           "%[1]s is a package anyone can publish there, named %[2]s after %[3]s with the words of a fake wallet helper (%[4]s): a brand publishes its tools under its own name or scope",
	"lure_page_premium":      "%[1]s is a site named for a lure with a page named for one too (%[2]s), as drainers' and fake prizes' links are",
	"fake_release":           "the link downloads %[1]s from %[2]s, a repository that publishes a build named after %[3]s but is not its maker's: malware is passed around in code hosts' releases under popular programs' names",
	"impostor_release":       "the link downloads %[1]s from %[2]s, a repository named as an impostor's (%[3]q): a project publishes its builds in its own repository, and copies made to be found in its place are how malware is passed around",
	"project_page":           "the link's path ends in %[1]s, named as a JavaScript project is, in %[2]s: most likely a page about the project, not a script to download",
	"free_site_jar":          "the link downloads %[1]s, a Java program, from %[2]s, a site anyone makes for free on %[3]s: libraries, builds and mods are linked from registries, build servers, code hosts and mod stores, and fake mods and installers from sites made that day",
	"code_script":            "the link downloads %[1]s, a Windows script anyone can put in a repository on %[2]s, named as droppers are (%[3]q): a project names its installer script install.ps1 and its other scripts for what they do",
	"code_archive":           "the link downloads %[1]s, an archive anyone can put in a repository on %[2]s, named as droppers are (%[3]q): a project names its archives after itself, and a loader's output or a lure's papers packed in a repository are how malware is passed around",
	"typo_download":          "the link downloads %[1]s from %[2]s, a site whose name is one letter off the program's (%[3]s): a project serves its builds from a site named as they are, and fake download sites take a program's name with a letter dropped, added or changed",
	"passed_for_download":    "the link downloads %[1]s from %[2]s, a site named after the file it serves and after %[3]s, whose maker's site it is not: fake download sites take the name of the program they pass for",
	"named_beside":           "the message offers %[2]s beside %[1]s, a link that names no file: what it delivers is what the message says it is, a program or a dropper's archive from a file anyone can upload, which is how malware is passed around",
	"planted_program":        "the link downloads %[1]s, a program on %[2]s in a folder of the site's uploads or pages (%[3]s) and not named after the site: makers publish their installers under their own name, and programs planted on a hacked site sit among its uploads",
	"stray_script":           "the link downloads %[1]s, a shell script on %[2]s in a folder of the site's pages or uploads (%[3]s): a project publishes its installer script for curl | sh at its site, not among a blog's images, themes or uploads, where scripts planted on a hacked site sit",
	"cheap_site_jar":         "the link downloads %[1]s, a Java program, from %[2]s, a name on the cheap .%[3]s ending: libraries, builds and mods are linked from registries, build servers, code hosts and mod stores, and fake game clients and mod installers from names bought for next to nothing",
	"off_store_extension":    "the link downloads %[1]s, a browser extension's package, from %[2]s rather than a browser's extension store: extensions passed around by link are how session and wallet stealers are installed",
	"game_test_lure":         "the message asks the reader to test or try a game (\"%[2]s\") and gives %[1]s, a place anyone can put a program: a friend's game to test, from an account that may have been taken over, is how stealers of accounts and wallets are passed around gaming communities",
	"cheat_lure":             "the message offers a game's cheat or an account tool (\"%[2]s\") at %[1]s, a place anyone can put a program: free cheats, executors, generators of a game's money and Nitro tools are how stealers of accounts and wallets are passed around",
	"piracy_lure":            "the message offers a console's keys, a BIOS pack, unlocked DLC or a modded app (\"%[2]s\") at %[1]s, a place anyone can put a program: such offers are how stealers reach emulation fans, gamers and phone users",
	"crack_lure":             "the message offers a cracked program or a licence for nothing (\"%[2]s\") at %[1]s, a place anyone can put a program: cracks, keygens and activators are how stealers reach the people who run servers",
	"bot_money_lure":         "the message offers a bot that makes money (\"%[2]s\") at %[1]s: bots to paste into Remix and fund, or to run with a wallet's private key, send the money to whoever wrote them",
	"fix_package_lure":       "the message pushes %[1]s, a package named as the fix of another's, as the way to fix a bug (\"%[2]s\"): a stranger's package pushed in chat runs its own code at install, which is how developers' wallets and keys are stolen",
	"take_home_lure":         "the message asks for a hiring test to be run (\"%[2]s\") from %[1]s: a stranger's project that a job's interview asks to install and start runs its own code on the candidate's computer, which is how fake recruiters steal developers' wallets and keys",
	"share_bait":             "the link %[1]s is a file shared on %[2]s by an id, with no name to judge it by, offered with %[3]s: cracks, cheats, friends' games, archives with a password, requests to run a file as administrator or with the antivirus off, and invoices to view are how malware is passed around on file hosts",
	"bait_download":          "the link downloads %[1]s, a file anyone can upload to %[2]s, offered as %[3]q: cracks, cheats, free-currency generators and friends' games are how malware is passed around",
	"bait_release":           "the link downloads %[1]s from %[2]s, offered as %[3]q: cracks, cheats, free-currency generators and friends' games are how malware is passed around",
	"unnamed_upload":         "the link downloads %[1]s from %[2]s, a Windows program whose name says nothing of the repository's and carries no version: projects name the builds they publish after themselves and number them",
	"raw_program":            "the link downloads %[1]s, a Windows program committed to a repository on %[2]s and linked raw rather than published as a release, as malware is passed around",
	"short_address":          "%[1]s is a shortened link whose path is written like an address (%[2]q), to pass for the site it hides",
	"notice_link":            "the message reads like an official notice (%[1]s: %[2]q), but %[3]s is not the office's site: it is a shortened link, a page anyone can publish or a name on a cheap ending; real notices link their own site",
	"notice_named":           "the message reads like an official notice (%[1]s: %[2]q), and %[3]s is named after the office or the notice (%[4]q) but is not the office's site; real notices link their own site",
	"phishing_pattern":       "%s looks like known phishing sites: %s",
	"first_link":             "the first link immune has seen this long-standing member post",
	"fan_out":                "this account posted the same %s in %s chats within %s, the way hijacked accounts spread",
	"compromised":            "the account was marked compromised on %s: %s",
}

var vietnameseDetails = map[string]string{
	"blocklisted":            "%s nằm trong danh sách chặn (%s)",
	"listed_by":              "%s có trong danh sách %s (%s)",
	"redirect":               "%s dẫn tới %s (%s)",
	"wrapped":                "liên kết mở %s qua trang chuyển hướng của %s",
	"proxied":                "liên kết hiển thị %s qua %s",
	"carried":                "liên kết chuyển người đọc sang %s",
	"too_deep":               "liên kết được bọc qua nhiều lớp chuyển hướng hơn bất kỳ trang nào tạo ra (%s); nơi nó dẫn tới bị giấu",
	"too_many":               "tin nhắn mang %s",
	"too_many_links":         "hơn %d liên kết; chỉ %d liên kết đầu tiên được kiểm tra",
	"too_many_files":         "%d tệp; chỉ %d tệp đầu tiên được kiểm tra",
	"and":                    ", và ",
	"evidence_fan_out":       "cùng một %s vào %s nhóm trong vòng %s",
	"ip_logger":              "%s là công cụ ghi IP: nó ghi lại địa chỉ của mọi người bấm vào",
	"shortener":              "%s là dịch vụ rút gọn liên kết: nơi liên kết thật sự dẫn tới bị che giấu",
	"domain_in_host":         "%s chỉ bắt đầu giống %s; thực ra nó thuộc về %s",
	"homoglyph":              "%s giả mạo %s (%s) bằng các ký tự trông giống nhau",
	"lookalike":              "%s giả mạo %s (%s)",
	"lookalike_plausible":    "%[1]s viết gần giống %[2]s (%[3]s), dù %[4]s cũng là một từ hay một tên bình thường",
	"name_in_domain":         "%s dùng tên %s nhưng không phải %s",
	"name_in_word":           "%[1]s là từ thông thường %[3]s, có chứa tên %[2]s, đi kèm những từ của %[2]s trong liên kết",
	"name_in_domain_service": "%s mang tên %s kèm tên dịch vụ, như cách kẻ mạo danh đặt tên trang, nhưng không phải %s",
	"brand_notice":           "%s mang tên %s kèm lời thông báo hay lời mời của dịch vụ (đăng nhập, khóa, hóa đơn, tạm ngưng, giảm giá, quà tặng), như cách kẻ mạo danh đặt tên trang, nhưng không phải %s",
	"name_in_subdomain":      "%[1]s đặt tên %[2]s trước %[3]s, tên miền mà %[2]s không sở hữu",
	"name_in_subdomain_lure": "%[1]s đặt tên %[2]s trước %[3]s, tên miền mà %[2]s không sở hữu, kèm những từ trang lừa đảo hay dùng để đòi thông tin (%[4]s)",
	"name_in_tenant":         "%[1]s là địa chỉ mang tên %[2]s trên %[3]s, dịch vụ cấp cho mỗi khách hàng một địa chỉ riêng: có thể của %[2]s, cũng có thể của bất kỳ ai đăng ký trước",
	"tenant_lure":            "%[1]s mang tên %[2]s trên %[3]s, nơi ai cũng đăng ký và tự chọn tên được, và tin nhắn đi kèm có lời dụ dỗ",
	"claimed_sender":         "tin nhắn nhân danh %[2]s và đòi hỏi, nhưng liên kết dẫn tới %[1]s, một tên miền mang tên đó mà không phải của chính %[2]s; thông báo thật của một công ty dẫn tới trang của chính nó",
	"hosted_tool":            "%[1]s là trang ai cũng tạo được trên %[3]s, mang tên %[2]s kèm những thứ trang đăng nhập giả hay đòi (%[4]s)",
	"hosted_tool_lure":       "%[1]s là trang ai cũng tạo được trên %[3]s, mang tên %[2]s, và tin nhắn đi kèm đòi đăng nhập hoặc xác minh",
	"bucket_page":            "%[1]s là trang trong kho lưu trữ đám mây ai cũng tạo được, đặt tên theo hóa đơn hoặc trang đăng nhập (%[2]s)",
	"tenant_path":            "%[1]s là trang mang tên %[2]s trên %[3]s, nơi ai cũng đăng ký và tự chọn tên được, và địa chỉ của nó đòi những thứ trang lừa đảo hay đòi (%[4]s)",
	"hosting_brand":          "%[1]s là trang ai cũng tạo được trên %[3]s, lại mang tên %[2]s",
	"user_content":           "%[1]s là trang ai cũng đăng được trên %[2]s, lại mang tên %[3]s",
	"user_content_words":     "%[1]s là trang ai cũng đăng được trên %[2]s, với từ ngữ dụ dỗ trong địa chỉ: %[3]s",
	"mixed_script":           "%s trộn chữ cái của nhiều bảng chữ cái trong một tên, một mẹo để giả mạo trang khác",
	"suspicious_tld":         "tên miền .%s rẻ hoặc miễn phí và bị dùng nhiều để lừa đảo",
	"domain_words":           "%s được ghép từ những từ mà trang lừa đảo hay dùng: %s",
	"drop_name":              "%[1]s ghép tên một đồng tiền mã hoá (%[2]s) với %[3]s, như cách các trang airdrop giả đặt tên",
	"skin_name":              "%[1]s ghép tên %[2]s (một đội esports, một giải đấu hoặc Counter-Strike) với một con số hoặc những từ về skin và giải thưởng, như cách các trang lừa lấy tài khoản Steam đặt tên",
	"program_name":           "%[1]s ghép một từ của chương trình Discord (%[2]s) với %[3]s, như cách các đơn đăng ký giả làm moderator, HypeSquad và bug hunter đặt tên",
	"bot_name":               "%[1]s ghép tên một bot Discord hoặc một máy chủ game (%[2]s) với %[3]s, như cách các trang quản lý bot và cửa hàng giả đặt tên",
	"typosquat":              "%[1]s giả mạo %[2]s (%[3]s): %[4]s là tên của nó viết sai một chữ, như cách kẻ gian đăng ký tên miền nhái",
	"typosquat_split":        "%[1]s giả mạo %[2]s (%[3]s): đó chính là tên này bị tách bằng dấu gạch nối, không thêm gì khác",
	"typosquat_letters":      "%[1]s giả mạo %[2]s (%[3]s): %[4]s là tên của nó viết sai khi đọc từng chữ (k thay c, l thay i hoặc o, thêm chữ s số nhiều)",
	"typosquat_scrambled":    "%[1]s giả mạo %[2]s (%[3]s): %[4]s là tên dài của nó với các chữ cái bị xáo trộn, lặp lại hoặc đổi chỗ",
	"lure_misspelt":          "%[1]s viết %[2]s, một từ về thứ các trang lừa tặng quà đưa ra, sai một chữ thành %[3]s, như cách các trang ấy viết để lọt qua bộ lọc",
	"stat_name":              "%[1]s ghép %[2]s, tên Discord viết tắt, với %[3]s, một từ về những gì trang thống kê máy chủ hoặc bot hiển thị, như cách các trang lừa giả danh những trang ấy đặt tên",
	"game_name":              "%[1]s ghép %[2]s, tên một trò chơi hoặc thứ người chơi trả tiền để có, với %[3]s, một từ về quà tặng hoặc cờ bạc, như cách các trang lừa lấy tài khoản người chơi đặt tên",
	"disguised_word":         "%[1]s viết từ riêng %[3]s của %[2]s bằng chữ số hoặc chữ l thay chữ i (%[4]s), như các trang lừa đảo làm để lọt qua bộ lọc tìm từ đó",
	"sub_misspelt":           "%[1]s đặt tên %[2]s, viết sai hoặc ghép liền với chữ khác (%[4]s), trước %[3]s, tên miền mà %[2]s không sở hữu",
	"scrambled_discord":      "%[1]s viết tên Discord với các chữ cái bị đảo chỗ (%[2]s), như cách các trang Nitro và quà tặng giả đặt tên",
	"guard_name":             "%[1]s mang tên một bước kiểm tra của bot bảo vệ máy chủ (%[2]s), như cách các trang captcha và kiểm tra spam giả đặt tên",
	"campaign_name":          "%[1]s là tên một dự án kèm một từ của chiến dịch airdrop (%[2]s), như cách các trang nhận thưởng giả đặt tên",
	"notice_name":            "%[1]s được đặt tên theo một thông báo (%[2]s, %[3]s), như các trang lừa đảo qua tin nhắn về phí đường bộ, bưu kiện, phạt nguội, thuế và hoàn tiền",
	"gear_shop_name":         "%[1]s được đặt tên theo hàng giảm giá (%[2]s, %[3]s), như các cửa hàng giả bán máy in, sợi in, card đồ họa và máy chơi game rẻ bất thường",
	"short_vi_name":          "%[1]s giấu nơi nó dẫn tới sau một dịch vụ rút gọn liên kết, và tên được đặt cho liên kết ghép %[2]s với %[3]s, việc mà tin nhắn lừa đảo bảo bạn làm hoặc hứa hẹn; dịch vụ thật dẫn về trang của chính mình",
	"ip_lure_path":           "%[1]s dẫn tới một địa chỉ IP trần, có trang được đặt tên theo việc hoàn tiền, nhận thưởng hoặc kiểm tra tài khoản (%[2]s); cửa hàng, ngân hàng và dịch vụ thật dẫn về trang có tên của chính mình",
	"vi_action_name":         "%[1]s ghép tên %[2]s với %[3]s, một từ chỉ việc trang lừa đảo bảo bạn làm (bảo vệ, xác minh, kích hoạt, đồng bộ, gia hạn, thanh toán, đổi quà), như cách các trang lừa đảo qua tin nhắn ở Việt Nam đặt tên; dịch vụ thật dẫn về trang của chính mình",
	"offer_ending":           "%[1]s dùng đuôi .%[2]s, mà chính chữ của nó là lời mời nhận, như cách các trang nhận thưởng và quà tặng giả đặt tên",
	"address_name":           "%[1]s viết địa chỉ một trang với dấu gạch ngang thay cho dấu chấm (%[2]s), như cách các bản sao trang của một dự án đặt tên",
	"call_name":              "%[1]s là một lời kêu gọi (%[2]s) ghép với tên một dự án, như cách các trang đăng ký và khởi chạy giả của kẻ lừa đảo ví tiền mã hoá đặt tên",
	"raw_ip":                 "liên kết dẫn tới một địa chỉ IP trần (%s), không phải một trang có tên",
	"raw_ip_port":            "liên kết dẫn tới một địa chỉ IP trần ở cổng lạ (%s), cách mã độc hay được phát tán",
	"link_file":              "liên kết tải về %s, %s",
	"link_archive":           "liên kết tải về một tệp nén (%s), thứ hay được dùng để bọc mã độc",
	"mailed_archive":         "liên kết tải về %[1]s, một tệp nén đặt tên như giấy tờ (%[2]q), kiểu mã độc được gửi qua thư trong định dạng nén ít bị bộ lọc mở ra hơn tệp zip",
	"hidden_chars":           "có ký tự vô hình giấu trong liên kết tới %s",
	"disguised":              "liên kết tới %s được viết tách rời (hxxp, [.], (dot), dấu chấm cách quãng) để lọt qua bộ lọc",
	"numeric_ip":             "địa chỉ của liên kết được viết thành một con số mà trình duyệt đọc là địa chỉ IP %s: viết vậy chỉ để giấu nơi nó dẫn tới",
	"pickle_file":            "%s, nơi ai cũng có thể tải tệp lên, phát tán %s, một tệp pickle: nạp nó (torch.load, pickle, joblib) sẽ chạy bất kỳ chương trình nào nó chứa",
	"weights_site":           "%s, trang của người lạ có đuôi tên miền rẻ hoặc đặt tên giống kho mô hình, phát tán %s, một tệp mô hình sẽ chạy bất kỳ chương trình nào nó chứa khi được nạp",
	"package_index":          "một lệnh %s được dán vào cài đặt từ %s, kho gói của người lạ: thứ nó cài sẽ chạy mã của người làm ra nó",
	"impostor_site":          "%s là trang của người lạ đặt theo tên %s ghép thêm một từ, không phải trang của chính phần mềm, và phát tán %s: cách phát tán bộ cài bị cài mã độc",
	"forge_owner":            "liên kết tải về %[1]s từ %[2]s, một tài khoản đặt theo tên %[3]s kèm một từ về bản phát hành hoặc bản sửa lỗi, không phải của chính phần mềm: mã độc được chuyền tay dưới dạng bản nightly, bản đã sửa hay bản portable từ những tài khoản như vậy",
	"forge_owner_run":        "một lệnh dán sẵn (%s) tải và chạy kịch bản từ %s, một tài khoản đặt theo tên %s kèm một từ khác, không phải của chính phần mềm",
	"forge_fix_run":          "một lệnh dán sẵn (%s) tải và chạy kịch bản của người lạ từ %s, được đặt tên và giới thiệu là bản sửa lỗi",
	"forge_cheat":            "liên kết tải về %s từ %s, một kho mã đặt tên theo hack, crack hoặc bản sửa game: các chương trình chuyền tay như vậy là cách mã độc đánh cắp dữ liệu tìm đến người chơi",
	"forge_linux_tool":       "liên kết tải về %s, một chương trình Windows, từ %s, đặt tên theo một công cụ chỉ chạy trên Linux: bộ cài Windows không phải là công cụ đó",
	"impostor_run":           "một lệnh dán sẵn (%s) tải và chạy kịch bản từ %s, trang của người lạ đặt theo tên %s, không phải trang của chính phần mềm",
	"kind_site":              "%s là trang của người lạ đặt theo một loại phần mềm (%q), không phải trang của chính dự án, và phát tán %s: cách phát tán firmware, trình giả lập và bộ cài bị cài mã độc",
	"typo_package":           "%s là trang của gói %s, tên chỉ lệch một chữ so với gói nổi tiếng %s: gói mạo danh, cài nó sẽ chạy mã của người làm ra nó",
	"typo_install":           "một lệnh cài đặt được dán vào nhắc tới %s, chỉ lệch một chữ so với gói nổi tiếng %s: gói mạo danh, cài nó sẽ chạy mã của người làm ra nó",
	"file_site":              "%s là một trang có tên trông như tên tệp (%q với đuôi .zip hoặc .mov): người đọc tưởng mở tệp nhưng lại mở trang của người lạ",
	"deal_paper":             "%s phát tán %s, một giấy tờ hợp tác với nhãn hàng (%q) dưới dạng tệp nén hoặc chương trình: nhãn hàng gửi brief, hợp đồng và media kit dưới dạng tài liệu, và một tệp bị đóng gói là cách mã độc đánh cắp dữ liệu tiếp cận nhà sáng tạo nội dung",
	"crack_site":             "%s là trang của người lạ đặt theo tên %s ghép với %q, không phải trang của chính phần mềm: cách phát tán phần mềm và plugin bẻ khóa kèm mã độc đánh cắp dữ liệu",
	"disguised_undo":         "liên kết tới %s được viết tách rời để lọt qua bộ lọc, và tin nhắn bảo người đọc sửa lại nó (%q)",
	"disguised_act":          "liên kết tới %s được viết tách rời để lọt qua bộ lọc, và tin nhắn yêu cầu người đọc thao tác ở đó (%q)",
	"disguised_calls":        "liên kết tới %s được viết tách rời để lọt qua bộ lọc, và tin nhắn bảo người đọc sửa lại nó (%q) rồi thao tác ở đó (%q)",
	"userinfo":               "liên kết giấu đích thật %s sau phần chữ có dấu @",
	"userinfo_domain":        "liên kết hiện %s nhưng thật ra dẫn tới %s (mọi thứ trước dấu @ đều bị bỏ qua)",
	"masked":                 "chữ của liên kết hiện %s nhưng nó dẫn tới %s",
	"rtl":                    "tên tệp %q dùng ký tự đảo chiều để giấu rằng đó là %s (.%s)",
	"double_ext":             "%s là %s giả dạng %s",
	"mime_mismatch":          "%s được gửi dưới dạng %s nhưng đặt tên như một thứ khác",
	"file":                   "%s là %s",
	"lure":                   "từ ngữ dụ dỗ: %s",
	"new_member":             "người gửi mới vào nhóm %s trước khi gửi tin này",
	"mass_mention":           "tin nhắn gọi tất cả mọi người (@everyone / @here) kèm liên kết hoặc tệp",
	"mass_lure":              "tin nhắn gọi tất cả mọi người (@everyone / @here) kèm lời dụ dỗ, kiểu tài khoản bị chiếm hay quảng cáo lừa đảo",
	"edit_added_link":        "liên kết được thêm vào bằng cách sửa tin nhắn sau khi đã gửi",
	"echo":                   "%s được đặt tên theo lời dụ dỗ trong tin nhắn (%q)",
	"short_brand":            "%[1]s giấu nơi nó dẫn tới sau một dịch vụ rút gọn liên kết, trong tin nhắn nhân danh %[2]s đòi mở khoá, xác minh hoặc cập nhật tài khoản; %[2]s sẽ dẫn tới trang của chính mình",
	"gov_name":               "%[1]s giả dạng trang của cơ quan nhà nước (%[2]q) nhưng không nằm dưới đuôi tên miền của nhà nước (như gov.vn hay .gov)",
	"form_secret":            "%[1]s là biểu mẫu ai cũng tạo được trên %[2]s, và tin nhắn đòi điền %[3]q vào đó; không ngân hàng, cửa hàng hay cơ quan nào hỏi điều đó qua biểu mẫu",
	"form_prize":             "%[1]s là biểu mẫu ai cũng tạo được trên %[2]s, được gửi để nhận thưởng (%[3]q); giải thưởng không được nhận qua biểu mẫu của người lạ",
	"fake_check":             "tin nhắn bảo dán một lệnh rồi chạy nó để xác minh bạn là người (%[1]s), kèm %[2]s: không CAPTCHA hay bước kiểm tra thật nào bắt chạy lệnh; lệnh đó cài mã độc",
	"run_paste":              "tin nhắn đưa một lệnh (%[1]s) tải thứ ai đó dán lên một trang dán văn bản (%[2]s) rồi chạy ngay: không dự án nào phát hành bộ cài ở đó, còn mã độc thì được phát tán như vậy",
	"run_command":            "tin nhắn đưa một lệnh (%[1]s) tải thứ mà %[2]s cung cấp rồi chạy ngay, và %[2]s không phải trang của một dự án quen thuộc (tên mới hoặc lạ, địa chỉ IP trần hoặc không có TLS)",
	"run_command_lure":       "tin nhắn đưa một lệnh (%[1]s) tải thứ mà %[2]s cung cấp rồi chạy ngay, kèm lời mời chào (%[3]q)",
	"run_hidden":             "tin nhắn đưa một lệnh (%[1]s) tải thứ mà %[2]s cung cấp rồi chạy ngay trong một cửa sổ ẩn: lệnh cài đặt của các dự án không bao giờ giấu thứ chúng chạy",
	"group_invite":           "%[1]s là lời mời vào một nhóm chat, kèm lời lẽ của trò làm nhiệm vụ, đầu tư hay cá cược (%[2]s): các nhóm này bắt nạp tiền để làm nhiệm vụ hay theo kèo rồi chiếm luôn",
	"download_name":          "%[1]s được đặt tên như các trang tải phần mềm giả: tên một chương trình (%[2]q) ghép với chữ tải về; nhà làm phần mềm đặt tên trang theo chính tên chương trình",
	"delivery_name":          "%[1]s được đặt tên như các trang phát tệp tải về giả: tên một chương trình hay cửa hàng (%[2]q) ghép với chữ phát tệp (cdn, files); nhà làm phần mềm phát tệp từ một máy chủ thuộc trang của chính mình (cdn.TÊN.com), không từ một tên miền riêng",
	"fake_download":          "liên kết tải về %[1]s từ %[2]s, trang mượn tên %[3]s nhưng không phải trang của hãng (%[4]s): trang tải giả phát tán mã độc dưới tên các phần mềm phổ biến",
	"lure_page":              "%[1]s là trang đặt tên theo thứ kẻ lừa đảo đòi (%[2]s), trên nền tảng mà ai cũng dựng được trang dưới một cái tên không cho biết ai đứng sau",
	"paperwork_page":         "%[1]s là trang hoặc tài liệu qua HTTP không mã hóa, đường dẫn mang tên giấy tờ (%[2]s), kèm tin nhắn mời xem giấy tờ: trang dụ mở tài liệu cài lên một trang web bị chiếm; trang thật gửi giấy tờ qua HTTPS",
	"brand_code_host":        "%[1]s mang tên %[2]s kèm từ chỉ mã dùng một lần, và tin nhắn hỏi về một mã: %[2]s tự gửi mã và chỉ hỏi mã trong ứng dụng hay trang của chính mình; ai có mã sẽ đăng nhập thay bạn",
	"root_credential_page":   "%[1]s là một trang duy nhất ở gốc một trang web, chỉ mang tên việc đăng nhập (%[2]s): trang mà bộ công cụ lừa đảo đặt lên trang web nó xâm nhập; trang đăng nhập thật của một trang web được mở từ trang chủ của nó",
	"kit_folder_brand":       "%[1]s là thư mục mang tên %[2]s ở gốc một trang không phải của %[2]s: bộ công cụ lừa đảo được giải nén lên một trang web bị xâm nhập, dưới tên hãng mà nó giả mạo",
	"kit_folder_mail":        "%[1]s là thư mục của hộp thư web (%[2]s) ở gốc một trang không phải máy chủ thư: bộ công cụ lừa đảo được giải nén lên một trang web bị xâm nhập, đòi mật khẩu hộp thư",
	"hosted_brand_page":      "%[1]s là trang trên một nền tảng lưu trữ mà ai cũng dựng được, trong thư mục chỉ mang tên %[2]s: bộ công cụ lừa đảo tải lên dưới tên hãng mà nó giả mạo; trang của hãng nằm trên trang của chính hãng",
	"authority_name":         "%[1]s mang tên công an hay tòa án (%[2]s), kèm lời đe dọa nhân danh họ: trang thật của cơ quan chức năng nằm trên tên miền của nhà nước",
	"brand_domain_subdomain": "%[1]s đặt tên một tên miền của %[2]s trước một tên miền mà %[2]s không sở hữu, ghép từ những từ trang lừa đảo hay dùng",
	"ipfs_upload_root":       "%[1]s là gốc của một tệp ai đó tải lên IPFS, được gửi trơn hoặc kèm lời đòi nhận thưởng hay xác minh: trang rút ví và trang nhận quà giả đặt ở đó vì không ai gỡ được; trang thật của một dự án có tên miền riêng",
	"hosted_brand_sign_in":   "%[1]s là trang mang tên %[2]s kèm việc đăng nhập hay xác minh, trên một trang ai cũng dựng được ở nền tảng lưu trữ dưới tên tự đặt: trang đăng nhập của %[2]s nằm trên trang của chính hãng, không phải của người lạ",
	"tunnel_brand_page":      "%[1]s là trang mang tên %[2]s kèm việc đăng nhập hay xác minh, chạy qua đường hầm tới máy riêng của ai đó: trang của %[2]s nằm trên trang của chính hãng, không bao giờ trên máy của người lạ",
	"tunnel_brand_login":     "%[1]s là trang đăng nhập qua đường hầm tới máy riêng của ai đó, kèm tin nhắn đòi xác minh %[2]s: trang đăng nhập của hãng nằm trên trang của chính hãng",
	"lure_package":           "%[1]s là gói ai cũng đăng được ở đó, tên %[2]s mượn tên %[3]s kèm những từ của công cụ ví giả (%[4]s): hãng thật phát hành công cụ dưới tên hoặc phạm vi của chính mình",
	"lure_page_premium":      "%[1]s là trang có tên là một lời dụ, mở một trang cũng mang tên lời dụ (%[2]s), đúng kiểu liên kết của trang rút ví và trang trúng thưởng giả",
	"fake_release":           "liên kết tải về %[1]s từ %[2]s, một kho mã phát hành bản dựng mang tên %[3]s nhưng không phải của hãng làm ra nó: mã độc được chuyền tay qua mục phát hành của các trang lưu trữ mã dưới tên các phần mềm phổ biến",
	"impostor_release":       "liên kết tải về %[1]s từ %[2]s, một kho mã đặt tên như của kẻ mạo danh (%[3]q): dự án thật phát hành bản dựng trong kho mã của chính mình, còn các bản sao dựng lên để được tìm thấy thay cho nó là cách mã độc được chuyền tay",
	"project_page":           "đường dẫn của liên kết kết thúc bằng %[1]s, đặt tên như một dự án JavaScript, trong %[2]s: nhiều khả năng là trang nói về dự án, không phải tập lệnh để tải về",
	"free_site_jar":          "liên kết tải về %[1]s, một chương trình Java, từ %[2]s, trang ai cũng tạo miễn phí trên %[3]s: thư viện, bản dựng và mod được tải từ kho gói, máy dựng, kho mã và cửa hàng mod, còn mod và trình cài giả thì từ những trang mới dựng trong ngày",
	"code_script":            "liên kết tải về %[1]s, một tập lệnh Windows ai cũng có thể đưa vào kho mã trên %[2]s, đặt tên như mã độc (%[3]q): dự án thật đặt tên tập lệnh cài đặt là install.ps1 và đặt tên các tập lệnh khác theo việc chúng làm",
	"code_archive":           "liên kết tải về %[1]s, một tệp nén ai cũng có thể đưa vào kho mã trên %[2]s, đặt tên như mã độc (%[3]q): dự án thật đặt tên tệp nén theo chính nó, còn sản phẩm của trình nạp mã độc hay giấy tờ mồi nhử đóng gói trong kho mã là cách mã độc được chuyền tay",
	"typo_download":          "liên kết tải về %[1]s từ %[2]s, trang có tên lệch một chữ so với tên chương trình (%[3]s): dự án thật phát hành bản dựng từ trang trùng tên với chúng, còn trang tải giả lấy tên chương trình rồi bớt, thêm hoặc đổi một chữ",
	"passed_for_download":    "liên kết tải về %[1]s từ %[2]s, trang đặt theo tên tệp nó phát hành và theo tên %[3]s nhưng không phải trang của hãng: trang tải giả mượn tên chương trình mà nó giả làm",
	"named_beside":           "tin nhắn mời tải %[2]s kèm %[1]s, một liên kết không nêu tên tệp: thứ nó tải về là thứ tin nhắn nói, một chương trình hoặc tệp nén mà ai cũng tải lên được, cách phần mềm độc hại thường được phát tán",
	"planted_program":        "liên kết tải về %[1]s, một chương trình trên %[2]s nằm trong thư mục tệp tải lên hoặc trang của site (%[3]s) và không mang tên site: hãng thật phát hành trình cài đặt dưới tên của mình, còn chương trình cài lén trên trang bị hack nằm lẫn trong tệp tải lên",
	"stray_script":           "liên kết tải về %[1]s, một tập lệnh shell trên %[2]s nằm trong thư mục trang hoặc tệp tải lên của site (%[3]s): dự án thật đặt tập lệnh cài đặt (curl | sh) ở trang của mình, không lẫn trong ảnh, giao diện hay tệp tải lên của blog, nơi tập lệnh cài lén trên trang bị hack nằm",
	"cheap_site_jar":         "liên kết tải về %[1]s, một chương trình Java, từ %[2]s, một tên miền đuôi .%[3]s rẻ tiền: thư viện, bản dựng và mod được tải từ kho gói, máy dựng, kho mã và cửa hàng mod, còn client game và trình cài mod giả thì từ những tên miền mua gần như cho không",
	"off_store_extension":    "liên kết tải về %[1]s, gói tiện ích trình duyệt, từ %[2]s thay vì cửa hàng tiện ích của trình duyệt: tiện ích chuyền tay qua link là cách mã độc đánh cắp phiên đăng nhập và ví được cài vào",
	"game_test_lure":         "tin nhắn nhờ người đọc chơi thử hay test một game (\"%[2]s\") và gửi kèm %[1]s, nơi ai cũng có thể tải chương trình lên: lời nhờ \"test game giúp mình\" từ một tài khoản bạn bè có thể đã bị chiếm là cách mã độc đánh cắp tài khoản và ví được phát tán trong cộng đồng game",
	"cheat_lure":             "tin nhắn mời dùng hack game hay công cụ kiểm tra, tạo tài khoản (\"%[2]s\") tại %[1]s, nơi ai cũng có thể tải chương trình lên: hack miễn phí, executor, công cụ tạo tiền trong game (Robux, V-Bucks) và công cụ Nitro là cách mã độc đánh cắp tài khoản và ví được phát tán",
	"piracy_lure":            "tin nhắn mời tải key máy console, gói BIOS, DLC mở khóa hay ứng dụng mod (\"%[2]s\") tại %[1]s, nơi ai cũng có thể tải chương trình lên: những lời mời ấy là cách mã độc đánh cắp tiếp cận người chơi giả lập, game thủ và người dùng điện thoại",
	"crack_lure":             "tin nhắn mời dùng phần mềm bẻ khóa hay giấy phép miễn phí (\"%[2]s\") tại %[1]s, nơi ai cũng có thể tải chương trình lên: crack, keygen và activator là cách mã độc đánh cắp tiếp cận người quản trị máy chủ",
	"bot_money_lure":         "tin nhắn mời dùng bot kiếm tiền (\"%[2]s\") tại %[1]s: loại bot bảo dán vào Remix rồi nạp tiền, hay chạy bằng khóa riêng tư của ví, sẽ chuyển tiền về cho chính kẻ viết ra nó",
	"fix_package_lure":       "tin nhắn mời cài %[1]s, một gói mang tên như bản sửa lỗi của gói khác, để sửa lỗi (\"%[2]s\"): gói của người lạ được giới thiệu trong nhóm chat sẽ chạy mã của nó ngay khi cài, đó là cách ví và khóa của lập trình viên bị đánh cắp",
	"take_home_lure":         "tin nhắn yêu cầu chạy một bài test tuyển dụng (\"%[2]s\") từ %[1]s: dự án của người lạ mà \"buổi phỏng vấn\" yêu cầu cài và chạy sẽ chạy mã của nó trên máy ứng viên, đó là cách nhà tuyển dụng giả đánh cắp ví và khóa của lập trình viên",
	"share_bait":             "liên kết %[1]s là một tệp chia sẻ trên %[2]s bằng mã, không có tên để xét, được mời kèm %[3]s: bản crack, hack, \"game của bạn bè\", tệp nén có mật khẩu, lời nhắc chạy bằng quyền quản trị hay tắt phần mềm diệt virus, và hóa đơn \"mời xem\" là cách mã độc được chuyền tay qua các dịch vụ lưu trữ tệp",
	"bait_download":          "liên kết tải về %[1]s, một tệp ai cũng có thể tải lên %[2]s, được mời như %[3]q: bản crack, hack, công cụ tạo tiền ảo miễn phí và \"game của bạn bè\" là cách mã độc được chuyền tay",
	"bait_release":           "liên kết tải về %[1]s từ %[2]s, được mời như %[3]q: bản crack, hack, công cụ tạo tiền ảo miễn phí và \"game của bạn bè\" là cách mã độc được chuyền tay",
	"unnamed_upload":         "liên kết tải về %[1]s từ %[2]s, một chương trình Windows có tên chẳng liên quan gì tới kho mã và không mang số phiên bản: dự án thật đặt tên bản dựng theo chính nó và đánh số",
	"raw_program":            "liên kết tải về %[1]s, một chương trình Windows được đưa thẳng vào kho mã trên %[2]s và dẫn link thô thay vì phát hành chính thức, đúng cách mã độc được chuyền tay",
	"short_address":          "%[1]s là liên kết rút gọn có đường dẫn viết như một địa chỉ web (%[2]q), để giả làm trang mà nó che giấu",
	"notice_link":            "tin nhắn viết như một thông báo chính thức (%[1]s: %[2]q), nhưng %[3]s không phải trang của cơ quan đó mà là liên kết rút gọn, trang ai cũng đăng được hoặc tên miền đuôi rẻ; thông báo thật dẫn về trang của chính cơ quan",
	"notice_named":           "tin nhắn viết như một thông báo chính thức (%[1]s: %[2]q), và %[3]s được đặt tên theo cơ quan hoặc thông báo đó (%[4]q) nhưng không phải trang của cơ quan; thông báo thật dẫn về trang của chính cơ quan",
	"phishing_pattern":       "%s trông giống các trang lừa đảo đã biết: %s",
	"first_link":             "liên kết đầu tiên immune thấy thành viên lâu năm này gửi",
	"fan_out":                "tài khoản này gửi cùng một %s vào %s nhóm trong vòng %s, đúng kiểu tài khoản bị chiếm lây lan",
	"compromised":            "tài khoản đã bị đánh dấu là bị chiếm lúc %s: %s",
}
