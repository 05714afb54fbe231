package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestSaasBrands (saas43): the services a software team signs in to,
// pays through and shares documents on are protected at run time
// (brand.Runtime, Tool). Their name beside a word of what an impostor's
// page offers on a stranger's plain name is flagged (okta-sso.com,
// stripe-payouts.net); their own hosts and a team's tenants on them are
// not.
func TestSaasBrands(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://okta-sso.com/acme", bot.Warn},
		{"https://stripe-payouts.net/acct_1Nx", bot.Warn},
		{"https://shopify-appeal.com/store/acme", bot.Warn},
		{"https://notion-share.net/p/roadmap", bot.Warn},
		{"https://vercel-billing.net/team/acme", bot.Warn},
		{"https://slack-workspace.net/acme", bot.Warn},
		{"https://jira-sso.com/acme", bot.Warn},
		{"https://acme.okta.com/app/UserHome", bot.Allow},
		{"https://dashboard.stripe.com/payouts", bot.Allow},
		{"https://admin.shopify.com/store/acme/settings/billing", bot.Allow},
		{"https://acme.slack.com/archives/C04ABCD1234", bot.Allow},
		{"https://acme.atlassian.net/browse/ACM-12", bot.Allow},
		{"https://vercel.com/acme/web/settings/billing", bot.Allow},
	})
}

// TestSaasToolNames (saas43): a Tool brand's name is read only in a
// stranger's registrable name. A developer's demo named after the
// service it builds on, on a host anyone can make, and the service named
// in a message's words are judged as they were before the brand was
// protected.
func TestSaasToolNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"tried the demo at https://supabase-auth-example.vercel.app/login and magic link emails arrive fine, so it's my smtp config", bot.Allow},
		{"cncf slack https://communityinviter.com/apps/cloud-native/cncf", bot.Allow},
		{"the slack clone from the workshop https://acme-slack-clone.netlify.app/", bot.Allow},
	})
}

// TestAccountNames (saas43): any protected brand's name beside nothing but
// the words of a team's accounts (docs, share, billing, payout, appeal)
// on a stranger's name is read as a service's (brand.Match.AccountName),
// except on the ending of the brand's own country, where a local brand
// names its own services so (vnpt-invoice.com.vn).
func TestAccountNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://google-docs-share.com/document/d/1xQ8", bot.Warn},
		{"https://docusign-envelope.net/Xk29aPq", bot.Warn},
		{"Hóa đơn điện tử của quý khách tra cứu tại https://acme-tt78.vnpt-invoice.com.vn", bot.Allow},
	})
}

// TestSaasLurePhrases (saas43): what a team's services are made to say
// when an account is in trouble (a payout on hold, funds to release, an
// app removed, an appeal to submit) or its billing to fix, beside a
// stranger's link, is a lure: the same link with
// plain words beside it is allowed, and the same words in a team's own
// talk of its billing beside the service's own link are not flagged.
func TestSaasLurePhrases(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// stripe-merchant.net: stripe-compliance.net, the name first
		// written here, is warned alone since infra45 (a brand beside
		// a notice's word, brand.Match.NoticeName)
		{"your account has been restricted, release your funds here https://stripe-merchant.net/restricted", bot.Warn},
		{"notes from the call https://stripe-merchant.net/restricted", bot.Allow},
		// quillfield.com: payout-hold.com, the name first written
		// here, is warned alone since lure47 (a creator's notice's
		// name, creatorName)
		{"your payouts are on hold, confirm your bank details https://quillfield.com/stripe", bot.Warn},
		{"notes from the call https://quillfield.com/stripe", bot.Allow},
		{"your app was removed for a guideline violation, submit an appeal https://appstore-guideline-appeal.com/case", bot.Warn},
		{"notes from the call https://appstore-guideline-appeal.com/case", bot.Allow},
		{"why are our payouts on hold? support says it's the new bank account https://dashboard.stripe.com/payouts", bot.Allow},
		{"I shared a document with you about the appeal https://docs.google.com/document/d/1AbC/edit", bot.Allow},
	})
}
