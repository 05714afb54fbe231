package bot

// A stealer passed around as a mod for a block game is offered with a
// cheat's words that lure's bait (baitIn) does not know, because they
// mean nothing outside such games: an anticheat bypass, a dupe glitch,
// x-ray, kill aura, a ghost or private client, "undetected", and the
// secrecy or hurry such a file comes with ("don't share", "before they
// take it down"). A mod's build in a mod platform's store (modBuild) is
// noted only without them: anyone uploads there, and tech chat about a
// mod's jar ("new version of the mod", "fixes the crash on 1.20.1")
// writes none of them.

// modCheatWords are the phrases a cheat for a block game, or a file to
// be kept from the store's moderators, is offered with (lure.Fold's
// form: apostrophes dropped, "can't" is "cant"). The words alone
// ("anticheat", "dupe", "xray", "bypass", "undetected", "don't share")
// are also a mod's changelog and a server's chat ("grim anticheat
// compat fixed", "patched the item dupe", "xray texture pack detection",
// "bypass the launcher", "don't share the server ip"): only the offer
// counts.
var modCheatWords = []string{"anticheat bypass", "anti cheat bypass", "bypass anticheat", "bypass the anticheat",
	"bypass the anti cheat", "bypasses anticheat", "bypasses the anticheat", "bypasses the anti cheat", "dupe still works",
	"dupe glitch still works", "working dupe", "dupe method", "xray mod", "x ray mod", "xray client", "killaura", "kill aura",
	"ghost client", "private client", "undetected by", "undetectable", "cant detect", "cant be detected", "wont get banned",
	"ban proof", "banproof", "before they take it down", "before it gets taken down", "before it gets removed",
	"before its removed", "before its taken down", "before they delete it", "dont share this", "do not share this",
	"dont share it", "dont leak"}

// cheatOffered reports a message offering its link with a cheat's words
// for a block game (modCheatWords).
func cheatOffered(k *knowledge) bool {
	return containsAnyWords(k.folded(), modCheatWords)
}

// labelOnlyNames are self-hosted applications' names (selfHostedApps)
// that are also common words once folded: "ha" is Home Assistant's, a
// laugh ("ha ha") and Vietnamese Hà folded ("CA TP Hà Nội thông báo,
// đăng nhập x", a police notice's smishing, written without its marks
// as often: "HA NOI"). namesApp reads them only as a host's label
// (ha.duckdns.org), never in the message's words.
var labelOnlyNames = setOf("ha")

// runOfferWords are a program's offer to be run inside an archive attached to
// a comment (lure.Fold's form): a fake fix for an issue comes as "run
// the installer inside", "run it as admin". A reporter's repro is built
// or tested ("unzip and run npm test"), never installed.
var runOfferWords = []string{"run the installer", "run the exe", "run the setup", "run setup exe", "run it as admin",
	"run as admin", "run it as administrator", "run as administrator", "launch the exe", "open the exe", "install the exe"}

// runOffered reports a message telling its reader to run a program's
// installer or executable (runOfferWords).
func runOffered(k *knowledge) bool {
	return containsAnyWords(k.folded(), runOfferWords)
}
