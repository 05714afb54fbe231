package brand

// Brand is a company or service whose users phishing targets.
type Brand struct {
	Name string // as people write it: "Discord"
	// Domains are the registrable domains the brand owns; the first is the
	// one a warning names. These and their subdomains are never flagged.
	Domains []string
	// Names are the words a lookalike imitates and an impostor embeds,
	// lower-case ASCII: "discord", "discordapp". Names of four letters or
	// fewer match only as a whole label or hyphen-separated word, never
	// inside a longer word, and only by skeleton, never by edit distance.
	Names []string
	// Words are names that are also ordinary words or word endings
	// ("outlook", "messenger", "icloud" in huaweicloud): they match only
	// as a whole label or hyphen-separated word, or by skeleton.
	Words []string
	// AnyCountry: the brand owns its name under every country-code
	// suffix (google.co.id, amazon.com.br).
	AnyCountry bool
}

// Builtin is the list of protected brands: the global services chat users
// log in to, the ones Discord and Steam scams imitate, and the Vietnamese
// banks, wallets and shops that local scams imitate.
var Builtin = []Brand{
	{Name: "Discord", Domains: []string{"discord.com", "discord.gg", "discordapp.com", "discordapp.net", "discord.media", "discord.new", "discord.gift", "discord.gifts", "discord.dev", "discord.co", "discordstatus.com", "dis.gd", "discordcdn.com", "discord.design", "discord.store", "discord.tools", "discordmerch.com", "discordpartygames.com", "discordactivities.com", "discord.app"}, Names: []string{"discord", "discordapp"}},
	{Name: "Discord HypeSquad", Domains: []string{"discord.com"}, Names: []string{"hypesquad"}},
	{Name: "MEE6", Domains: []string{"mee6.xyz", "mee6.gg"}, Names: []string{"mee6"}},
	{Name: "Dyno", Domains: []string{"dyno.gg", "dynobot.net"}, Names: []string{"dyno", "dynobot"}},
	{Name: "Carl-bot", Domains: []string{"carl.gg", "carlbot.xyz"}, Names: []string{"carlbot"}},
	{Name: "Collab.Land", Domains: []string{"collab.land"}, Names: []string{"collabland"}},
	{Name: "Wick", Domains: []string{"wickbot.com"}, Names: []string{"wickbot"}},
	{Name: "Captcha.bot", Domains: []string{"captcha.bot"}, Names: []string{"captchabot"}},
	{Name: "Steam", Domains: []string{"steamcommunity.com", "steampowered.com", "steamstatic.com", "steamserver.net", "steamcontent.com", "steamusercontent.com", "steamgames.com", "steamchina.com", "steam-chat.com", "s.team", "valvesoftware.com", "steamdeck.com"}, Names: []string{"steamcommunity", "steampowered", "steam"}},
	{Name: "Telegram", Domains: []string{"telegram.org", "t.me", "telegram.me", "telegram.dog", "telesco.pe", "tg.dev", "fragment.com", "telegra.ph", "graph.org", "telegram.space"}, Names: []string{"telegram"}},
	{Name: "Google", Domains: []string{"google.com", "google.com.vn", "google.co.uk", "google.de", "google.fr", "google.co.jp", "google.cn", "gmail.com", "googleapis.com", "googleusercontent.com", "gstatic.com", "googlevideo.com", "googlesyndication.com", "google-analytics.com", "googleadservices.com", "googletagmanager.com", "googletagservices.com", "doubleclick.net", "googlezip.net", "withgoogle.com", "googleblog.com", "googlesource.com", "goo.gl", "g.co", "googledrive.com", "googlemail.com", "googlehosted.com", "googleoptimize.com", "googleplay.com", "android.com", "chrome.com", "blogger.com", "gvt1.com", "gvt2.com", "recaptcha.net", "google", "goog", "googledomains.com", "googlecode.com", "google.dev", "googlesource.com", "web.dev", "chromium.org", "firebase.google.com", "tensorflow.org", "flutter.dev", "dart.dev", "golang.org", "go.dev", "forms.gle", "goo.gle", "1e100.net", "app-measurement.com", "googleapis.cn", "gstatic.cn"}, Names: []string{"google", "gmail"}, AnyCountry: true},
	{Name: "YouTube", Domains: []string{"youtube.com", "youtu.be", "ytimg.com", "ggpht.com", "youtube-nocookie.com", "youtubekids.com", "yt.be", "youtubeeducation.com", "youtube", "youtubego.com"}, Names: []string{"youtube"}},
	{Name: "Yahoo", Domains: []string{"yahoo.com", "yahoo.co.jp", "yahoo.net", "yahoodns.net", "yahooapis.com", "yimg.com", "yahoosandbox.net", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.com.vn", "ymail.com", "rocketmail.com", "aol.com", "yahooinc.com"}, Names: []string{"yahoo", "ymail"}},
	{Name: "Facebook", Domains: []string{"facebook.com", "fb.com", "fb.me", "facebook.net", "fbcdn.net", "fbsbx.com", "messenger.com", "meta.com", "facebookmail.com", "m.me", "metacdn.com"}, Names: []string{"facebook"}, Words: []string{"messenger"}},
	{Name: "Instagram", Domains: []string{"instagram.com", "cdninstagram.com", "instagr.am", "ig.me"}, Names: []string{"instagram"}},
	{Name: "WhatsApp", Domains: []string{"whatsapp.com", "whatsapp.net", "wa.me"}, Names: []string{"whatsapp"}},
	{Name: "Microsoft", Domains: []string{"microsoft.com", "microsoftonline.com", "live.com", "outlook.com", "office.com", "office.net", "office365.com", "hotmail.com", "msn.com", "bing.com", "skype.com", "xbox.com", "xboxlive.com", "windows.com", "windows.net", "windowsupdate.com", "azure.com", "sharepoint.com", "onedrive.com", "1drv.ms", "msft.net", "msedge.net", "s-microsoft.com", "microsoftapp.net", "microsoftusercontent.com", "microsoftmetrics.com", "microsoftcloud.com", "microsoft365.com", "msauth.net", "msftauth.net", "aka.ms", "live.net", "cloud.microsoft", "static.microsoft", "microsoft.us", "office365.us", "officeppe.com", "visualstudio.com", "msecnd.net", "azure.net", "microsoftstore.com", "bingapis.com", "onenote.com", "teams.microsoft.com", "microsoftedge.com", "dynamics.com", "powerbi.com", "sfx.ms", "microsoftazuread-sso.com", "microsoft.net", "sharepointonline.com", "microsoftpersonalcontent.com", "microsoftonline.us", "onmicrosoft.com", "office.microsoft", "xboxservices.com", "windows", "microsoft", "office", "azure", "bing", "xbox", "skype", "hotmail"}, Names: []string{"microsoft", "hotmail", "office365", "onedrive", "sharepoint", "xbox"}, Words: []string{"outlook"}},
	{Name: "GitHub", Domains: []string{"github.com", "githubusercontent.com", "githubassets.com", "githubcopilot.com", "githubapp.com", "github.dev", "ghcr.io", "github.blog", "githubstatus.com", "npmjs.com", "npmjs.org"}, Names: []string{"github"}},
	{Name: "LinkedIn", Domains: []string{"linkedin.com", "licdn.com", "lnkd.in"}, Names: []string{"linkedin"}},
	{Name: "Apple", Domains: []string{"apple.com", "icloud.com", "icloud-content.com", "cdn-apple.com", "apple-dns.net", "aaplimg.com", "mzstatic.com", "apple.news", "itunes.com", "appstore.com", "apple-cloudkit.com", "apple-mapkit.com", "me.com", "mac.com", "apple", "apple.co", "applemusic.com", "appleid.com", "apple-livephotoskit.com", "safebrowsing.apple", "edge.apple", "apple.com.cn", "icloud.com.cn"}, Names: []string{"apple", "itunes"}, Words: []string{"appleid", "icloud", "iphone", "macbook"}},
	{Name: "PayPal", Domains: []string{"paypal.com", "paypalobjects.com", "paypal.me", "paypal-community.com", "paypal-prepaid.com", "braintreegateway.com", "venmo.com", "xoom.com"}, Names: []string{"paypal"}},
	{Name: "Netflix", Domains: []string{"netflix.com", "netflix.net", "nflxvideo.net", "nflximg.net", "nflximg.com", "nflxext.com", "nflxso.net", "fast.com"}, Names: []string{"netflix"}},
	{Name: "Amazon", Domains: []string{"amazon.com", "amazon.co.uk", "amazon.de", "amazon.co.jp", "amazon.fr", "amazon.in", "amazon.ca", "amazon.it", "amazon.es", "amazon.com.au", "amazon.dev", "amazonaws.com", "amazon-adsystem.com", "amazontrust.com", "amazonvideo.com", "media-amazon.com", "ssl-images-amazon.com", "amazonalexa.com", "a2z.com", "amzn.to", "amzn.com", "primevideo.com", "aws.amazon.com", "awsstatic.com", "aiv-cdn.net", "aiv-delivery.net", "amazon"}, Names: []string{"amazon"}, AnyCountry: true},
	{Name: "Binance", Domains: []string{"binance.com", "binance.us", "binance.org", "bnbstatic.com", "binance.info", "binance.me", "bnbchain.org"}, Names: []string{"binance"}},
	{Name: "Coinbase", Domains: []string{"coinbase.com", "coinbase.org"}, Names: []string{"coinbase"}},
	{Name: "MetaMask", Domains: []string{"metamask.io", "consensys.io", "consensys.net", "metamask.github.io"}, Names: []string{"metamask"}},
	{Name: "Trust Wallet", Domains: []string{"trustwallet.com"}, Names: []string{"trustwallet"}},
	{Name: "OpenSea", Domains: []string{"opensea.io"}, Names: []string{"opensea"}},
	{Name: "Roblox", Domains: []string{"roblox.com", "rbxcdn.com", "rbx.com", "robloxlabs.com", "roblox.qq.com"}, Names: []string{"roblox"}},
	{Name: "Epic Games", Domains: []string{"epicgames.com", "epicgames.dev", "unrealengine.com", "fortnite.com"}, Names: []string{"epicgames", "fortnite"}},
	{Name: "Twitch", Domains: []string{"twitch.tv", "twitchcdn.net", "twitchsvc.net", "jtvnw.net", "ttvnw.net"}, Names: []string{"twitch"}},
	{Name: "TikTok", Domains: []string{"tiktok.com", "tiktokv.com", "tiktokcdn.com", "tiktokcdn-us.com", "tiktokcdn-eu.com", "tiktokv.us", "tiktokv.eu", "tiktokw.us", "tiktokpangle.us", "tiktokpangle-cdn-us.com", "byteoversea.com", "ibytedtos.com", "muscdn.com", "ttwstatic.com", "ttdns2.com", "worldfcdn2.com", "tiktokglobalshop.com"}, Names: []string{"tiktok"}},
	{Name: "X (Twitter)", Domains: []string{"twitter.com", "x.com", "t.co", "twimg.com", "ads-twitter.com", "twttr.com", "pscp.tv", "periscope.tv"}, Names: []string{"twitter"}},
	{Name: "Zalo", Domains: []string{"zalo.me", "zalo.vn", "zaloapp.com", "zadn.vn", "zingmp3.vn", "zing.vn", "vng.com.vn", "zalopay.vn"}, Names: []string{"zalo", "zalopay"}},
	{Name: "MoMo", Domains: []string{"momo.vn", "mservice.com.vn", "momocdn.net"}, Names: []string{"momo"}},
	{Name: "Vietcombank", Domains: []string{"vietcombank.com.vn", "vcb.com.vn", "vcbdigibank.com.vn"}, Names: []string{"vietcombank", "vcbdigibank", "vcb"}},
	{Name: "Techcombank", Domains: []string{"techcombank.com", "techcombank.com.vn", "tcb.vn"}, Names: []string{"techcombank"}},
	{Name: "VietinBank", Domains: []string{"vietinbank.vn", "vietinbank.com.vn", "vietinbankipay.vn"}, Names: []string{"vietinbank"}},
	{Name: "Sacombank", Domains: []string{"sacombank.com.vn", "sacombank.com"}, Names: []string{"sacombank"}},
	{Name: "BIDV", Domains: []string{"bidv.com.vn", "bidv.vn"}, Names: []string{"bidv"}},
	{Name: "Agribank", Domains: []string{"agribank.com.vn"}, Names: []string{"agribank"}},
	{Name: "MB Bank", Domains: []string{"mbbank.com.vn", "mbbank.vn"}, Names: []string{"mbbank"}},
	{Name: "TPBank", Domains: []string{"tpb.vn", "tpbank.vn", "tpbank.com.vn"}, Names: []string{"tpbank"}},
	{Name: "VPBank", Domains: []string{"vpbank.com.vn", "vpbank.vn"}, Names: []string{"vpbank"}},
	{Name: "ACB", Domains: []string{"acb.com.vn", "acbonline.com.vn"}, Names: []string{"acbbank", "acb"}},
	{Name: "SHB", Domains: []string{"shb.com.vn"}, Names: []string{"shbbank", "shb"}},
	{Name: "MSB", Domains: []string{"msb.com.vn"}, Names: []string{"msbbank", "msb"}},
	{Name: "SCB", Domains: []string{"scb.com.vn"}, Names: []string{"scbbank", "scb"}},
	{Name: "HDBank", Domains: []string{"hdbank.com.vn"}, Names: []string{"hdbank"}},
	{Name: "VIB", Domains: []string{"vib.com.vn", "myvib.vib.com.vn"}, Names: []string{"vibbank", "myvib"}},
	{Name: "SeABank", Domains: []string{"seabank.com.vn"}, Names: []string{"seabank"}},
	{Name: "OCB", Domains: []string{"ocb.com.vn"}, Names: []string{"ocbbank"}},
	{Name: "LPBank", Domains: []string{"lpbank.com.vn", "lienvietpostbank.com.vn"}, Names: []string{"lpbank", "lienvietpostbank"}},
	{Name: "Eximbank", Domains: []string{"eximbank.com.vn"}, Names: []string{"eximbank"}},
	{Name: "PVcomBank", Domains: []string{"pvcombank.com.vn"}, Names: []string{"pvcombank"}},
	{Name: "Nam A Bank", Domains: []string{"namabank.com.vn"}, Names: []string{"namabank"}},
	{Name: "Cake", Domains: []string{"cake.vn"}, Names: []string{"cakebank"}},
	{Name: "Timo", Domains: []string{"timo.vn"}, Names: []string{"timobank"}},
	{Name: "ViettelPay", Domains: []string{"viettelpay.vn", "viettelmoney.vn"}, Names: []string{"viettelpay"}},
	{Name: "VNPay", Domains: []string{"vnpay.vn"}, Names: []string{"vnpay"}},
	{Name: "Moca", Domains: []string{"moca.vn"}, Names: []string{"mocapay"}},
	{Name: "VNPT", Domains: []string{"vnpt.vn", "vnpt.com.vn", "vinaphone.com.vn", "vnptpay.vn"}, Names: []string{"vnpt", "vinaphone", "vnptpay"}},
	{Name: "MobiFone", Domains: []string{"mobifone.vn", "mobifone.com.vn"}, Names: []string{"mobifone"}},
	{Name: "EVN", Domains: []string{"evn.com.vn", "cskh.evnspc.vn", "evnhanoi.vn", "evnhcmc.vn", "evnspc.vn", "evncpc.vn", "evnnpc.vn"}, Names: []string{"evn"}},
	{Name: "Giao Hàng Nhanh", Domains: []string{"ghn.vn", "ghn.dev"}, Names: []string{"ghn"}},
	{Name: "Giao Hàng Tiết Kiệm", Domains: []string{"ghtk.vn"}, Names: []string{"ghtk"}},
	{Name: "J&T Express", Domains: []string{"jtexpress.vn", "jtexpress.com", "jet.co.id"}, Names: []string{"jtexpress"}},
	{Name: "Ninja Van", Domains: []string{"ninjavan.co", "ninjavan.com"}, Names: []string{"ninjavan"}},
	{Name: "USPS", Domains: []string{"usps.com", "usps.gov"}, Names: []string{"usps"}},
	{Name: "UPS", Domains: []string{"ups.com"}, Names: []string{"ups"}},
	{Name: "FedEx", Domains: []string{"fedex.com"}, Names: []string{"fedex"}},
	{Name: "DHL", Domains: []string{"dhl.com", "dhl.de", "dhl.vn", "dhl.co.uk", "dhlparcel.nl", "dhl.fr"}, Names: []string{"dhl"}, AnyCountry: true},
	{Name: "Royal Mail", Domains: []string{"royalmail.com", "royalmail.co.uk"}, Names: []string{"royalmail"}},
	{Name: "Australia Post", Domains: []string{"auspost.com.au"}, Names: []string{"auspost"}},
	{Name: "Canada Post", Domains: []string{"canadapost-postescanada.ca", "canadapost.ca"}, Names: []string{"canadapost"}},
	{Name: "Ledger", Domains: []string{"ledger.com", "ledgerwallet.com"}, Names: []string{"ledgerlive", "ledgerwallet"}, Words: []string{"ledger"}},
	{Name: "Trezor", Domains: []string{"trezor.io"}, Names: []string{"trezor"}},
	{Name: "Uniswap", Domains: []string{"uniswap.org", "uniswap.com", "uniswapfoundation.org"}, Names: []string{"uniswap"}},
	{Name: "PancakeSwap", Domains: []string{"pancakeswap.finance"}, Names: []string{"pancakeswap"}},
	{Name: "Phantom", Domains: []string{"phantom.app", "phantom.com"}, Names: []string{"phantomwallet"}},
	{Name: "Exodus", Domains: []string{"exodus.com"}, Names: []string{"exoduswallet"}},
	{Name: "WalletConnect", Domains: []string{"walletconnect.com", "walletconnect.org", "reown.com"}, Names: []string{"walletconnect"}},
	{Name: "Kraken", Domains: []string{"kraken.com"}, Names: []string{"krakenexchange"}, Words: []string{"kraken"}},
	{Name: "OKX", Domains: []string{"okx.com", "okex.com"}, Names: []string{"okx", "okex"}},
	{Name: "Bybit", Domains: []string{"bybit.com"}, Names: []string{"bybit"}},
	{Name: "KuCoin", Domains: []string{"kucoin.com"}, Names: []string{"kucoin"}},
	{Name: "Crypto.com", Domains: []string{"crypto.com"}, Names: []string{"cryptocom"}},
	{Name: "Blockchain.com", Domains: []string{"blockchain.com"}, Names: []string{"blockchaincom"}},
	{Name: "Rabby", Domains: []string{"rabby.io"}, Names: []string{"rabbywallet"}},
	{Name: "Arbitrum", Domains: []string{"arbitrum.io", "arbitrum.foundation"}, Names: []string{"arbitrum"}},
	{Name: "Blur", Domains: []string{"blur.io"}, Names: []string{"blurio"}},
	{Name: "Magic Eden", Domains: []string{"magiceden.io"}, Names: []string{"magiceden"}},
	{Name: "Shopee", Domains: []string{"shopee.vn", "shopee.com", "shopee.co.id", "shopee.com.my", "shopee.ph", "shopee.sg", "shopee.co.th", "shopee.tw", "shopeemobile.com", "shopeepay.vn", "susercontent.com", "shp.ee", "shope.ee"}, Names: []string{"shopee", "shopeepay"}},
	{Name: "Lazada", Domains: []string{"lazada.vn", "lazada.com", "lazada.co.id", "lazada.com.my", "lazada.com.ph", "lazada.sg", "lazada.co.th", "slatic.net"}, Names: []string{"lazada"}},
	{Name: "Tiki", Domains: []string{"tiki.vn"}, Names: []string{"tiki"}},
	{Name: "VNPost", Domains: []string{"vnpost.vn", "vnpost.com.vn", "vietnampost.vn"}, Names: []string{"vnpost", "vietnampost"}},
	{Name: "Viettel", Domains: []string{"viettel.vn", "viettel.com.vn", "viettelpost.com.vn", "viettelmoney.vn"}, Names: []string{"viettel", "viettelpost"}},
	{Name: "VNeID", Domains: []string{"vneid.gov.vn", "dichvucong.gov.vn"}, Names: []string{"vneid", "dichvucong"}},
}
