package brand

// Makers', sellers' and mobile developers' services (maker46): the shops
// that sell 3D printers, boards and parts, the PCB fabs, the maker
// marketplaces, and the consoles a mobile developer publishes through.
// Their impostors name a page after the brand and a sale, an order, an
// invoice, a payout or a coupon (bambulab-outlet.shop,
// jlcpcb-coupon.net, digikey-invoices.net, tindie-payout.net), or after
// the platform and a policy, a review, a membership or a beta invite
// (playconsole-appeal.net, appstoreconnect-review.com,
// testflight-beta-invite.app, apple-developer-renewal.help).
//
// Every one is a Tool brand: makers name their projects, forks, forums
// and fan sites after these (arduino-esp32, voron-tools,
// creality-ender3-mods, firebase-tools, expo-router,
// raspberrypi-projects), so the name is read only in a stranger's
// registrable name. Those whose names such projects and community sites
// carry, or that are words (mouser, expo, voron, android, gcp), are
// Beside brands: read only whole beside their notices' words
// (Match.NoticeName), never alone or by their look. The names no one
// builds on (bambulab, elegoo, anycubic, jlcpcb, pcbway, digikey,
// tindie, banggood …) and the developer consoles' own names
// (appstoreconnect, testflight, playconsole) are read alone and by their
// look too: as Beside brands, appstoreconnect and testflight took a
// phishing name from Apple's match and then dropped it. Beside their
// names the words of a sale (makerShops) or of a developer platform's
// notice (makerDev) are counted as a notice's words for these brands
// alone. Printables is read beside a sale's or a prize's words but not
// beside a free download's (printablesCraft): free-printables is how a
// thousand craft sites are named. Their Domains are where the brand alone serves its
// shop, sign-in and console; the hosts anyone's project gets a name
// under (web.app, firebaseapp.com, firebaseio.com, expo.app) are left
// out, and so is raspberrypi.org, whose plain-HTTP download tree exe43
// reads (TestPlainHTTPDownloadHostTreeFakes), as infra45 left ui.com.
// DigiKey serves a shop under nearly every country's ending (digikey.de,
// digikey.co.za, digikey.gr): AnyCountry, as a list left digikey.co.za
// warned (rev46b). Google Cloud's community forum is its own
// (googlecloudcommunity.com, warned as Google's name before).
var maker = []Brand{
	{Name: "Bambu Lab", Domains: []string{"bambulab.com", "bambulab.cn"}, Words: []string{"bambulab"}, Tool: true},
	{Name: "MakerWorld", Domains: []string{"makerworld.com", "makerworld.com.cn", "bambulab.com"}, Words: []string{"makerworld"}, Tool: true},
	{Name: "Prusa Research", Domains: []string{"prusa3d.com", "prusa3d.cz", "printables.com", "prusaresearch.com"}, Words: []string{"prusa", "prusa3d"}, Tool: true, Beside: true},
	{Name: "Printables", Domains: []string{"printables.com", "prusa3d.com"}, Words: []string{"printables"}, Tool: true, Beside: true},
	{Name: "Creality", Domains: []string{"creality.com", "crealitycloud.com", "creality3dofficial.com"}, Words: []string{"creality", "crealitycloud"}, Tool: true, Beside: true},
	{Name: "Elegoo", Domains: []string{"elegoo.com"}, Words: []string{"elegoo"}, Tool: true},
	{Name: "Anycubic", Domains: []string{"anycubic.com"}, Words: []string{"anycubic"}, Tool: true},
	{Name: "Voron Design", Domains: []string{"vorondesign.com"}, Words: []string{"voron", "vorondesign"}, Tool: true, Beside: true},
	{Name: "Raspberry Pi", Domains: []string{"raspberrypi.com"}, Words: []string{"raspberrypi"}, Tool: true, Beside: true},
	{Name: "Arduino", Domains: []string{"arduino.cc"}, Words: []string{"arduino"}, Tool: true, Beside: true},
	{Name: "Adafruit", Domains: []string{"adafruit.com", "adafruit.io"}, Words: []string{"adafruit"}, Tool: true, Beside: true},
	{Name: "SparkFun", Domains: []string{"sparkfun.com"}, Words: []string{"sparkfun"}, Tool: true},
	{Name: "Pimoroni", Domains: []string{"pimoroni.com"}, Words: []string{"pimoroni"}, Tool: true},
	{Name: "DigiKey", Domains: []string{"digikey.com"}, Words: []string{"digikey"}, Tool: true, AnyCountry: true},
	{Name: "Mouser Electronics", Domains: []string{"mouser.com", "mouser.ca", "mouser.co.uk", "mouser.de", "mouser.fr", "mouser.it", "mouser.es", "mouser.jp", "mouser.cn", "mouser.in", "mouser.com.au", "mouser.com.mx", "mouser.com.br", "mouser.ch", "mouser.at", "mouser.be", "mouser.se", "mouser.pl", "mouser.tw", "mouser.kr", "mouser.sg", "mouser.ee"}, Words: []string{"mouser"}, Tool: true, Beside: true},
	{Name: "LCSC", Domains: []string{"lcsc.com"}, Words: []string{"lcsc"}, Tool: true},
	{Name: "JLCPCB", Domains: []string{"jlcpcb.com"}, Words: []string{"jlcpcb"}, Tool: true},
	{Name: "PCBWay", Domains: []string{"pcbway.com"}, Words: []string{"pcbway"}, Tool: true},
	{Name: "OSH Park", Domains: []string{"oshpark.com"}, Words: []string{"oshpark"}, Tool: true},
	{Name: "Tindie", Domains: []string{"tindie.com"}, Words: []string{"tindie"}, Tool: true},
	{Name: "Etsy", Domains: []string{"etsy.com", "etsy.me", "etsystatic.com"}, Words: []string{"etsy"}, Tool: true, Beside: true},
	{Name: "Thingiverse", Domains: []string{"thingiverse.com"}, Words: []string{"thingiverse"}, Tool: true, Beside: true},
	{Name: "Banggood", Domains: []string{"banggood.com"}, Words: []string{"banggood"}, Tool: true},
	// the consoles a mobile developer publishes through and the
	// backends an app runs on
	{Name: "Firebase", Domains: []string{"firebase.google.com", "firebase.com", "google.com"}, Words: []string{"firebase"}, Tool: true, Beside: true},
	{Name: "Google Play Console", Domains: []string{"play.google.com", "google.com", "googleplay.com"}, Words: []string{"playconsole"}, Tool: true},
	{Name: "Google Cloud", Domains: []string{"cloud.google.com", "google.com", "googlecloudcommunity.com"}, Words: []string{"googlecloud", "gcp"}, Tool: true, Beside: true},
	{Name: "Android Developers", Domains: []string{"developer.android.com", "android.com", "google.com"}, Words: []string{"android", "androiddeveloper", "androiddevelopers"}, Tool: true, Beside: true},
	{Name: "AdMob", Domains: []string{"admob.google.com", "admob.com", "google.com"}, Words: []string{"admob"}, Tool: true},
	{Name: "App Store Connect", Domains: []string{"appstoreconnect.apple.com", "apple.com"}, Words: []string{"appstoreconnect"}, Tool: true},
	{Name: "TestFlight", Domains: []string{"testflight.apple.com", "apple.com"}, Words: []string{"testflight"}, Tool: true},
	{Name: "Apple Developer", Domains: []string{"developer.apple.com", "apple.com"}, Words: []string{"appledeveloper"}, Tool: true},
	{Name: "Expo", Domains: []string{"expo.dev", "expo.io"}, Words: []string{"expo"}, Tool: true, Beside: true},
}

func init() {
	// joined to the brands protected at run time; the trainer reads
	// links with Builtin's alone, so neither the model nor the
	// combiner moves
	Runtime = append(Runtime, maker...)
}

// makerShops are the brands whose impostors are shops: beside their
// name the words of a sale, an order, a coupon or a prize are a notice's
// words (makerSale), and a product's model a filler (makerModel).
var makerShops = setOfWords("Bambu Lab", "MakerWorld", "Prusa Research", "Printables", "Creality", "Elegoo", "Anycubic", "Voron Design",
	"Raspberry Pi", "Arduino", "Adafruit", "SparkFun", "Pimoroni", "DigiKey", "Mouser Electronics", "LCSC", "JLCPCB",
	"PCBWay", "OSH Park", "Tindie", "Etsy", "Thingiverse", "Banggood", "Alibaba")

// makerDev are the brands a mobile developer publishes through: beside
// their name the words of a policy, a membership, a listing or a beta
// are a notice's words (makerDevNotice), and a console's words fillers
// (makerDevFiller).
var makerDev = setOfWords("Google", "Apple", "Firebase", "Google Play Console", "Google Cloud", "Android Developers",
	"AdMob", "App Store Connect", "TestFlight", "Apple Developer", "Expo")

// makerSale are what a fake shop's name says of its offer, its order or
// its prize.
var makerSale = setOfWords("sale", "sales", "outlet", "outlets", "clearance", "deal", "deals", "discount", "discounts",
	"coupon", "coupons", "promo", "promos", "promotion", "voucher", "vouchers", "preorder", "preorders", "warehouse",
	"liquidation", "blackfriday", "cybermonday", "anniversary", "rewards", "reward", "points", "redeem",
	"award", "awards", "prize", "prizes", "winner", "winners", "contest", "gift", "gifts", "order", "orders",
	"checkout", "customs", "fee", "fees", "shipping", "tracking", "delivery", "cheap", "wholesale", "giveaway")

// makerShopFiller are the other words a fake shop's name is padded with:
// a store's, a product family's and a region's; and flash, a firmware
// flashed onto a board far more often than a flash sale in a makers'
// chat (arduino-flash, raspberrypi-flash: rev46b), so it is no notice's
// word alone (banggood-flash-sale is read for its sale).
var makerShopFiller = setOfWords("store", "stores", "shop", "shops", "official", "eu", "us", "uk", "global", "kit", "kits",
	"combo", "bundle", "ender", "saturn", "photon", "kobra", "mars", "halot", "neptune", "pico", "uno", "nano", "mega",
	"feather", "core", "one", "mini", "max", "pro", "ultra", "oled", "printer", "printers", "board", "boards",
	"electronics", "parts", "pcb", "pcba", "seller", "sellers", "market", "marketplace", "flash")

// makerDevNotice are what a developer platform's notice says: a policy
// strike, a removal, a membership to renew, a program to join, a listing
// to feature, a tester's invite.
var makerDevNotice = setOfWords("policy", "policies", "strike", "strikes", "removal", "removed", "takedown", "featured",
	"feature", "membership", "enroll", "program", "programme", "publish", "publishing", "rejected", "rejection",
	"beta", "testers", "tester")

// makerDevFiller are a developer console's words.
var makerDevFiller = setOfWords("developer", "developers", "dev", "devs", "play", "console", "apps", "project", "projects",
	"plan", "build", "builds", "eas", "store", "connect", "studio", "publisher", "ads")

// makerKind says what w, a part of a stranger's registrable name beside
// the brand b's name, is for a maker's or a mobile developer's brand:
// 'n' a notice's word, 'f' a filler, 0 neither (or b is neither kind).
func makerKind(b *Brand, w string) byte {
	switch {
	case makerShops[b.Name] && makerSale[w], makerDev[b.Name] && makerDevNotice[w]:
		return 'n'
	case makerShops[b.Name] && (makerShopFiller[w] || makerModel(w)), makerDev[b.Name] && makerDevFiller[w]:
		return 'f'
	}
	return 0
}

// makerModel reports whether w reads as a product's model code, its
// digits trimmed from the end by NoticeName: a letter or two (mk of mk4,
// k of k1, a of a1), or up to four letters and digits with a digit
// inside (x1c, p1s, rp2040 is not: six).
func makerModel(w string) bool {
	if len(w) <= 2 {
		return true
	}
	if len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// printablesCraft are the words beside "printables" that name a craft
// site's free sheets, not Printables' notice (free-printables,
// printables-download): NoticeName reads no such name as Printables'.
var printablesCraft = setOfWords("free", "download", "downloads", "premium", "plus", "unlimited", "desktop", "printable",
	"kids", "coloring", "colouring", "worksheets", "planner", "planners", "crafts")

// makerRefuses reports whether w beside the brand b's name says the name
// is not the brand's (printablesCraft).
func makerRefuses(b *Brand, w string) bool {
	return b.Name == "Printables" && printablesCraft[w]
}
