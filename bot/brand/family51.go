package brand

// Family are the services couples, parents and children sign in to
// (family51): dating apps, wedding-registry, invitation and RSVP
// services, school, parents' and childcare apps that carry a class's
// messages, photos and fees (lunch money, tuition), and kids' games and
// their stores, across the United States, Britain, Australia, Europe and
// Vietnam (eNetViet, SMAS, VioEdu, Edupia). Their impostors name a page
// after the service and what its notice is about: a profile or an age to
// verify, a match or likes to reveal, premium to unlock, a registry's
// gift or fund, an RSVP, a venue's deposit, a fee, a lunch balance to
// top up, a class photo to view, free currency; in Vietnamese xác minh
// (verify), học phí (tuition), phụ huynh (parents), nạp tiền (top up),
// thiệp cưới (a wedding card) (tinder-profile-verify, hinge-match-reveal,
// zola-registry-gift, parentpay-lunch-payment, enetviet-hocphi), or
// misspell its name by a slip of the hand (okcupld, brightwheeel,
// parentsqaure) or write it in another script's look-alike letters
// (grìndr in punycode). They are protected at run time, as Runtime's
// brands are (the trainer reads links without them), and joined to
// Runtime when the package starts.
//
// Every one is a Tool brand: developers, bloggers, planners and fans
// name their clones, guides, vendors' pages and wikis after them
// (tinder-clone, theknot-vendor-tips, animaljam-wiki), so the name is
// read only in a stranger's registrable name. Names that are words of
// English or other firms' names too (tinder, bumble, hinge, zola,
// minted, remind, seesaw, skyward, tadpoles, famly, procare, poki,
// pokemon) and short ones (pof, smas, happn, feeld, hily, muzz) are Beside
// brands: read only whole beside a notice's words (Match.NoticeName),
// never alone or inside another word (hingehealth, bumblebee,
// tinderbox). Brands already protected (Roblox, Epic Games and
// Fortnite, Minecraft, Garena's Free Fire, ClassDojo, vnEdu, K12Online)
// are not repeated; their names take the family notice's words
// (familyOld). Their Domains are where the service alone serves its
// pages and sign-in.
var Family = []Brand{
	// dating apps
	{Name: "Tinder", Domains: []string{"tinder.com", "gotinder.com"}, Words: []string{"tinder"}, Tool: true, Beside: true},
	{Name: "Tinder", Domains: []string{"tinder.com", "gotinder.com"}, Words: []string{"gotinder"}, Tool: true},
	{Name: "Bumble", Domains: []string{"bumble.com", "bumble.app"}, Words: []string{"bumble"}, Tool: true, Beside: true},
	{Name: "Hinge", Domains: []string{"hinge.co"}, Words: []string{"hinge"}, Tool: true, Beside: true},
	{Name: "OkCupid", Domains: []string{"okcupid.com"}, Words: []string{"okcupid"}, Tool: true},
	{Name: "Plenty of Fish", Domains: []string{"pof.com", "plentyoffish.com"}, Words: []string{"plentyoffish"}, Tool: true},
	{Name: "Plenty of Fish", Domains: []string{"pof.com", "plentyoffish.com"}, Words: []string{"pof"}, Tool: true, Beside: true},
	{Name: "eHarmony", Domains: []string{"eharmony.com", "eharmony.co.uk", "eharmony.com.au"}, Words: []string{"eharmony"}, Tool: true},
	{Name: "Grindr", Domains: []string{"grindr.com"}, Words: []string{"grindr"}, Tool: true},
	{Name: "Badoo", Domains: []string{"badoo.com"}, Words: []string{"badoo"}, Tool: true},
	{Name: "Zoosk", Domains: []string{"zoosk.com"}, Words: []string{"zoosk"}, Tool: true},
	{Name: "Coffee Meets Bagel", Domains: []string{"coffeemeetsbagel.com"}, Words: []string{"coffeemeetsbagel"}, Tool: true},
	{Name: "happn", Domains: []string{"happn.com", "happn.app"}, Words: []string{"happn"}, Tool: true, Beside: true},
	{Name: "Feeld", Domains: []string{"feeld.co"}, Words: []string{"feeld"}, Tool: true, Beside: true},
	{Name: "Hily", Domains: []string{"hily.com"}, Words: []string{"hily"}, Tool: true, Beside: true},
	{Name: "Tantan", Domains: []string{"tantanapp.com"}, Words: []string{"tantan"}, Tool: true, Beside: true},
	{Name: "Lovoo", Domains: []string{"lovoo.com"}, Words: []string{"lovoo"}, Tool: true},
	{Name: "Meetic", Domains: []string{"meetic.com", "meetic.fr"}, Words: []string{"meetic"}, Tool: true},
	{Name: "Parship", Domains: []string{"parship.com", "parship.de", "parship.co.uk"}, Words: []string{"parship"}, Tool: true},
	{Name: "EliteSingles", Domains: []string{"elitesingles.com", "elitesingles.co.uk"}, Words: []string{"elitesingles"}, Tool: true},
	{Name: "SilverSingles", Domains: []string{"silversingles.com"}, Words: []string{"silversingles"}, Tool: true},
	{Name: "Christian Mingle", Domains: []string{"christianmingle.com"}, Words: []string{"christianmingle"}, Tool: true},
	{Name: "Jdate", Domains: []string{"jdate.com"}, Words: []string{"jdate"}, Tool: true},
	{Name: "Ashley Madison", Domains: []string{"ashleymadison.com"}, Words: []string{"ashleymadison"}, Tool: true},
	{Name: "OurTime", Domains: []string{"ourtime.com"}, Words: []string{"ourtime"}, Tool: true, Beside: true},
	{Name: "Muzz", Domains: []string{"muzz.com"}, Words: []string{"muzz"}, Tool: true, Beside: true},
	{Name: "Taimi", Domains: []string{"taimi.com"}, Words: []string{"taimi"}, Tool: true, Beside: true},
	{Name: "Skout", Domains: []string{"skout.com"}, Words: []string{"skout"}, Tool: true, Beside: true},
	// weddings, registries, invitations and RSVPs
	{Name: "Zola", Domains: []string{"zola.com"}, Words: []string{"zola"}, Tool: true, Beside: true},
	{Name: "The Knot", Domains: []string{"theknot.com", "xogroupinc.com"}, Words: []string{"theknot"}, Tool: true},
	{Name: "WeddingWire", Domains: []string{"weddingwire.com", "weddingwire.ca"}, Words: []string{"weddingwire"}, Tool: true},
	{Name: "Joy", Domains: []string{"withjoy.com"}, Words: []string{"withjoy"}, Tool: true},
	{Name: "Minted", Domains: []string{"minted.com"}, Words: []string{"minted"}, Tool: true, Beside: true},
	{Name: "Evite", Domains: []string{"evite.com"}, Words: []string{"evite"}, Tool: true},
	{Name: "Paperless Post", Domains: []string{"paperlesspost.com"}, Words: []string{"paperlesspost"}, Tool: true},
	{Name: "Greenvelope", Domains: []string{"greenvelope.com"}, Words: []string{"greenvelope"}, Tool: true},
	{Name: "Honeyfund", Domains: []string{"honeyfund.com"}, Words: []string{"honeyfund"}, Tool: true},
	{Name: "Babylist", Domains: []string{"babylist.com"}, Words: []string{"babylist"}, Tool: true},
	{Name: "Partiful", Domains: []string{"partiful.com"}, Words: []string{"partiful"}, Tool: true},
	{Name: "RSVPify", Domains: []string{"rsvpify.com"}, Words: []string{"rsvpify"}, Tool: true},
	{Name: "Punchbowl", Domains: []string{"punchbowl.com"}, Words: []string{"punchbowl"}, Tool: true, Beside: true},
	{Name: "Hitched", Domains: []string{"hitched.co.uk"}, Words: []string{"hitched"}, Tool: true, Beside: true},
	{Name: "Bridebook", Domains: []string{"bridebook.com", "bridebook.co.uk"}, Words: []string{"bridebook"}, Tool: true},
	{Name: "Easy Weddings", Domains: []string{"easyweddings.com.au"}, Words: []string{"easyweddings"}, Tool: true},
	{Name: "Appy Couple", Domains: []string{"appycouple.com"}, Words: []string{"appycouple"}, Tool: true},
	// school, parents' and childcare apps
	{Name: "PowerSchool", Domains: []string{"powerschool.com"}, Words: []string{"powerschool"}, Tool: true, SelfHosted: true},
	{Name: "Infinite Campus", Domains: []string{"infinitecampus.com", "infinitecampus.org"}, Words: []string{"infinitecampus"}, Tool: true},
	{Name: "Skyward", Domains: []string{"skyward.com", "skywardinc.com"}, Words: []string{"skyward"}, Tool: true, Beside: true},
	{Name: "ParentSquare", Domains: []string{"parentsquare.com"}, Words: []string{"parentsquare"}, Tool: true},
	{Name: "ParentPay", Domains: []string{"parentpay.com"}, Words: []string{"parentpay"}, Tool: true},
	{Name: "ParentMail", Domains: []string{"parentmail.co.uk"}, Words: []string{"parentmail"}, Tool: true},
	{Name: "MySchoolBucks", Domains: []string{"myschoolbucks.com"}, Words: []string{"myschoolbucks", "schoolbucks"}, Tool: true},
	{Name: "SchoolCash Online", Domains: []string{"schoolcashonline.com"}, Words: []string{"schoolcashonline"}, Tool: true},
	{Name: "LINQ Connect", Domains: []string{"linqconnect.com"}, Words: []string{"linqconnect"}, Tool: true},
	{Name: "PaySchools", Domains: []string{"payschools.com"}, Words: []string{"payschools"}, Tool: true},
	{Name: "FACTS", Domains: []string{"factsmgt.com"}, Words: []string{"factsmgt"}, Tool: true},
	{Name: "SchoolMessenger", Domains: []string{"schoolmessenger.com"}, Words: []string{"schoolmessenger"}, Tool: true},
	{Name: "Brightwheel", Domains: []string{"mybrightwheel.com"}, Words: []string{"brightwheel", "mybrightwheel"}, Tool: true},
	{Name: "Procare", Domains: []string{"procaresoftware.com", "procareconnect.com"}, Words: []string{"procareconnect"}, Tool: true},
	{Name: "Procare", Domains: []string{"procaresoftware.com", "procareconnect.com"}, Words: []string{"procare"}, Tool: true, Beside: true},
	{Name: "Tadpoles", Domains: []string{"tadpoles.com"}, Words: []string{"tadpoles"}, Tool: true, Beside: true},
	{Name: "Storypark", Domains: []string{"storypark.com"}, Words: []string{"storypark"}, Tool: true},
	{Name: "Famly", Domains: []string{"famly.co"}, Words: []string{"famly"}, Tool: true, Beside: true},
	{Name: "Seesaw", Domains: []string{"seesaw.me"}, Words: []string{"seesaw"}, Tool: true, Beside: true},
	{Name: "Remind", Domains: []string{"remind.com"}, Words: []string{"remind"}, Tool: true, Beside: true},
	{Name: "Bloomz", Domains: []string{"bloomz.net", "bloomz.com"}, Words: []string{"bloomz"}, Tool: true},
	{Name: "eNetViet", Domains: []string{"enetviet.com", "enetviet.vn"}, Words: []string{"enetviet"}, Tool: true},
	{Name: "SMAS", Domains: []string{"smas.edu.vn", "smas.vn"}, Words: []string{"smas"}, Tool: true, Beside: true},
	{Name: "VioEdu", Domains: []string{"vioedu.vn"}, Words: []string{"vioedu"}, Tool: true},
	{Name: "Edupia", Domains: []string{"edupia.vn", "edupia.com"}, Words: []string{"edupia"}, Tool: true},
	// kids' games and their stores
	{Name: "Toca Boca", Domains: []string{"tocaboca.com"}, Words: []string{"tocaboca"}, Tool: true},
	{Name: "Animal Jam", Domains: []string{"animaljam.com", "wildworks.com"}, Words: []string{"animaljam"}, Tool: true},
	{Name: "Brawl Stars", Domains: []string{"supercell.com", "brawlstars.com"}, Words: []string{"brawlstars"}, Tool: true},
	{Name: "Stumble Guys", Domains: []string{"stumbleguys.com", "scopely.com"}, Words: []string{"stumbleguys"}, Tool: true},
	{Name: "Prodigy", Domains: []string{"prodigygame.com"}, Words: []string{"prodigygame"}, Tool: true},
	{Name: "ABCmouse", Domains: []string{"abcmouse.com"}, Words: []string{"abcmouse"}, Tool: true},
	{Name: "PBS Kids", Domains: []string{"pbskids.org"}, Words: []string{"pbskids"}, Tool: true},
	{Name: "Poki", Domains: []string{"poki.com"}, Words: []string{"poki"}, Tool: true, Beside: true},
	{Name: "Miniclip", Domains: []string{"miniclip.com"}, Words: []string{"miniclip"}, Tool: true},
	{Name: "Webkinz", Domains: []string{"webkinz.com"}, Words: []string{"webkinz"}, Tool: true},
	{Name: "Pokémon", Domains: []string{"pokemon.com", "pokemongolive.com", "pokemon.co.jp"}, Words: []string{"pokemongo"}, Tool: true},
	{Name: "Pokémon", Domains: []string{"pokemon.com", "pokemongolive.com", "pokemon.co.jp"}, Words: []string{"pokemon"}, Tool: true, Beside: true},
	{Name: "Among Us", Domains: []string{"innersloth.com"}, Words: []string{"innersloth"}, Tool: true},
}

// familyOld are the brands protected before family51 that families sign
// in to: beside their names the family notice's words are a notice's too
// (familyBrands).
var familyOld = []string{"Roblox", "Epic Games", "Minecraft", "Free Fire", "Garena", "ClassDojo", "vnEdu", "K12Online"}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (tinderverify, parentpaylunch, enetviethocphi: Brand.Trade)
	for i := range Family {
		Family[i].Trade = familyTrade
	}
	Runtime = append(Runtime, Family...)
}

// familyTrade are the words a family service's impostors run its name
// together with in one label (tinderverify, bumblepremium, zolagift,
// parentpaylunch, enetviethocphi).
var familyTrade = []string{"verify", "verification", "login", "signin", "premium", "unlock", "match", "matches",
	"likes", "rsvp", "registry", "gift", "gifts", "fund", "fee", "fees", "pay", "payment", "lunch", "topup", "parent",
	"parents", "photos", "free", "hocphi", "phuhuynh", "xacminh", "naptien"}

// familyBrands are the brands of Family and familyOld: beside their names
// the family notice's words (familyNotice) are a notice's.
var familyBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Family {
		m[b.Name] = true
	}
	for _, n := range familyOld {
		m[n] = true
	}
	return m
}()

// familyOwn are the brands of Family alone (not familyOld's): beside
// their names a third party's words (familyTrades: a clone, a vendor's
// tips, a wiki) leave a name read alone to the fitted reading
// (Match.ThirdParty: theknot-vendor-tips, weddingwire-planner-reviews).
var familyOwn = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Family {
		m[b.Name] = true
	}
	return m
}()

// familyNotice are what a family service's notice is about: a profile,
// an age or an identity to verify, a match, likes to reveal, premium or
// gold to unlock, a private photo or video, a registry, a gift or a
// fund, an RSVP, an invitation, a gallery, a venue's deposit, tuition, a
// fee, lunch money, a balance to top up, a raffle, a fundraiser, an
// enrolment, a purchase to approve, a game's currency free or from a
// generator; in Vietnamese xác minh (verify), hẹn hò (dating), kết bạn
// (befriend), học phí (tuition), hoàn học phí (tuition refunded), phụ
// huynh (parents), nhà trường (the school), nạp tiền, nạp thẻ (top up),
// thiệp cưới (a wedding card), xem ảnh (see photos), kim cương (a game's
// diamonds), miễn phí (free), giá rẻ (cheap).
var familyNotice = setOfWords("verify", "verification", "verified", "age", "agecheck", "ageverify", "id", "profile",
	"match", "matches", "likes", "reveal", "premium", "gold", "platinum", "boost", "boosts", "superlike",
	"swipes", "unlock", "unlocked", "private", "video", "videos", "photo", "photos", "pics", "leak", "leaked", "proof",
	"evidence", "registry", "rsvp", "gift", "gifts", "fund", "invitation", "invite", "gallery", "venue", "deposit",
	"tuition", "fee", "fees", "lunch", "balance", "topup", "raffle", "fundraiser", "enrol", "enroll", "enrollment",
	"approve", "approval", "purchase", "robux", "vbucks", "minecoins", "gems", "coins", "credits", "diamonds", "free",
	"generator", "giveaway", "parent", "parents", "pay", "payment", "message", "messages", "guest", "guests",
	"xacminh", "henho", "ketban", "hocphi", "hoanhocphi", "phuhuynh", "nhatruong", "naptien", "napthe", "nap",
	"thiepcuoi", "xemanh", "kimcuong", "mienphi", "giare", "dangnhap", "thanhtoan")

// familyActs are the family notice's words that act on a member's
// account or money, not a subject a fan, a planner or a school writes
// about: beside a word-like service's name (a Beside brand: tinder,
// hinge, zola, remind, seesaw) a notice is read only with one of them, an
// account's word or two notice words (hinge-match-reveal,
// zola-registry-gift; not hinge-photos, zola-wedding).
var familyActs = setOfWords("verify", "verification", "age", "agecheck", "ageverify", "reveal", "unlock", "rsvp", "leak", "leaked",
	"proof", "evidence", "deposit", "fee", "fees", "topup", "pay", "payment", "purchase", "approve", "free",
	"generator", "giveaway", "xacminh", "hoanhocphi", "naptien", "napthe", "nap", "mienphi", "giare", "dangnhap",
	"thanhtoan")

// familyFiller are a member's words beside a family service's name that
// say nothing alone: what it is and whom it serves.
var familyFiller = setOfWords("app", "dating", "date", "singles", "wedding", "weddings", "event", "events", "school",
	"schools", "kids", "kid", "family", "families", "child", "children", "online", "official", "us", "usa", "uk",
	"au", "vn", "my", "your", "new", "game", "games", "mobile", "class", "classroom", "childcare", "daycare", "baby",
	"couple", "portal", "access", "check", "card", "cards", "hoc", "sinh", "hocsinh", "truong")

// familyTrades are the words that say a name beside a family service's
// is a third party's about it: a clone, a script, a bot, a review, tips,
// a guide, news, a wiki, a fan's site, game codes, values, skins,
// trackers and tier lists, a vendor's or a planner's page
// (tinder-clone-script, hinge-prompts-tips, zola-vs-theknot,
// adoptme-values, roblox-codes-wiki, theknot-vendor-login).
var familyTrades = setOfWords("clone", "script", "scripts", "bot", "bots", "api", "sdk", "review", "reviews", "tips",
	"guide", "guides", "advice", "blog", "news", "wiki", "fandom", "fan", "fans", "forum", "stories", "vs",
	"alternative", "alternatives", "codes", "values", "skins", "tracker", "stats", "map", "maps", "tierlist", "builds",
	"mods", "jobs", "careers", "stock", "shares", "investor", "investors", "lawsuit", "settlement", "vendor",
	"vendors", "planner", "photographer", "photography", "studio", "ideas", "template", "templates", "prompts",
	"openers", "bio", "bios", "health", "camnang", "tintuc", "huongdan", "kinhnghiem", "mau")

// familyKind says what w, a part of a stranger's registrable name beside
// the brand b's name, is for a family service: 'n' a notice's word, 'f'
// a filler, 0 neither (or b is none of familyBrands). Beside a Beside
// brand's name only familyActs are a notice's, but on a cheap ending
// (shopCheap) every notice's word is (hinge-match-reveal.top).
func familyKind(b *Brand, w, suffix string) byte {
	switch {
	case !familyBrands[b.Name]:
		return 0
	case familyNotice[w]:
		if b.Beside && !familyActs[w] && !shopCheap[suffix] {
			return 'f'
		}
		return 'n'
	case familyFiller[w]:
		return 'f'
	}
	return 0
}

// familyRefuses reports whether w, beside the brand b's name, says the
// name is a third party's about a family service (familyTrades).
func familyRefuses(b *Brand, w string) bool {
	return familyTrades[w] && familyBrands[b.Name]
}

// familyJoined reports whether rest, what follows a family service's name
// run together in one label, is one word of its notice (tinderverify,
// zolagift, enetviethocphi).
func familyJoined(b *Brand, rest string) bool {
	return familyBrands[b.Name] && (familyNotice[rest] && (!b.Beside || familyActs[rest]) || noticeTrouble[rest])
}

// familyWeak reports whether the brand b is a family service read only
// beside a notice's words (Beside: tinder, hinge, zola): NoticeName reads
// it only with a word that acts or two notice words.
func familyWeak(b *Brand) bool {
	return b.Beside && familyBrands[b.Name]
}

// familyNearMin is the fewest letters a family service's name read only
// whole needs to be read misspelt (familyNear): grindr and tinder have
// six, okcupid seven.
const familyNearMin = 6

// familyNear reports whether the name n is a family service's one
// WordTypo reads misspelt though its brand is Beside or shorter than
// WordNearMin: a name read only whole of familyNearMin letters or more
// (okcupld, grindrr, brightwheeel, tindder); hinge, zola and happn are
// shorter (words and names a letter from others: hinges, zolla).
func familyNear(n *name) bool {
	return familyBrands[n.brand.Name] && len(n.word) >= familyNearMin && n.brand.Tool
}

// familyLookBrand reports whether the brand b is a family service's read
// by its look (TravelLook, CareLook): a letter doubled, one like
// another, one dropped, punycode (grìndr, tìnder).
func familyLookBrand(b *Brand) bool {
	return familyBrands[b.Name]
}
