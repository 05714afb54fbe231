package bot_test

import "testing"

// The twenty-sixth session's hosting sets (host26w, 2026-12-03), written
// by hand without reading the rules, the lists or earlier sets' lines, and
// committed before anything was run on them: developers and hobbyists in
// Discord/Telegram groups sharing their own and others' projects hosted on
// free subdomain and hosting services, every message holding a link, where
// nothing should be flagged. Project names hold everyday words (auth,
// login, wallet, pay, account, verify, secure, bank, gift, free, bonus) as
// real projects do. Whole families of hosts are on one side.
// host26-devt (English): GitHub, GitLab and Codeberg Pages, Netlify,
// Vercel, Cloudflare Pages and Workers, js.org, Read the Docs, itch.io and
// game jams, Render/Fly/Railway/Heroku apps, Tailscale, Cloudflare quick
// tunnels and ngrok, Blogspot and WordPress.com. host26-devh (English):
// GitBook, Notion, Replit/Glitch/CodeSandbox/StackBlitz/Codespaces,
// Firebase, Surge, Neocities, Hugging Face Spaces and Streamlit,
// DuckDNS/No-IP home servers, Substack/Medium/Hashnode/dev.to, Deno
// Deploy, Supabase and Val Town. host26-vit (Vietnamese): GitHub Pages,
// Vercel, Netlify, Firebase, Cloudflare Pages, Render and Railway, ngrok
// and quick tunnels, Blogspot and WordPress.com, itch.io, Read the Docs
// and js.org, payment-gateway sandboxes in student projects. host26-vih
// (Vietnamese): Heroku and Fly, Hugging Face and Streamlit, Notion and
// GitBook, Medium/Substack/Hashnode/Viblo, Replit/Glitch/CodeSandbox/
// StackBlitz, DuckDNS/No-IP/Tailscale, Surge and Neocities, Supabase and
// Deno Deploy, Cloudflare Workers. The tuning halves are held to what main
// reached when they landed; the held-out halves are held to the same as
// counts only.
var host26TuningSets = []tunedSet{
	// 7 of 186 flagged on 474f1dd (5 warned, 2 deleted), holding 7 of
	// 204 links: project hosts on free hosting services named with
	// "wallet", "verify", "free" or "login" (a wallet generator's docs, a
	// campus meal-card wallet's docs and demo, a form-verification demo,
	// a verify-your-email template, a free-tier hosting list, a login
	// demo with a hashed Heroku name). 5 (2 deleted) with cite30's "free"
	// of a reading's or a plan's cost ("free tier comparison someone
	// made https://free-for.dev/…")
	{measureSet{"host26-devt.txt", false}, 0, 5},
	// 9 of 122 flagged on host31 (5 warned, 4 deleted; 10 on 474f1dd),
	// holding 10 of 131 links: Vietnamese students' projects on Vercel,
	// Firebase, Render and Blogspot, named with a class code or a number
	// (k65, 12a1, 2024), "vn", "bank", "login" with a brand, or "mat
	// khau" in a preview branch's name beside the same words in the
	// message; a Firebase preview channel named "verify-email" is read by
	// its site's name since host31.
	{measureSet{"host26-vit.txt", false}, 0, 9},
}

// TestMeasureTwentySixthHostTuningSets holds host26-devt.txt and
// host26-vit.txt (benign: at most the flagged count main reached);
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureTwentySixthHostTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, host26TuningSets)
}

// TestMeasureTwentySixthHostHeldOutSets measures host26-devh.txt and
// host26-vih.txt, read as counts only (never line by line, never with
// MEASURE_SHOW), and fails when a change flags more of their lines than
// main did when they landed (a regression guard: nothing is tuned to
// these lines).
func TestMeasureTwentySixthHostHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 5 of 117 flagged on 474f1dd (2 warned, 3 deleted), holding 5
		// of 128 links
		{measureSet{"host26-devh.txt", false}, 0, 5},
		// 4 of 78 flagged on 474f1dd (3 warned, 1 deleted), holding 4 of
		// 81 links
		{measureSet{"host26-vih.txt", false}, 0, 4},
	})
}
