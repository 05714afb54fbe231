package bot_test

import "testing"

// The seventeenth sets (testdata/measure/eval17-*) were written blind by
// a helper (eval17) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the sixteenth sets' test
// file, for the layout, and readMeasureSet with the measureSet type and
// measureLink, for the line format), from general knowledge, and were
// committed before anything was run on them but a format check; an
// automated check that printed only counts dropped every line already in
// another set and every duplicate (36 lines: 20 tech, 14 benign
// Vietnamese, 2 scam domains, none a duplicate within the sets; 12 benign
// Vietnamese lines written after it passed the same check; the scam
// domains had been written with spare ones, so 61 of the kept were cut at
// random to leave 273). The theme is a homelab, self-hosting, sysadmin
// and DevOps community and a data-science and machine-learning community
// (2019–2026), whose members trade ISOs, firmware, installers, images,
// model weights and datasets every day and where innocent words look like
// lures. The English tech chat (1,561 lines) is homelabbers' and
// self-hosters' talk (Proxmox, TrueNAS, Unraid, OPNsense and pfSense,
// Home Assistant, ESPHome and zigbee2mqtt, Jellyfin, Nextcloud, Pi-hole,
// WireGuard and Tailscale, Docker Hub and linuxserver.io images,
// awesome-selfhosted, ISOs from real distro mirrors, BIOS, BMC, NIC and
// NAS firmware from real vendors, router and NAS admin pages on LAN
// addresses, .local names and localhost ports), sysadmins' and DevOps
// engineers' talk (Kubernetes, Helm charts on Artifact Hub, the Terraform
// registry, Ansible Galaxy, Grafana dashboards, Prometheus exporters,
// status pages, cloud docs and billing pages, RFCs, man pages, mailing
// list archives, CVE and advisory pages, Let's Encrypt, registrars' and
// dynamic DNS docs) and data scientists' talk (arXiv abs and pdf links,
// Papers with Code, Hugging Face models, datasets, spaces and docs,
// .safetensors, .gguf, .bin, .pth and .parquet files on the hub and real
// CDNs, Kaggle competitions, datasets and notebooks, Colab notebooks,
// PyPI, conda-forge, PyTorch, TensorFlow, JAX and scikit-learn docs, W&B
// reports, course pages, research blogs and leaderboards), with innocent
// login, password reset (of one's own server), verify (ISO checksums,
// domains), account, token and key (rotating a leaked one), free tier,
// download, install, update, urgent (an outage), security alert, invoice
// (a cloud bill), gift, prize (a Kaggle prize), claim (a paper's claim)
// and, rarely, wallet; roughly a fifth of its lines link a long tail of
// small projects, personal blogs, indie tools and home servers on
// duckdns.org and no-ip names, .xyz, .io, .dev, .app, .sh, .me, .net,
// .org, .ai, .ml, .cc and country endings; 32 of its lines are plain http
// (LAN and .local admin pages, localhost ports, old university pages and
// mirrors). 725 of its lines were written whole (bare links, links in
// sentences, two links in a line, angle-bracket and markdown links,
// trailing punctuation, hosts without a scheme, commands in backticks
// with a URL); 836 were joined by a script from 884 of 953 hand-written
// link-and-topic pairs and 57 sentence frames, each pair used once (four
// frames take two), the script dropping the scheme from 65 links, and
// the whole and joined lines shuffled together. The other sets were
// written line by line: benign Vietnamese messages from IT people and
// students with links on real Vietnamese and international domains
// (Viblo, TopDev, ITviec, VietnamWorks, FPT, Viettel IDC, VNG Cloud, CMC,
// BizFly, Tinh tế, Vietnamese registrars and hosts, universities, banks,
// e-wallets, couriers, shops, news sites, government portals and VNeID),
// with and without diacritics and with innocent ưu đãi, miễn phí,
// khuyến mãi, voucher, nhận ngay, hết hạn, mã OTP, đăng nhập, xác thực,
// tài khoản, cập nhật and tải về (252, none http); Vietnamese smishing
// (bank and e-wallet locks and biometrics, hosting, domain, SSL and
// webmail expiry for small-business owners, fake IT jobs and "việc làm
// online" task scams, fake tax refunds, VNeID, electricity and water
// bills, couriers, traffic fines, loans, fake .apk apps and invoices,
// prizes, shorteners, raw IPs, punycode and defanged links; 22 of 130
// http or hxxp); malware download URLs and short lures aimed at
// sysadmins, homelabbers and ML people (trojanized PuTTY, WinSCP,
// FileZilla, KeePass, OBS and Notepad++ installers on lookalike sites,
// fake drivers and BIOS updates, cracked Synology, Plex, Unraid, Proxmox
// and VMware keys, poisoned ISOs and VM images, fake AI desktop apps,
// pickled model files from odd hosts, malicious Docker images, Helm
// charts and pip and npm packages, curl|bash, PowerShell and Run-box
// one-liners in backticks, abused file hosts, Discord CDN attachments,
// forges' release pages, cloud buckets, free hosting, raw IPs with ports,
// decimal, hex and IPv6 addresses, defanged links; 36 of 174 http or
// hxxp); English phishing chat from hijacked accounts and fake staff
// aimed at admins and developers (fake GitHub and GitLab security alerts
// and OAuth apps, AWS, Azure and GCP billing and suspension, registrar
// domain expiry, cPanel, Plesk and webmail quota, SSL expiry, Cloudflare,
// DigitalOcean, Hetzner and Docker Hub, npm, PyPI, Hugging Face, Kaggle
// and OpenAI token and key leaks, Microsoft 365 and Google Workspace
// admin, VPN portal logins, Slack and Discord invites, fake job offers;
// compromised sites' deep paths, free hosting, Google Forms and Sites,
// IPFS gateways, lookalikes, brand-as-prefix hosts, punycode, shorteners,
// raw IPs and defanged links; 19 of 173 http or hxxp); and never-seen
// scam domains, bare (273: hosting, registrar, cloud, AI-tool and
// dev-platform lookalikes, brand-as-prefix hosts, punycode homoglyphs,
// typos, random strings, support, billing, verify and secure names,
// cheap new endings). Every attacker host was invented (the malware and
// phishing sets also abuse real file hosts, free hosting, forges, cloud
// buckets, package registries and link shorteners). Nobody tunes on
// them: TestMeasureEval17 logs what each set gets and holds them to no
// threshold; it fails only on a malformed line. With MEASURE_SHOW=1 it
// logs every line with its level, score and reasons (WRONG marks a
// benign line flagged or a scam allowed).
var eval17Sets = []measureSet{
	{"eval17-en-tech.txt", false},
	{"eval17-vi-benign.txt", false},
	{"eval17-vi-smishing.txt", true},
	{"eval17-malware-urls.txt", true},
	{"eval17-en-phish.txt", true},
	{"eval17-scam-domains.txt", true},
}

// TestMeasureEval17 logs, for each seventeenth set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval17(t *testing.T) {
	t.Parallel()
	measureSets(t, eval17Sets, true)
}
