package brand

import "strings"

// accountWords are the words of a software team's accounts that an
// impostor sets beside a brand's name to name a page: a sign-in
// (sso, mfa), a share (docs, share, files, envelope, sign), money
// (billing, invoice, payout) or an account's trouble (appeal, review,
// alert, compliance, recovery). Beside a brand's name and nothing else
// (okta-sso, docusign-envelope, stripe-payouts, shopify-appeal) they
// name a page as the service words do (serviceWords).
var accountWords = map[string]bool{
	"sso": true, "mfa": true, "saml": true, "oauth": true, "idp": true,
	"doc": true, "docs": true, "document": true, "documents": true, "share": true, "shared": true,
	"file": true, "files": true, "drive": true, "sign": true, "esign": true, "envelope": true,
	"billing": true, "invoice": true, "invoices": true, "payout": true, "payouts": true,
	"payment": true, "payments": true, "workspace": true, "admin": true, "console": true, "dashboard": true,
	"appeal": true, "appeals": true, "review": true, "alert": true, "alerts": true, "security": true,
	"compliance": true, "notice": true, "invite": true, "meeting": true, "renewal": true, "reset": true,
	"access": true, "verification": true, "recovery": true, "unlock": true,
}

// AccountName reports whether the registrable label holds the brand's
// name matched (m, a NameInDomain match) as a word of its own beside
// nothing but service words (serviceWords) and the words of a team's
// accounts (accountWords), at least one of them such a word:
// okta-sso-portal, docusign-envelope, stripe-payouts-review, an account
// word with digits after it too (okta-sso1). A name on
// the ending of a country one of the brand's domains ends in is left
// out: a local brand's own services are named so there (vnpt-invoice.com.vn
// is VNPT's e-invoicing). Service
// covers serviceWords alone; this reading is the classifier's at run
// time (the trainer reads links without it).
func (m *Match) AccountName(label, suffix string) bool {
	if m.Kind != NameInDomain || m.Word != m.name || countryOwn(m.Brand, suffix) {
		return false
	}
	account := 0
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' }) {
		switch {
		case w == m.Word:
		case accountWords[strings.TrimRight(w, "0123456789")]:
			// a digit or a number after the word (okta-sso1, stripe-payouts24)
			account++
		case serviceWords[w]:
		default:
			return false
		}
	}
	return account > 0
}

// countryOwn reports whether suffix ends in the country-code label (two
// letters) that one of the brand's domains ends in: vn for VNPT's
// vnpt.vn and com.vn.
func countryOwn(b *Brand, suffix string) bool {
	cc := suffix[strings.LastIndexByte(suffix, '.')+1:]
	if len(cc) != 2 {
		return false
	}
	for _, d := range b.Domains {
		if strings.HasSuffix(d, "."+cc) {
			return true
		}
	}
	return false
}
