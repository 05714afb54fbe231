package bot

import (
	"cmp"
	"strings"
)

// A Discord programme's application form. Scams on Discord invite members
// to apply for what Discord gives a few: a moderator's exam at its
// Moderator Academy, a HypeSquad house, a bug hunter's or an early
// developer's badge, a verification bot's captcha. They name the form
// after the programme and the act (join-hype, apply-mod-exams,
// invitebughunter, verifybadgeteam), words the link model reads one by
// one as ordinary. programName reads such a name: every part of the
// registrable label is a word of discordPrograms, programActs or
// programFillers, one at least a programme's and one an act's. A
// programme's word with fillers only (modapps, staffhub, bot-guild) or an
// act's with fillers only (join-academy) is anyone's.

// discordPrograms are the programmes' words: Discord's HypeSquad, moderators
// and their academy's exam, bug hunters, badges, the bots that guard a
// server (captcha, anti-spam, anti-raid), guilds, developers and testers.
// Words that name other things as often (squad: a game's; staff, academy:
// any firm's or school's) are fillers.
var discordPrograms = setOf("hype", "hypesquad", "mod", "mods", "moderator", "moderators", "moderation", "bughunter", "bughunters",
	"badge", "badges", "captcha", "antispam", "antiraid", "guild", "guilds", "developer", "developers", "tester", "testers")

// programActs are the acts such a form asks for: to apply, sign up,
// join, be invited, take a test or an exam, register, be selected, vote,
// verify, claim.
var programActs = setOf("apply", "signup", "become", "join", "access", "acess", "form", "forms", "invite", "invites", "invitation",
	"invitations", "test", "tests", "testing", "exam", "exams", "register", "registration", "selection", "subscribe",
	"subscription", "vote", "verify", "verification", "verified", "claim", "request", "requests", "recruit", "recruitment",
	"certification", "certified", "welcome", "contact")

// programFillers are the other words of such names.
var programFillers = setOf("academy", "squad", "staff", "new", "now", "the", "for", "my", "your", "team", "teams", "club", "ads",
	"ad", "set", "from", "bot", "bots", "get", "free", "official", "online", "app", "apps", "web", "center", "portal", "hub",
	"events", "event", "program", "season", "up", "sign")

// programWord reports whether w is a word programName reads.
func programWord(w string) bool { return discordPrograms[w] || programActs[w] || programFillers[w] }

// programLongest is the length of the longest word programName reads.
var programLongest = func() int {
	n := 0
	for _, set := range []map[string]bool{discordPrograms, programActs, programFillers} {
		for w := range set {
			n = max(n, len(w))
		}
	}
	return n
}()

// programName returns the programme's word and the act's of a registrable
// label (site.Label()) that is a programme's application form's name, as
// the comment above says, and whether it is one. A number at its end (a
// kit's copy: join-hype24) is read past.
func programName(label string) (program, act string, ok bool) {
	if len(label) > 40 {
		return "", "", false
	}
	label = trimNumber(label)
	var words [16]string
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" {
			return "", "", false
		}
		var ok bool
		if n, ok = splitRunInto(part, words[:], n, programWord, programLongest); !ok {
			return "", "", false
		}
	}
	for _, w := range words[:n] {
		switch {
		case discordPrograms[w]:
			program = cmp.Or(program, w)
		case programActs[w]:
			act = cmp.Or(act, w)
		}
	}
	return program, act, program != "" && act != ""
}
