package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestNoticeNameFlagged: a bare name made for a notice, what it is about
// and what it asks hyphenated (noticeName), warns alone; each of these
// was allowed before scam44 (scores 0.05-0.45).
func TestNoticeNameFlagged(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"ezpass-toll-invoice.com",         // a subject and a demand
		"tollroad-balance-due.top",        // on a cheap ending
		"parcel-customs-fee.com",          // a parcel held for a fee
		"customs-duty-release.com",        // customs duty
		"dmv-registration-suspended.com",  // an agency's short name
		"ssa-benefit-statement.com",       // a benefit
		"tickets-resale-2026.com",         // a number at the end
		"order-refund-status.com",         // a retailer's refund
		"survey-giftcard-winner.com",      // gift-card surveys
		"ctt-alfandega-pagamento.com",     // two demands beside a firm's name
		"bcn-parking-multa.com",           // a fine in Spanish
		"giao-hang-phi-ship.com",          // Vietnamese syllables written apart
		"nop-phat-giao-thong.com",         // a traffic fine, the same
		"tollbypay-notice.com",            // words run together
		"paturnpike-invoice-due.com",      // an office's word inside a part
		"quickroute-parcel-shipment.com",  // a firm's name and two subjects
		"see ezpass-toll-invoice.com now", // in a message
	} {
		j := judgeText(c, bot.Telegram, text)
		if j.Verdict.Level == bot.Allow {
			t.Errorf("%q: allowed (%.2f), want flagged", text, j.Verdict.Score)
			continue
		}
		found := false
		for _, r := range j.Verdict.Reasons {
			found = found || r.Code == bot.CodeDomainWords && strings.Contains(r.Detail, "named for a notice")
		}
		if !found {
			t.Errorf("%q: flagged (%.2f) without the notice's name: %v", text, j.Verdict.Score, j.Verdict.Reasons)
		}
	}
}

// TestNoticeNameNotRead: real names of public services and firms, names
// whose words say what a tool does, a name that only looks like a word of
// a notice (billie is no bill), a name on a hosting platform, and a
// notice's name quoted defanged in security talk are read as before.
func TestNoticeNameNotRead(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"toll-collect.de",
		"seg-social.es",
		"service-public.fr",
		"e-zpassny.com",
		"posta-romana.ro",
		"track-trace.com",
		"income-tax.co.uk",
		"disability-benefits-help.org",
		"pdf-file-converter.com",     // two documents' words: a tool
		"parcel-delivery-quotes.com", // two subjects before a name of its own
		"billie-piper.org",
	} {
		j := judgeText(c, bot.Telegram, text)
		for _, r := range j.Verdict.Reasons {
			if strings.Contains(r.Detail, "named for a notice") {
				t.Errorf("%q: read as a notice's name (%.2f %s)", text, j.Verdict.Score, j.Verdict.Level)
			}
		}
		if j.Verdict.Level != bot.Allow {
			t.Errorf("%q: %s (%.2f), want allowed", text, j.Verdict.Level, j.Verdict.Score)
		}
	}
}

// TestNoticeNameQuoted: a notice's name quoted defanged, as security talk
// and people asking about a text quote it, is judged as before the name
// was read (the link model's and the message's own readings still
// count); the same name written plainly is read.
func TestNoticeNameQuoted(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		read bool
	}{
		{"is ezpass-toll-invoice[.]com legit? my aunt got a text with it", false},
		{"blocked today: hxxps://parcel-customs-fee[.]com/track", false},
		{"this week's: dmv-registration-suspended[dot]com, ssa-benefit-statement[.]com", false},
		{"is ezpass-toll-invoice.com legit? my aunt got a text with it", true},
	} {
		j := judgeText(c, bot.Telegram, tc.text)
		read := false
		for _, r := range j.Verdict.Reasons {
			read = read || strings.Contains(r.Detail, "named for a notice")
		}
		if read != tc.read {
			t.Errorf("%q: read as a notice's name %v (%s %.2f), want %v", tc.text, read, j.Verdict.Level, j.Verdict.Score, tc.read)
		}
	}
}
