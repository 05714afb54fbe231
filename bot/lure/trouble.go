package lure

// A service's trouble notice tells the reader that something of theirs is
// in trouble: "your payouts have been placed on hold", "your Shopify
// store is suspended", "your domain name expires tomorrow". The notices
// are written many ways, so beside the phrases of the lists (init) the
// notice is read by its shape: "your", at most two words of any kind (a
// brand, "ad", "seller"), a thing of the reader's account (troubleThings),
// then nothing but the small words of a sentence (troubleLinks) before
// what went wrong with it (troubleWords). A team's chat says "our
// payouts are on hold" and "the domain expires" of its own; the notice
// says "your".

// troubleThings are the things of an account a trouble notice names.
var troubleThings = set("account", "accounts", "payout", "payouts", "funds", "store", "shop", "site", "website",
	"app", "domain", "domains", "subscription", "mailbox", "storage", "password", "payment", "payments",
	"card", "plan", "listing", "listings", "workspace", "page")

// troubleLinks are the words a notice writes between the thing and what
// went wrong with it ("have been temporarily placed on hold", "is about
// to expire", "name expires").
var troubleLinks = set("is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "shall", "now",
	"temporarily", "permanently", "currently", "just", "placed", "put", "on", "about", "to", "almost",
	"nearly", "soon", "going", "name", "method", "details", "could", "not", "get", "got", "being")

// troubleWords are what goes wrong with a thing of the reader's account
// ("closed" is left out: a team says its store is closed for a holiday).
var troubleWords = set("hold", "restricted", "suspended", "disabled", "deactivated", "terminated", "removed",
	"expire", "expires", "expired", "expiring", "full", "failed", "declined", "paused", "locked", "limited",
	"frozen", "blocked", "renewed", "lapsed", "overdue", "unpaid", "rejected")

// troubleShown is the phrase a finding names for a trouble notice read by
// its shape, by thing and word, built once so that reading allocates
// nothing.
var troubleShown = map[string]map[string]string{}

func init() {
	for thing := range troubleThings {
		troubleShown[thing] = map[string]string{}
		for w := range troubleWords {
			troubleShown[thing][w] = "your " + thing + " … " + w
		}
	}
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// troubleNotice reads the folded words starting at i, the start of a
// word "your", as a trouble notice's (see above): it returns the end of
// the notice's words and the phrase to show, or 0 and "".
func troubleNotice(buf []byte, i int) (int, string) {
	var thing []byte
	for n := 0; n < 8; n++ {
		j := i
		for j < len(buf) && buf[j] != ' ' {
			j++
		}
		w := buf[i:j]
		switch {
		case n == 0: // "your"
		case thing == nil && troubleThings[string(w)]:
			thing = w
		case thing == nil && n <= 2:
			// a word before the thing: your stripe payouts, your ad account
		case thing != nil && troubleWords[string(w)]:
			return j, troubleShown[string(thing)][string(w)]
		case thing != nil && troubleLinks[string(w)]:
		default:
			return 0, ""
		}
		if j >= len(buf) {
			break
		}
		i = j + 1
	}
	return 0, ""
}

// listed reports whether a phrase of the lists of account trouble starts
// strongly at a word of buf[i:end]: the notice is then read by the list ("your
// account has been suspended" as "account has been suspended").
func listed(buf []byte, i, end int) bool {
	for i < end {
		j := i
		for j < len(buf) && buf[j] != ' ' {
			j++
		}
		for _, p := range index[string(buf[i:j])] {
			if p.cat == AccountLock && p.weight == Strong && phraseAt(buf, i, p.text) {
				return true
			}
		}
		i = j + 1
	}
	return false
}
