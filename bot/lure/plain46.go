package lure

// "Support" and "urgent" as a member asks about a tool (vi46): "does the
// new version still support my board?", "it doesn't support ARM", "will
// it support Windows", "urgent question about X". Staff counts "support"
// alone as a mild lure word (an impersonator's "contact support") and
// AccountLock "urgent" (the notice's "urgent: your account …"), so a
// member's question beside a project's page on a free host was read as
// urgency and staff impersonation together and warned. Said as a verb
// after a subject, an auxiliary or a negation, "support" is no one's
// title; "urgent" before "question" is the member's own hurry. "Support
// team", "contact support", "reach out to support", "our support" and
// "urgent: your account will be locked" are read as before.

// supportVerbBefore are the folded words after which "support" is a verb:
// an auxiliary, a negation, a subject pronoun, an adverb of time or
// extent. "to" is not one ("reach out to support"), nor "our", "the" or
// "contact".
var supportVerbBefore = map[string]bool{
	"still": true, "does": true, "do": true, "did": true, "doesnt": true, "dont": true, "didnt": true, "not": true,
	"will": true, "wont": true, "can": true, "cant": true, "cannot": true, "could": true, "couldnt": true,
	"would": true, "wouldnt": true, "should": true, "might": true, "may": true, "must": true, "also": true,
	"officially": true, "fully": true, "now": true, "no": true, "longer": true, "it": true, "they": true, "we": true,
	"which": true, "that": true, "nobody": true, "only": true, "natively": true, "actually": true, "even": true,
	"yet": true, "already": true, "finally": true, "dropped": true, "drop": true, "add": true, "added": true,
}

// urgentAsked are the folded words after "urgent" that make it a member's
// own hurry about a question.
var urgentAsked = map[string]bool{"question": true, "questions": true, "q": true, "query": true}

// plainUse reports a mild word at buf[i:end] of folded text (words a
// space apart) said plainly, as a member asking about a tool says it:
// "support" as a verb (after a word of supportVerbBefore), "urgent"
// before a question.
func plainUse(text string, buf []byte, i, end int) bool {
	switch text {
	case "support":
		if i < 2 {
			return false
		}
		k := i - 1 // the space before "support"
		s := k - 1
		for s >= 0 && buf[s] != ' ' {
			s--
		}
		return supportVerbBefore[string(buf[s+1:k])]
	case "urgent":
		next, _ := word(buf, end+1)
		return next != nil && urgentAsked[string(next)]
	}
	return false
}
