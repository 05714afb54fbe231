package bot_test

import "testing"

// The twenty-seventh session's sets (tech27w, 2026-12-03), written by hand
// without reading the rules, the lists or earlier sets' lines, each
// committed before anything was run on it: ordinary English chat in
// Discord/Telegram groups, every message holding a link, where nothing
// should be flagged. Each set was written as ten families of a topic and
// split by a rule fixed before any measurement: families 1, 2, 3, 6, 7
// and 8 make the tuning half, families 4, 5, 9 and 10 the held-out half.
// tech27-data: data science and machine learning (papers, Hugging Face,
// datasets, Kaggle and Colab, experiment tracking, PyPI and CUDA wheels,
// leaderboards, course and lab pages, conferences, local LLMs and GPU
// rentals). tech27-ops: cloud, DevOps and on-call (AWS, GCP and Azure
// consoles, status pages and postmortems, dashboards with query strings,
// Kubernetes and Helm, Terraform and Ansible, CVEs and advisories,
// paging and runbooks, CI/CD, small hosts and DNS tools). tech27-web:
// frontend (MDN and caniuse, code playgrounds, npm and CDNs, developers'
// own blogs, framework docs, build tools, CSS and design tools, talks,
// accessibility and performance, preview deployments). tech27-tail,
// written after those three measured 0 flagged: long-tail links of the
// same chat (Gradio, ngrok and quick-tunnel demo links, ~user pages,
// file links, curl-to-shell installers, sign-in and device-code pages,
// small tool sites, community invites, short links, regional sites, raw
// IPs and internal hosts). tech27-edge: developer chat next to topics
// attacks borrow (web3 libraries and faucets, payments test mode, bot
// development and invite links, Steam, hackathon credits, account
// chores, beta builds, browser extensions, product launches, firmware
// flashing). tech27-work: workplace and IT chat (SharePoint, OneDrive,
// Teams and Google Workspace links, SaaS tenants, data platforms, mail
// deliverability, meetings, HR tools, licensing, helpdesk, research
// computing). The tuning halves are held to what main reached when they
// landed; the held-out halves are held to the same as counts only.
var tech27TuningSets = []tunedSet{
	// 0 of 232 flagged on 2eae101, 253 links.
	{measureSet{"tech27-datat.txt", false}, 0, 0},
	// 0 of 234 flagged on 2eae101, 239 links.
	{measureSet{"tech27-opst.txt", false}, 0, 0},
	// 0 of 233 flagged on 2eae101, 245 links.
	{measureSet{"tech27-webt.txt", false}, 0, 0},
	// 0 of 204 flagged on 2eae101, 231 links.
	{measureSet{"tech27-tailt.txt", false}, 0, 0},
	// 1 of 177 flagged on 2eae101 (1 warned), holding 1 of 181 links: an
	// app's own apple-app-site-association file under /.well-known/ on
	// its .dev domain, read by the link model as a phishing pattern for
	// "site" and "app" in its path.
	{measureSet{"tech27-edget.txt", false}, 0, 1},
	// 0 of 153 flagged on 2eae101, 156 links.
	{measureSet{"tech27-workt.txt", false}, 0, 0},
}

// TestMeasureTwentySeventhTechTuningSets holds tech27-datat.txt,
// tech27-opst.txt, tech27-webt.txt, tech27-tailt.txt, tech27-edget.txt
// and tech27-workt.txt (benign: at most the flagged count main reached);
// MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureTwentySeventhTechTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, tech27TuningSets)
}

// TestMeasureTwentySeventhTechHeldOutSets measures tech27-datah.txt,
// tech27-opsh.txt, tech27-webh.txt, tech27-tailh.txt, tech27-edgeh.txt
// and tech27-workh.txt, read as counts only (never line by line, never
// with MEASURE_SHOW), and fails when a change flags more of their lines
// than main did when they landed (a regression guard: nothing is tuned
// to these lines).
func TestMeasureTwentySeventhTechHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 0 of 157 flagged on 2eae101, 164 links
		{measureSet{"tech27-datah.txt", false}, 0, 0},
		// 0 of 154 flagged on 2eae101, 156 links
		{measureSet{"tech27-opsh.txt", false}, 0, 0},
		// 0 of 157 flagged on 2eae101, 163 links
		{measureSet{"tech27-webh.txt", false}, 0, 0},
		// 0 of 140 flagged on 2eae101, 145 links
		{measureSet{"tech27-tailh.txt", false}, 0, 0},
		// 0 of 120 flagged on 2eae101, 122 links
		{measureSet{"tech27-edgeh.txt", false}, 0, 0},
		// 0 of 116 flagged on 2eae101, 120 links
		{measureSet{"tech27-workh.txt", false}, 0, 0},
	})
}
