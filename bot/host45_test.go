package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestHostedServiceSignIn (host45): a service's name on a site anyone
// makes on a hosting platform, beside a sign-in's, a key's, a bill's or
// an account's word in the site's name or path, or beside a message that
// asks for a sign-in, warns; with two such signs it deletes. A webmail's
// name there is a sign of its own, and a number run onto the service's
// name (notion59) is read off. A developer's demo named after the
// service it builds on, the service's own organisation's pages and a
// developer's talk of the sign-in they built are not flagged.
func TestHostedServiceSignIn(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://cloudflare-signin.pages.dev", bot.Warn},
		{"https://supabase-keys.framer.website", bot.Warn},
		{"https://cloudflare-login.jdoe.workers.dev/", bot.Warn},
		{"Your Cloudflare account needs verification: https://cloudflare-dash.pages.dev", bot.Warn},
		{"https://okta-verify.webflow.io/login", bot.Delete},
		{"https://recover-notion59.onrender.com/signin.html", bot.Delete},
		{"Validate your mailbox now: https://webmail-quota-upgrade.weebly.com", bot.Delete},
	})
	checkLevels(t, false, []levelCase{
		{"https://cloudflare-dash.pages.dev", bot.Allow},
		{"https://cloudflare-workers-starter.pages.dev", bot.Allow},
		{"https://okta-react-sample.netlify.app/login", bot.Allow},
		{"https://next-auth-example.vercel.app", bot.Allow},
		{"https://okta.github.io/okta-auth-js/", bot.Allow},
		{"deployed the okta sso portal at https://okta-sso.vercel.app but the callback errors with 500", bot.Allow},
		{"the slack standup bot https://slack-standup-bot.glitch.me", bot.Allow},
	})
}

// TestBucketPages (host45): a page in a storage bucket named for a bill
// or a sign-in, in the bucket's name or its path, warns, and deletes
// with two such words; a bucket's reports and static sites are not
// flagged.
func TestBucketPages(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://acme-view.s3.amazonaws.com/statement.html", bot.Warn},
		{"https://s3.amazonaws.com/invoice-portal-2026/index.html", bot.Delete},
		{"https://paydocs2026.blob.core.windows.net/web/remittance.html", bot.Warn},
		{"https://storage.googleapis.com/secure-webmail-84/index.html", bot.Delete},
	})
	checkLevels(t, false, []levelCase{
		{"coverage report for the PR https://acme-ci-artifacts.s3.amazonaws.com/coverage/index.html", bot.Allow},
		{"https://storage.googleapis.com/acme-test-reports/pytest/index.html", bot.Allow},
		{"https://portfolio-site-jane.s3-website.eu-west-2.amazonaws.com/", bot.Allow},
		{"the invoice template is in the bucket https://acme-assets.s3.amazonaws.com/templates/invoice.pdf", bot.Allow},
	})
}

// TestBucketReports (rev45c): a page among a bucket's generated reports
// (coverage, a cost export, a test run) is a team's own though its
// bucket is named for the service it reports on (an auth service's, a
// billing team's); beside a message that lures it still warns.
func TestBucketReports(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"the coverage report https://acme-auth-service.s3.amazonaws.com/coverage/index.html", bot.Allow},
		{"weekly cost report https://acme-finops.s3.amazonaws.com/reports/billing/index.html", bot.Allow},
		{"https://billing-reports-acme.s3.us-east-1.amazonaws.com/2026-11/index.html has the cur breakdown", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"Your account is suspended, verify your billing now https://acme-billing-reports.s3.amazonaws.com/index.html", bot.Warn},
	})
}

// TestHostedEndpointPath (rev45c): a sign-in's word in an app's
// endpoint (/auth/callback, /api/auth/…) on a developer's site named
// after the service they build on is where their sign-in returns, not a
// second sign of an impostor's page.
func TestHostedEndpointPath(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://shopify-app-auth.fly.dev/auth/callback is returning 401 in the embedded app", bot.Allow},
		{"https://okta-sso.vercel.app/api/auth/callback/okta gives a 500 after the redirect", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://okta-verify.webflow.io/login", bot.Delete},
	})
}

// TestHostedProjectTalk (rev45c): a message that names the service's
// site a sample, an example, a test or a side project, luring in
// nothing, is a developer's beside a sign-in's word alone in its name
// (or a webmail client's name); beside a lure it is read as before.
func TestHostedProjectTalk(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://cloudflare-workers-auth.pages.dev example of JWT auth on workers", bot.Allow},
		{"the aws cognito hosted ui sample https://aws-cognito-login.netlify.app", bot.Allow},
		{"https://slack-login.herokuapp.com \"sign in with slack\" button test", bot.Allow},
		{"https://webmail-client.vercel.app my roundcube-like webmail side project", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://cloudflare-signin.pages.dev", bot.Warn},
		{"Mailbox full: validate your webmail to keep receiving mail https://webmail-client.vercel.app", bot.Warn},
	})
}

// TestHostedYourExpiry (rev45c): a notice of the reader's expired
// session is a lure beside a service's sign-in on a hosting platform,
// though "session" is a developer's word (devTalk).
func TestHostedYourExpiry(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://okta-login.vercel.app your session expired, sign in again", bot.Delete},
		{"Your Okta session expires today, sign in to keep it: https://okta-sso.vercel.app", bot.Delete},
	})
	checkLevels(t, false, []levelCase{
		{"deployed the okta sso portal at https://okta-sso.vercel.app but the session cookie expires before the callback", bot.Allow},
		{"https://okta-login.vercel.app your session expires after 15 min by default, set maxAge in the config", bot.Allow},
	})
}

// TestHostedProjectBesideALure (rev45c): a project's word in a
// service's site's name (guide, next, bot) lifts it, but not beside a
// message that lures strongly with two signs of its own in the name or
// path; a developer's sample stays allowed.
func TestHostedProjectBesideALure(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"Your Okta session expired, re-verify at https://okta-sso-guide.gitbook.io/login", bot.Warn},
		{"Your account is locked. Verify your AWS keys now at https://aws-keys-bot.vercel.app/verify", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://okta-react-sample.netlify.app/login", bot.Allow},
		{"the okta sso guide https://okta-sso-guide.gitbook.io/login covers the callback errors", bot.Allow},
	})
}
