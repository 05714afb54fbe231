package bot_test

import "testing"

// saas43's sets (session 43, 2026-12-05): phishing aimed at SaaS teams
// and founders (fake Okta, Microsoft 365, Google Workspace, Slack, Notion,
// DocuSign and Dropbox Sign sign-ins and shares, Stripe payouts held,
// AWS and GCP billing suspended, domain renewals, Shopify, Meta, Apple
// and Play Console appeals, GitHub OAuth alerts, data rooms, invoices) on
// invented attacker hosts, and an ordinary startup team's chat about the
// same products (real tenants, consoles, docs and preview deploys),
// written by hand by saas43 and split by tech28's rule (the SHA-256 of
// the line's host, 0-9 tuning, a-f held out), all committed before any
// rule of the pass ran on them. Before the pass (63b4604) phisht was
// flagged 62 of 165, phishh 34 of 83, techt 0 of 226 and techh 1 of 97;
// the SaaS services protected at run time (brand.Brand.Tool), a brand's
// name beside a team's account words (brand.Match.AccountName) and the
// lure phrases a service's trouble notice says to the reader take phisht
// to 93 and phishh to 46 and leave both tech halves as they were;
// rev43b's reading of a trouble notice by its shape (lure/trouble.go)
// takes phisht to 94.
var saas43Sets = []tunedSet{
	{measureSet{"saas43-techt.txt", false}, 0, 0},
	{measureSet{"saas43-phisht.txt", true}, 94, 0},
}

// TestMeasureSaas43Tuning holds saas43's tuning sets to what saas43
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureSaas43Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, saas43Sets)
}

// TestMeasureSaas43HeldOut holds saas43's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard (nothing
// is tuned to their lines).
func TestMeasureSaas43HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"saas43-techh.txt", false}, 0, 1},
		{measureSet{"saas43-phishh.txt", true}, 46, 0},
	})
}
