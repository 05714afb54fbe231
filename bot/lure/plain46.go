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

// supportYou are the folded words after "support" by which a service
// speaks to its user ("we no longer support your current login, sign in
// again at …"): "support" stays a lure word there, as before vi46. A
// member asks whether a tool supports a thing, not "you".
var supportYou = map[string]bool{"you": true, "your": true, "yours": true}

// auxBeforeIt reports an auxiliary or a negation of supportVerbBefore
// just before the "it" that ends at buf[s] (s the space before "it", or
// -1): "does it support", "will it support". "IT support" with none is a
// help desk's name ("contact IT support", "IT support: your mailbox").
func auxBeforeIt(buf []byte, s int) bool {
	if s < 1 {
		return false
	}
	b := s - 1
	for b >= 0 && buf[b] != ' ' {
		b--
	}
	w := buf[b+1 : s]
	return supportVerbBefore[string(w)] && string(w) != "it"
}

// urgentAsked are the folded words after "urgent" that make it a member's
// own hurry about a question.
var urgentAsked = map[string]bool{"question": true, "questions": true, "q": true, "query": true}

// plainUse reports a mild word at buf[i:end] of folded text (words a
// space apart) said plainly, as a member asking about a tool says it:
// "support" as a verb (after a word of supportVerbBefore, "it" only
// after an auxiliary, and not before "you" or "your"), "urgent" before
// a question.
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
		before := buf[s+1 : k]
		if !supportVerbBefore[string(before)] {
			return false
		}
		if string(before) == "it" && !auxBeforeIt(buf, s) {
			return false // "IT support": a help desk's name (rev46a)
		}
		next, _ := word(buf, end+1)
		// "we no longer support your login": a service speaking to its
		// user of the user's account, an impersonator's notice (rev46a)
		return next == nil || !supportYou[string(next)]
	case "urgent":
		next, _ := word(buf, end+1)
		return next != nil && urgentAsked[string(next)]
	}
	return false
}
