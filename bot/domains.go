package bot

// Built-in knowledge about hosts, beside the brands of package brand.

// reputable are popular sites and infrastructure domains whose links are
// not suspicious in themselves: lure words beside them and cross-posts of
// them count for nothing. Matched by registrable domain.
var reputable = setOf(
	// developer and knowledge sites
	"wikipedia.org", "wikimedia.org", "wiktionary.org", "stackoverflow.com", "stackexchange.com", "superuser.com",
	"serverfault.com", "askubuntu.com", "go.dev", "golang.org", "python.org", "pypi.org", "rust-lang.org", "crates.io",
	"docs.rs", "npmjs.com", "nodejs.org", "mozilla.org", "mozilla.net", "mdn.dev", "w3.org", "gitlab.com", "bitbucket.org",
	"sourceforge.net", "kernel.org", "debian.org", "ubuntu.com", "archlinux.org", "fedoraproject.org", "apache.org",
	"readthedocs.io", "readthedocs.org", "kubernetes.io", "docker.com", "cloudflare.com", "digitalocean.com",
	"jetbrains.com", "arxiv.org", "ietf.org", "unicode.org", "iana.org", "icann.org", "publicsuffix.org",
	"example.com", "example.org", "example.net", "letsencrypt.org", "openai.com", "anthropic.com", "huggingface.co",
	// media and social
	"reddit.com", "redd.it", "medium.com", "substack.com", "imgur.com", "giphy.com", "tenor.com", "spotify.com",
	"soundcloud.com", "vimeo.com", "pinterest.com", "pinimg.com", "tumblr.com", "quora.com", "bbc.co.uk", "bbc.com",
	"bbci.co.uk", "nytimes.com", "theguardian.com", "reuters.com", "apnews.com", "cnn.com", "zoom.us", "notion.so",
	"figma.com", "canva.com", "dropbox.com", "slack.com", "wordpress.org", "wordpress.com", "mastodon.social",
	"bsky.app", "threads.net", "snapchat.com", "line.me", "viber.com", "signal.org", "duckduckgo.com",
	"steamdb.info", "fandom.com", "ign.com", "gamespot.com", "imdb.com", "archive.org", "wikihow.com",
	// well-known sites whose names are a few edits from a protected brand's
	// (CoinGeek from CoinGecko, Openbank from OceanBank): the rules that
	// would tell them apart (another word before a generic tail, a
	// company's own start and another word) cost real look-alikes in the
	// training lists (stemcommunity, whatapp, walletconnet, paymail)
	"coingeek.com", "openbank.es",
	// the developer and community sites of the protected brands' own
	// ecosystems, which carry the brand's name and are shared all day in
	// the communities immune guards: read by name alone, they look like
	// the scams that borrow it (discord-gift.com), and no name can tell
	// them apart
	"discord.js.org", "discordjs.guide", "discord-api-types.dev", "discordpy.readthedocs.io", "top.gg", "disboard.org",
	"discord.bots.gg", "discordbotlist.com", "csgostash.com",
	// Vietnamese news and services
	"vnexpress.net", "zingnews.vn", "znews.vn", "tuoitre.vn", "thanhnien.vn", "dantri.com.vn", "vietnamnet.vn",
	"kenh14.vn", "baomoi.com", "cafef.vn", "cafebiz.vn", "genk.vn", "tinhte.vn", "voz.vn", "24h.com.vn", "nld.com.vn",
	"laodong.vn", "vtv.vn", "vov.vn", "chinhphu.vn", "nhandan.vn", "qdnd.vn", "plo.vn", "vietnamplus.vn",
	"thegioididong.com", "dienmayxanh.com", "fpt.com.vn", "fptshop.com.vn", "cellphones.com.vn", "foody.vn",
	"vnpay.vn", "napas.com.vn", "sbv.gov.vn",
	// content delivery and hosting infrastructure (host names of brands often
	// stand inside these as CNAME targets: www.apple.com.edgekey.net)
	"akamai.net", "akamaiedge.net", "akamaized.net", "akadns.net", "akamaihd.net", "akamaitechnologies.com",
	"edgekey.net", "edgesuite.net", "fastly.net", "fastlylb.net", "fastly-edge.com", "cloudflare.net",
	"trafficmanager.net", "llnwd.net", "footprint.net", "cdn77.org", "edgecastcdn.net", "azurefd.net",
	"msedge.net", "cloudapp.net", "amazonaws.com", "awsdns.com", "googledomains.com", "dnsv1.com",
	"cedexis.net", "omtrdc.net", "demdex.net", "adobe.com", "adobedtm.com", "typekit.net", "jsdelivr.net",
	"unpkg.com", "cdnjs.com", "bootstrapcdn.com", "digicert.com", "sectigo.com", "globalsign.com",
)

// shorteners hide where a link goes. A shortened link is only mildly
// suspicious on its own.
var shorteners = setOf(
	"bit.ly", "bitly.com", "tinyurl.com", "is.gd", "v.gd", "goo.gl", "ow.ly", "cutt.ly", "rebrand.ly", "shorturl.at",
	"rb.gy", "s.id", "tiny.cc", "bit.do", "t.ly", "shorte.st", "adf.ly", "soo.gd", "clck.ru", "u.to", "tr.im",
	"buff.ly", "lnkd.in", "x.co", "qr.ae", "cli.gs", "bl.ink", "short.io", "shorturl.asia", "tinu.be", "urlz.fr",
	"0rz.tw", "2.gp", "link.gy", "gg.gg", "hyperurl.co", "t2m.io", "linktr.ee", "zpr.io", "snip.ly", "han.gl",
	"t.co", "surl.li", "cutt.us", "shrtco.de", "tiny.one", "ift.tt", "dlvr.it", "trib.al", "amzn.to", "tny.im",
)

// ipLoggers record the address (and often the browser) of whoever clicks.
// The list holds the domains Grabify and IPLogger use and rotate through.
var ipLoggers = setOf(
	"grabify.link", "grabify.org", "iplogger.org", "iplogger.com", "iplogger.ru", "iplogger.co", "iplogger.info",
	"iplis.ru", "2no.co", "yip.su", "ipgrabber.ru", "ipgraber.ru", "blasze.com", "blasze.tk", "ps3cfw.com",
	"lovebird.guru", "trulove.guru", "dateing.club", "otherhalf.life", "shrekis.life", "datasig.io", "datauth.io",
	"headshot.monster", "gaming-at-my.best", "progaming.monster", "yourmy.monster", "screenshare.host",
	"imageshare.best", "screenshot.best", "gamingfun.me", "catsnthing.com", "catsnthings.fun", "curiouscat.club",
	"joinmy.site", "fortnitechat.site", "fortnight.space", "freegiftcards.co", "stopify.co", "leancoding.co",
	"bmwforum.co", "quickmessage.us", "spottyfly.com", "youshouldclick.us", "partpicker.shop", "sportshub.bar",
	"locations.quest", "minecraftfeeds.com", "discörd.com", "iplogger.cn", "grabify.icu", "ezstat.ru", "whatstheirip.com",
	"ip-tracker.org", "canarytokens.com", "bit-ly.link",
)

// abusedTLDs are top-level domains where most registrations are abuse:
// free or nearly free names. Their weight is how strongly the TLD alone
// points at a threat.
var abusedTLDs = map[string]float64{
	"tk": 0.3, "ml": 0.3, "ga": 0.3, "cf": 0.3, "gq": 0.3, "su": 0.25,
	"xyz": 0.2, "top": 0.2, "click": 0.2, "icu": 0.2, "buzz": 0.2, "rest": 0.2, "monster": 0.2, "cyou": 0.2,
	"sbs": 0.2, "cfd": 0.2, "lol": 0.2, "quest": 0.2, "bar": 0.2, "work": 0.2, "fit": 0.2, "surf": 0.2,
	"uno": 0.2, "site": 0.2, "online": 0.2, "fun": 0.2, "space": 0.2, "website": 0.2, "link": 0.2, "club": 0.2,
	"vip": 0.2, "win": 0.2, "bid": 0.2, "loan": 0.2, "date": 0.2, "racing": 0.2, "review": 0.2, "party": 0.2,
	"trade": 0.2, "webcam": 0.2, "men": 0.2, "gdn": 0.2, "kim": 0.2, "country": 0.2, "cricket": 0.2,
	"science": 0.2, "accountant": 0.2, "faith": 0.2, "zip": 0.25, "mov": 0.25, "gift": 0.2, "gifts": 0.2,
	"shop": 0.1, "store": 0.1, "live": 0.1, "life": 0.1, "pro": 0.1, "info": 0.1, "best": 0.2, "guru": 0.15,
	"today": 0.15, "digital": 0.1, "center": 0.1, "support": 0.15, "claims": 0.2, "events": 0.15, "cam": 0.2,
	"host": 0.15, "press": 0.1, "pw": 0.2, "cc": 0.1, "ws": 0.15, "ru.com": 0.25, "pp.ru": 0.2, "com.ru": 0.2,
	"sa.com": 0.2, "us.com": 0.15, "de.com": 0.15, "net.ru": 0.2, "org.ru": 0.2, "repl.co": 0.2, "glitch.me": 0.2,
	"000webhostapp.com": 0.25, "weebly.com": 0.1, "wixsite.com": 0.1, "web.app": 0.1, "firebaseapp.com": 0.1,
	"pages.dev": 0.1, "workers.dev": 0.15, "vercel.app": 0.1, "netlify.app": 0.1, "ngrok.io": 0.2, "ngrok-free.app": 0.25,
	"duckdns.org": 0.25, "serveo.net": 0.25, "trycloudflare.com": 0.25,
}

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}
