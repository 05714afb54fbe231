package bot

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// speaksForIndicator reports a message that quotes defanged links
// (quotesIndicators) but speaks for one as a scam does without asking
// its reader anything: it denies being a threat ("no scam", "not
// fake"), waives a cost ("no deposit, no KYC"), tells of the page
// paying or giving back ("people are getting paid at", "got it all back
// through", "victims are reimbursed at"), lays a duty or a deadline on
// others ("accounts must be re-validated at", "holders who don't
// migrate … lose"), or names a defanged page the right one ("the
// original site is", "the only support desk is"). A defanged link
// cannot be clicked, so a scam written so gets its reader there with
// these words; security talk says what a page does to its victims and
// does not speak for it.
func speaksForIndicator(text string) bool {
	if gainTold(text) {
		return true
	}
	var stack [512]byte
	folded := speakWords(text, stack[:0])
	if containsAnyWords(folded, speakPhrases) {
		return true
	}
	for rest := folded; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		for _, p := range moneyStems {
			if bytes.HasPrefix(w, []byte(p)) {
				return true
			}
		}
	}
	var last, before, earlier []byte // the three words before
	vouch := 0                       // words left to the page a vouching word names
	for rest := folded; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		vouch--
		switch {
		case bytes.Equal(w, []byte(markIndicator)):
			if vouch > 0 {
				return true
			}
		case bytes.Equal(w, []byte(markLink)):
			vouch = 0
		case rightWords[string(w)] && !negations[string(last)] || string(w) == "only" && string(last) == "the":
			vouch = vouchReach
		case (scamOffers[string(w)] || audiences[string(w)]) && !threatWord(last) && offered(rest):
			return true // "rewards at x[.]com", not "fake airdrop at"
		case deniers[string(last)] && threatWord(w):
			return true // "no scam", "not fake", "zero malware"
		case movedWords[string(w)] && (services[string(last)] || services[string(before)] || services[string(earlier)]):
			if next, _ := nextWord(rest); string(next) == "to" {
				return true // "the support desk moved to x[.]com", not "the C2 moved to"
			}
		case string(last) == "recovery" && recoverers[string(w)] && !threatWord(before) && !threatWord(earlier):
			if next, _ := nextWord(rest); !threatWord(next) {
				return true // "the recovery tool is", not "recovery service scams", "fake crypto recovery services"
			}
		}
		earlier, before, last = before, last, w
	}
	return false
}

// gainTold reports a text that tells of money gained: an amount ("$500",
// "2k", "3x", "0.5 ETH", "500 USDT") within three words after a word
// of gaining (got, earned, made, received, won): "reported as phishing
// but I got $500 from x[.]com", "my cousin made $4k last month on …".
// Security talk tells of money lost, not won.
func gainTold(text string) bool {
	since := 4 // words since a word of gaining
	prev := ""
	for w := range strings.FieldsSeq(text) {
		since++
		w = strings.Trim(w, ",.;:!?()\"'")
		if since <= 3 && (sumOfMoney(w) || currencies[strings.ToLower(w)] && number(prev)) {
			return true
		}
		if gainWords[strings.ToLower(w)] {
			since = 0
		}
		prev = w
	}
	return false
}

// sumOfMoney reports a word that is a sum of money: a number with a
// currency sign before or after it, or with k or x after it ("$500",
// "500$", "€20", "4k", "3x").
func sumOfMoney(w string) bool {
	num := strings.TrimLeft(w, "$€£")
	signed := len(num) < len(w)
	if !signed {
		if t := strings.TrimRight(num, "$€£kKxX"); len(t) < len(num) {
			num, signed = t, true
		}
	}
	return signed && number(num)
}

// number reports a word written in digits ("500", "0.5", "1,200").
func number(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' && strings.Trim(w, "0123456789.,") == ""
}

// offered reports folded words that go on to an indicator, right away
// or after a word that says where ("at", "via"): what a scam offers
// leads to its page ("rewards at x[.]com", "bonus via y[.]top").
func offered(rest []byte) bool {
	w, rest := nextWord(rest)
	if offerAt[string(w)] {
		w, _ = nextWord(rest)
	}
	return string(w) == markIndicator
}

// vouchReach is how many words after a vouching word the page it
// names may stand: "the original site is now x[.]com".
const vouchReach = 8

// The words speakWords writes for a link: one defanged (an indicator)
// and one written to be clicked.
const (
	markIndicator = "zzindicator"
	markLink      = "zzlink"
)

// speakWords appends to dst the words of text folded (lure.Fold), each
// link or indicator written as one mark (markIndicator when it is
// written disguised, markLink when it is a link as written).
func speakWords(text string, dst []byte) []byte {
	from := len(dst)
	for _, w := range strings.FieldsFunc(text, unicode.IsSpace) {
		if len(dst) > from {
			dst = append(dst, ' ')
		}
		switch tokenKind(w) {
		case tokIndicator:
			dst = append(dst, markIndicator...)
		case tokLink:
			dst = append(dst, markLink...)
		default:
			dst = lure.Fold(w, dst)
		}
	}
	return dst
}

// hostLike reports a word, refanged, that names a host under a public
// ending or an address (a bare name linkx does not read alone).
func hostLike(clean string) bool {
	host := strings.Trim(clean, ",;:()[]{}<>\"'`|!?")
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimSuffix(host, ".")
	l, ok := linkx.Parse("http://" + host)
	return ok && strings.Contains(host, ".") && (l.ICANN || l.IP.IsValid())
}

// threatWord reports a folded word that names a threat (threatWords,
// threatStems).
func threatWord(w []byte) bool {
	if threatWords[string(w)] {
		return true
	}
	for _, p := range threatStems {
		if bytes.HasPrefix(w, []byte(p)) {
			return true
		}
	}
	return false
}

var (
	// speakPhrases are the folded words by which a message speaks for a
	// page: a cost waived, a payout, a recovery, a duty or a deadline
	// laid on others.
	speakPhrases = []string{
		// a cost or a risk waived
		"no deposit", "no fee", "no fees", "no kyc", "no registration", "no signup", "no sign up", "no risk", "zero risk",
		"risk free", "no rug", "no catch", "no strings", "no gas",
		// the page pays or gives back
		"paid me", "paid us", "paid out", "pays out", "paying out", "paying", "pays", "got paid", "getting paid",
		"get paid", "credited", "reimbursed", "refunded", "compensated", "recovered", "withdrawals", "withdrawal",
		"withdraw", "withdrew", "profit", "profits", "earned", "earning", "earnings", "doubled", "got back", "got it back",
		"got it all back", "got everything back", "got my", "daily returns",
		// a duty or a deadline laid on others
		"must be", "must re", "should re", "need to be", "needs to be", "have to be", "has to be", "required to",
		"are required", "is required", "who dont", "who do not", "who doesnt", "who does not", "who havent",
		"who have not", "who hasnt", "who has not", "who fail", "who failed", "that are not", "that have not",
		"that arent", "that havent", "failure to", "failing to", "otherwise", "eligible", "whitelisted",
		"processed at", "migrated", "will be frozen", "will be suspended", "will be locked", "will be closed",
		"will be deleted", "will be terminated", "will be disabled", "will be restricted", "before friday", "before monday", "before midnight", "within 24", "within 48",
	}
	// rightWords vouch for the next page named: "the original site is",
	// "the correct one", "the only support desk".
	rightWords = setOf("original", "correct", "actual", "right", "true", "proper", "real", "legit",
		"legitimate", "genuine", "authentic", "official", "verified", "trusted")
	// scamOffers name what a scam offers, offerAt where it is had.
	scamOffers = setOf("bonus", "bonuses", "reward", "rewards", "refund", "refunds", "cashback", "payout", "payouts",
		"giveaway", "giveaways", "prize", "prizes", "airdrop", "airdrops", "promo", "promos", "voucher", "vouchers",
		"coupon", "coupons", "compensation", "reimbursement", "winnings", "free", "gift", "gifts", "claims", "perks",
		"presale", "whitelist", "allocation", "usdt", "btc", "eth")
	offerAt = setOf("at", "via", "on", "through", "from", "to", "is", "are", "here", "live")
	// audiences are the folded words a scam names its takers by:
	// "portal for all users: x[.]com", "everyone at y[.]top".
	audiences = setOf("users", "holders", "customers", "members", "everyone", "investors", "victims", "funds", "tokens",
		"money", "coins")
	// moneyStems are the folded words' beginnings that tell of money
	// paid or given back: reimbursing, refunded, compensation, reclaim,
	// withdrew, payouts.
	moneyStems = []string{"reimburs", "refund", "compensat", "reclaim", "withdr", "payout"}
	// recoverers are what a recovery scam calls itself after "recovery":
	// "the recovery tool is x[.]com", "a recovery team got mine back".
	recoverers = setOf("tool", "tools", "service", "services", "team", "agent", "agents", "expert", "experts",
		"specialist", "specialists", "company", "firm", "hacker", "hackers", "portal", "desk", "program")
	// movedWords tell of a service moved to a page, services name it:
	// "the support desk moved to", "our group has moved to".
	movedWords = setOf("moved", "moving", "relocated", "switched", "transferred")
	services   = setOf("desk", "support", "site", "website", "group", "channel", "portal", "page", "chat", "server",
		"community", "team", "airdrop", "giveaway", "helpdesk", "service", "exchange", "wallet", "platform", "app")
	// gainWords tell of money gained; currencies name what an amount
	// is counted in ("500 USDT").
	gainWords = setOf("got", "get", "gets", "getting", "earned", "earn", "earning", "earns", "made", "making", "makes",
		"received", "receive", "won", "win", "wins", "winning", "pocketed", "cashed", "withdrew", "turned", "profit")
	currencies = setOf("usd", "usdt", "usdc", "eth", "btc", "bnb", "sol", "dollars", "bucks", "euros", "vnd", "dong")
	// deniers are the folded words that deny a threat word after them:
	// "no scam", "zero scam", "not fake".
	deniers = setOf("no", "not", "zero", "0", "isnt", "wasnt", "aint", "non", "never", "nothing")
)
