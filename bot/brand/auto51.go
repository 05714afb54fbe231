package brand

// Auto are the companies people buy, sell, finance, charge, park and
// ride cars with, and those they buy, insure and ship pets with
// (auto51): car marketplaces and dealer chains, car-history and
// valuation services, car makers (whose recalls scams announce), auto
// lenders, EV-charging networks, parking apps, ride-hailing, taxi and
// delivery-driver platforms not protected before, kennel clubs, pet
// shops, pet insurers, puppy marketplaces, shelters and pet-shipping
// firms in the US, the UK, Europe, Australia and Vietnam. Their
// impostors name a page after the company and what its notice is about:
// an instant offer, buyer protection or an escrow, a payout, a VIN
// report, a recall to book, a loan approved, a charging or parking
// charge unpaid, a penalty, a driver's bonus, earnings or documents, a
// puppy's deposit, shipping, crate or customs fee; in Vietnamese xe
// thanh lý (a car sold off), trả góp (instalments), duyệt vay (a loan
// approved), đăng kiểm (inspection), tài xế (a driver), thưởng (a
// bonus), thú cưng (a pet), kiểm dịch (quarantine), vận chuyển
// (shipping), đặt cọc (a deposit) (autotrader-escrow-secure,
// carvana-payout-confirm, toyota-recall-repair, parkmobile-unpaid,
// akc-breeder-deposit, bonbanh-xe-thanhly), or misspell its name by a
// slip of the hand (carfaxx, cargurrus, chargepiont) or in another
// script's look-alike letters (cárfax in punycode). They are protected
// at run time, as Runtime's brands are (the trainer reads links without
// them), and joined to Runtime when the package starts.
//
// Every one is a Tool brand: dealers, forums, owners' clubs, reviewers,
// charging maps and developers name their pages and projects after them
// (toyota-of-dallas, tesla-owners-club, chargepoint-api), so the name is
// read only in a stranger's registrable name. Names that are words of a
// language, people's names or short (ford, kia, honda, mini, rover,
// chewy, blink, ally, motorway, cinch, kbb, akc, evgo, vroom) and every
// car maker's (a dealer's site is named after its maker: toyota-service,
// ford-parts) are Beside brands: read only whole beside a car, driver or
// pet notice's act or two of its words (Match.NoticeName: autoKind),
// never alone. Brands protected before that take these notices (Uber,
// Lyft, Bolt, Grab, Gojek, Xanh SM, DiDi, Careem, DoorDash, Instacart,
// Deliveroo, Just Eat, Glovo, Lalamove, Chợ Tốt, Vingroup, Turo) are not
// repeated; their names take the notice's words (autoOld). Their
// Domains are where the company alone serves its sign-in and pages.
var Auto = []Brand{
	// car marketplaces, dealer chains, auctions and valuation
	{Name: "Carfax", Domains: []string{"carfax.com", "carfax.ca", "carfax.eu", "carfax.co.uk"}, Words: []string{"carfax"}, AnyCountry: true, Tool: true},
	{Name: "AutoCheck", Domains: []string{"autocheck.com"}, Words: []string{"autocheck"}, Tool: true},
	{Name: "Kelley Blue Book", Domains: []string{"kbb.com"}, Words: []string{"kelleybluebook"}, Tool: true},
	{Name: "Kelley Blue Book", Domains: []string{"kbb.com"}, Words: []string{"kbb"}, Tool: true, Beside: true},
	{Name: "Edmunds", Domains: []string{"edmunds.com"}, Words: []string{"edmunds"}, Tool: true, Beside: true},
	{Name: "Autotrader", Domains: []string{"autotrader.com", "autotrader.co.uk", "autotrader.ca", "autotrader.com.au", "autotrader.co.za", "autotrader.nl"}, Words: []string{"autotrader"}, AnyCountry: true, Tool: true},
	{Name: "CarGurus", Domains: []string{"cargurus.com", "cargurus.co.uk", "cargurus.ca"}, Words: []string{"cargurus"}, AnyCountry: true, Tool: true},
	{Name: "Carvana", Domains: []string{"carvana.com"}, Words: []string{"carvana"}, Tool: true},
	{Name: "CarMax", Domains: []string{"carmax.com"}, Words: []string{"carmax"}, Tool: true},
	{Name: "Vroom", Domains: []string{"vroom.com"}, Words: []string{"vroom"}, Tool: true, Beside: true},
	{Name: "TrueCar", Domains: []string{"truecar.com"}, Words: []string{"truecar"}, Tool: true},
	{Name: "Copart", Domains: []string{"copart.com", "copart.co.uk", "copart.ca", "copart.de"}, Words: []string{"copart"}, AnyCountry: true, Tool: true},
	{Name: "IAA", Domains: []string{"iaai.com"}, Words: []string{"iaai"}, Tool: true, Beside: true},
	{Name: "Manheim", Domains: []string{"manheim.com", "manheim.co.uk"}, Words: []string{"manheim"}, Tool: true, Beside: true},
	{Name: "AutoNation", Domains: []string{"autonation.com"}, Words: []string{"autonation"}, Tool: true},
	{Name: "Carsales", Domains: []string{"carsales.com.au"}, Words: []string{"carsales"}, Tool: true, Beside: true},
	{Name: "Carsguide", Domains: []string{"carsguide.com.au"}, Words: []string{"carsguide"}, Tool: true},
	{Name: "Carwow", Domains: []string{"carwow.co.uk", "carwow.de", "carwow.es"}, Words: []string{"carwow"}, AnyCountry: true, Tool: true},
	{Name: "Cazoo", Domains: []string{"cazoo.co.uk"}, Words: []string{"cazoo"}, Tool: true},
	{Name: "Cinch", Domains: []string{"cinch.co.uk"}, Words: []string{"cinch"}, Tool: true, Beside: true},
	{Name: "Motorway", Domains: []string{"motorway.co.uk"}, Words: []string{"motorway"}, Tool: true, Beside: true},
	{Name: "We Buy Any Car", Domains: []string{"webuyanycar.com"}, Words: []string{"webuyanycar"}, Tool: true},
	{Name: "AutoScout24", Domains: []string{"autoscout24.com", "autoscout24.de", "autoscout24.it", "autoscout24.fr", "autoscout24.nl", "autoscout24.be", "autoscout24.at", "autoscout24.es"}, Words: []string{"autoscout24", "autoscout"}, AnyCountry: true, Tool: true},
	{Name: "mobile.de", Domains: []string{"mobile.de"}, Words: []string{"mobilede"}, Tool: true},
	{Name: "HPI Check", Domains: []string{"hpicheck.com", "hpi.co.uk"}, Words: []string{"hpicheck"}, Tool: true},
	{Name: "carVertical", Domains: []string{"carvertical.com"}, Words: []string{"carvertical"}, Tool: true},
	{Name: "Peddle", Domains: []string{"peddle.com"}, Words: []string{"peddle"}, Tool: true, Beside: true},
	{Name: "Turners", Domains: []string{"turners.co.nz"}, Words: []string{"turners"}, Tool: true, Beside: true},
	{Name: "Redbook", Domains: []string{"redbook.com.au"}, Words: []string{"redbook"}, Tool: true, Beside: true},
	// Vietnamese car classifieds, dealers and car firms
	{Name: "Bonbanh", Domains: []string{"bonbanh.com"}, Words: []string{"bonbanh"}, Tool: true},
	{Name: "Carmudi", Domains: []string{"carmudi.vn", "carmudi.co.id", "carmudi.com.ph"}, Words: []string{"carmudi"}, AnyCountry: true, Tool: true},
	{Name: "Oto.com.vn", Domains: []string{"oto.com.vn"}, Words: []string{"otocomvn"}, Tool: true},
	{Name: "Anycar", Domains: []string{"anycar.vn"}, Words: []string{"anycar"}, Tool: true, Beside: true},
	{Name: "Carpla", Domains: []string{"carpla.vn"}, Words: []string{"carpla"}, Tool: true},
	{Name: "VinFast", Domains: []string{"vinfastauto.com", "vinfast.vn", "vinfastauto.us"}, Words: []string{"vinfastauto"}, Tool: true},
	// car makers: their recalls, their finance arms
	{Name: "Toyota", Domains: []string{"toyota.com", "toyota.co.uk", "toyota.com.vn", "toyota.com.au", "toyota.ca", "toyota.de", "toyota-global.com", "lexus.com"}, Words: []string{"toyota"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Honda", Domains: []string{"honda.com", "hondacars.com", "honda.co.uk", "honda.com.vn", "honda.ca", "honda.com.au"}, Words: []string{"honda"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Ford", Domains: []string{"ford.com", "ford.co.uk", "ford.com.vn", "ford.ca", "ford.com.au", "ford.de", "fordcredit.com"}, Words: []string{"ford"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Hyundai", Domains: []string{"hyundai.com", "hyundaiusa.com", "hyundai.co.uk", "hyundai.com.vn"}, Words: []string{"hyundai"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Kia", Domains: []string{"kia.com", "kia.co.uk", "kia.com.vn", "kiamotors.com"}, Words: []string{"kia"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Nissan", Domains: []string{"nissan.com", "nissanusa.com", "nissan.co.uk", "nissan-global.com"}, Words: []string{"nissan"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Volkswagen", Domains: []string{"vw.com", "volkswagen.com", "volkswagen.de", "volkswagen.co.uk"}, Words: []string{"volkswagen"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "BMW", Domains: []string{"bmw.com", "bmwusa.com", "bmw.co.uk", "bmw.de", "bmw.com.vn"}, Words: []string{"bmw"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Mercedes-Benz", Domains: []string{"mercedes-benz.com", "mbusa.com", "mercedes-benz.co.uk", "mercedes-benz.de", "mercedes-benz.com.vn"}, Words: []string{"mercedes", "mercedesbenz"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Tesla", Domains: []string{"tesla.com", "tesla.cn", "teslamotors.com"}, Words: []string{"tesla"}, Tool: true, Beside: true},
	{Name: "Rivian", Domains: []string{"rivian.com"}, Words: []string{"rivian"}, Tool: true, Beside: true},
	{Name: "Polestar", Domains: []string{"polestar.com"}, Words: []string{"polestar"}, Tool: true, Beside: true},
	{Name: "Subaru", Domains: []string{"subaru.com", "subaru.co.uk"}, Words: []string{"subaru"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Mazda", Domains: []string{"mazda.com", "mazdausa.com", "mazda.co.uk"}, Words: []string{"mazda"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Chevrolet", Domains: []string{"chevrolet.com", "gm.com"}, Words: []string{"chevrolet", "chevy"}, Tool: true, Beside: true},
	// auto lenders
	{Name: "GM Financial", Domains: []string{"gmfinancial.com"}, Words: []string{"gmfinancial"}, Tool: true},
	{Name: "Toyota Financial Services", Domains: []string{"toyotafinancial.com"}, Words: []string{"toyotafinancial"}, Tool: true},
	{Name: "Ford Credit", Domains: []string{"fordcredit.com", "ford.com"}, Words: []string{"fordcredit"}, Tool: true},
	{Name: "Honda Financial Services", Domains: []string{"hondafinancialservices.com"}, Words: []string{"hondafinancial", "hondafinancialservices"}, Tool: true},
	{Name: "Ally", Domains: []string{"ally.com"}, Words: []string{"ally", "allyauto"}, Tool: true, Beside: true},
	{Name: "Westlake Financial", Domains: []string{"westlakefinancial.com"}, Words: []string{"westlakefinancial"}, Tool: true},
	{Name: "Credit Acceptance", Domains: []string{"creditacceptance.com"}, Words: []string{"creditacceptance"}, Tool: true},
	{Name: "Exeter Finance", Domains: []string{"exeterfinance.com"}, Words: []string{"exeterfinance"}, Tool: true},
	{Name: "Bridgecrest", Domains: []string{"bridgecrest.com"}, Words: []string{"bridgecrest"}, Tool: true},
	{Name: "Zuto", Domains: []string{"zuto.com"}, Words: []string{"zuto"}, Tool: true, Beside: true},
	{Name: "Moneybarn", Domains: []string{"moneybarn.com"}, Words: []string{"moneybarn"}, Tool: true},
	// EV-charging networks
	{Name: "ChargePoint", Domains: []string{"chargepoint.com"}, Words: []string{"chargepoint"}, Tool: true},
	{Name: "Electrify America", Domains: []string{"electrifyamerica.com"}, Words: []string{"electrifyamerica"}, Tool: true},
	{Name: "EVgo", Domains: []string{"evgo.com"}, Words: []string{"evgo"}, Tool: true, Beside: true},
	{Name: "Blink Charging", Domains: []string{"blinkcharging.com"}, Words: []string{"blinkcharging"}, Tool: true},
	{Name: "Blink Charging", Domains: []string{"blinkcharging.com"}, Words: []string{"blink"}, Tool: true, Beside: true},
	{Name: "Ionity", Domains: []string{"ionity.eu"}, Words: []string{"ionity"}, Tool: true},
	{Name: "Pod Point", Domains: []string{"pod-point.com"}, Words: []string{"podpoint"}, Tool: true},
	{Name: "bp pulse", Domains: []string{"bppulse.co.uk", "bppulse.com", "bp.com"}, Words: []string{"bppulse"}, Tool: true},
	{Name: "Shell Recharge", Domains: []string{"shellrecharge.com", "shell.com"}, Words: []string{"shellrecharge"}, Tool: true},
	{Name: "Fastned", Domains: []string{"fastned.nl", "fastnedcharging.com"}, Words: []string{"fastned"}, Tool: true},
	{Name: "Allego", Domains: []string{"allego.eu"}, Words: []string{"allego"}, Tool: true, Beside: true},
	{Name: "Chargefox", Domains: []string{"chargefox.com"}, Words: []string{"chargefox"}, Tool: true},
	{Name: "InstaVolt", Domains: []string{"instavolt.co.uk"}, Words: []string{"instavolt"}, Tool: true},
	{Name: "Osprey Charging", Domains: []string{"ospreycharging.co.uk"}, Words: []string{"ospreycharging"}, Tool: true},
	{Name: "Gridserve", Domains: []string{"gridserve.com"}, Words: []string{"gridserve"}, Tool: true},
	{Name: "Zapmap", Domains: []string{"zap-map.com"}, Words: []string{"zapmap"}, Tool: true},
	{Name: "PlugShare", Domains: []string{"plugshare.com"}, Words: []string{"plugshare"}, Tool: true},
	// parking apps
	{Name: "ParkMobile", Domains: []string{"parkmobile.io", "parkmobile.com", "parkmobile.nl"}, Words: []string{"parkmobile"}, Tool: true},
	{Name: "PayByPhone", Domains: []string{"paybyphone.com", "paybyphone.co.uk", "paybyphone.fr", "paybyphone.ca"}, Words: []string{"paybyphone"}, AnyCountry: true, Tool: true},
	{Name: "RingGo", Domains: []string{"ringgo.co.uk", "myringgo.co.uk"}, Words: []string{"ringgo", "myringgo"}, Tool: true},
	{Name: "SpotHero", Domains: []string{"spothero.com"}, Words: []string{"spothero"}, Tool: true},
	{Name: "ParkWhiz", Domains: []string{"parkwhiz.com"}, Words: []string{"parkwhiz"}, Tool: true},
	{Name: "JustPark", Domains: []string{"justpark.com"}, Words: []string{"justpark"}, Tool: true},
	{Name: "EasyPark", Domains: []string{"easypark.com", "easypark.net", "easypark.de", "easypark.fr"}, Words: []string{"easypark"}, AnyCountry: true, Tool: true},
	{Name: "Flowbird", Domains: []string{"flowbird.com", "flowbirdapp.com"}, Words: []string{"flowbird"}, Tool: true},
	{Name: "HONK", Domains: []string{"honkmobile.com"}, Words: []string{"honkmobile"}, Tool: true},
	{Name: "Cellopark", Domains: []string{"cellopark.com"}, Words: []string{"cellopark"}, Tool: true},
	{Name: "Parkopedia", Domains: []string{"parkopedia.com"}, Words: []string{"parkopedia"}, Tool: true},
	{Name: "Wilson Parking", Domains: []string{"wilsonparking.com.au"}, Words: []string{"wilsonparking"}, Tool: true},
	// ride-hailing, taxi and delivery-driver platforms
	{Name: "Ola", Domains: []string{"olacabs.com", "olaelectric.com"}, Words: []string{"olacabs"}, Tool: true},
	{Name: "FREENOW", Domains: []string{"free-now.com", "mytaxi.com"}, Words: []string{"freenow"}, Tool: true},
	{Name: "Cabify", Domains: []string{"cabify.com"}, Words: []string{"cabify"}, Tool: true},
	{Name: "BlaBlaCar", Domains: []string{"blablacar.com", "blablacar.co.uk", "blablacar.fr", "blablacar.de", "blablacar.es"}, Words: []string{"blablacar"}, AnyCountry: true, Tool: true},
	{Name: "inDrive", Domains: []string{"indrive.com", "indriver.com"}, Words: []string{"indrive", "indriver"}, Tool: true},
	{Name: "Addison Lee", Domains: []string{"addisonlee.com"}, Words: []string{"addisonlee"}, Tool: true},
	{Name: "Grubhub", Domains: []string{"grubhub.com"}, Words: []string{"grubhub"}, Tool: true},
	{Name: "Postmates", Domains: []string{"postmates.com"}, Words: []string{"postmates"}, Tool: true},
	{Name: "Shipt", Domains: []string{"shipt.com"}, Words: []string{"shipt"}, Tool: true, Beside: true},
	{Name: "Spark Driver", Domains: []string{"drive4spark.com", "walmart.com"}, Words: []string{"sparkdriver", "drive4spark"}, Tool: true},
	{Name: "Amazon Flex", Domains: []string{"flex.amazon.com", "amazon.com"}, Words: []string{"amazonflex"}, Tool: true},
	{Name: "Menulog", Domains: []string{"menulog.com.au", "menulog.co.nz"}, Words: []string{"menulog"}, Tool: true},
	{Name: "Foodpanda", Domains: []string{"foodpanda.com", "foodpanda.sg", "foodpanda.ph"}, Words: []string{"foodpanda"}, AnyCountry: true, Tool: true},
	{Name: "Ahamove", Domains: []string{"ahamove.com"}, Words: []string{"ahamove"}, Tool: true},
	{Name: "Mai Linh", Domains: []string{"mailinh.vn", "mailinhgroup.vn"}, Words: []string{"mailinh", "taximailinh"}, Tool: true, Beside: true},
	{Name: "Vinasun", Domains: []string{"vinasun.vn", "vinasuntaxi.com"}, Words: []string{"vinasun", "taxivinasun"}, Tool: true},
	{Name: "Be", Domains: []string{"be.com.vn"}, Words: []string{"begroup", "bedriver"}, Tool: true},
	// kennel clubs, pet shops, pet insurers, puppy marketplaces,
	// shelters and pet-shipping firms
	{Name: "AKC", Domains: []string{"akc.org", "akcreunite.org", "akcpetinsurance.com"}, Words: []string{"akc"}, Tool: true, Beside: true},
	{Name: "The Kennel Club", Domains: []string{"thekennelclub.org.uk"}, Words: []string{"thekennelclub"}, Tool: true},
	{Name: "UKC", Domains: []string{"ukcdogs.com"}, Words: []string{"ukcdogs"}, Tool: true},
	{Name: "Chewy", Domains: []string{"chewy.com", "chewy.ca"}, Words: []string{"chewy"}, Tool: true, Beside: true},
	{Name: "Petco", Domains: []string{"petco.com"}, Words: []string{"petco"}, Tool: true, Beside: true},
	{Name: "PetSmart", Domains: []string{"petsmart.com", "petsmart.ca"}, Words: []string{"petsmart"}, Tool: true},
	{Name: "Pets at Home", Domains: []string{"petsathome.com"}, Words: []string{"petsathome"}, Tool: true},
	{Name: "Rover", Domains: []string{"rover.com"}, Words: []string{"rover"}, Tool: true, Beside: true},
	{Name: "Wag", Domains: []string{"wagwalking.com"}, Words: []string{"wagwalking"}, Tool: true},
	{Name: "Trupanion", Domains: []string{"trupanion.com"}, Words: []string{"trupanion"}, Tool: true},
	{Name: "Petplan", Domains: []string{"petplan.co.uk", "petplan.com"}, Words: []string{"petplan"}, Tool: true},
	{Name: "Healthy Paws", Domains: []string{"healthypawspetinsurance.com"}, Words: []string{"healthypaws"}, Tool: true},
	{Name: "Embrace Pet Insurance", Domains: []string{"embracepetinsurance.com"}, Words: []string{"embracepetinsurance"}, Tool: true},
	{Name: "ASPCA", Domains: []string{"aspca.org", "aspcapetinsurance.com"}, Words: []string{"aspca"}, Tool: true, Beside: true},
	{Name: "RSPCA", Domains: []string{"rspca.org.uk", "rspca.org.au"}, Words: []string{"rspca"}, Tool: true, Beside: true},
	{Name: "Dogs Trust", Domains: []string{"dogstrust.org.uk"}, Words: []string{"dogstrust"}, Tool: true},
	{Name: "Battersea", Domains: []string{"battersea.org.uk"}, Words: []string{"battersea"}, Tool: true, Beside: true},
	{Name: "Petfinder", Domains: []string{"petfinder.com"}, Words: []string{"petfinder"}, Tool: true},
	{Name: "Adopt a Pet", Domains: []string{"adoptapet.com"}, Words: []string{"adoptapet"}, Tool: true},
	{Name: "PuppySpot", Domains: []string{"puppyspot.com"}, Words: []string{"puppyspot"}, Tool: true},
	{Name: "Pets4Homes", Domains: []string{"pets4homes.co.uk"}, Words: []string{"pets4homes"}, Tool: true},
	{Name: "Greenfield Puppies", Domains: []string{"greenfieldpuppies.com"}, Words: []string{"greenfieldpuppies"}, Tool: true},
	{Name: "Lancaster Puppies", Domains: []string{"lancasterpuppies.com"}, Words: []string{"lancasterpuppies"}, Tool: true},
	{Name: "Banfield", Domains: []string{"banfield.com"}, Words: []string{"banfield"}, Tool: true, Beside: true},
	{Name: "VCA", Domains: []string{"vcahospitals.com", "vca.com"}, Words: []string{"vcahospitals"}, Tool: true},
	{Name: "PetRelocation", Domains: []string{"petrelocation.com"}, Words: []string{"petrelocation"}, Tool: true},
	{Name: "BarkBox", Domains: []string{"barkbox.com"}, Words: []string{"barkbox"}, Tool: true},
	{Name: "Pet Mart", Domains: []string{"petmart.vn"}, Words: []string{"petmart"}, Tool: true, Beside: true},
}

// autoOld are the brands protected before auto51 that people ride,
// drive, deliver, sell cars or buy a car with: beside their names the
// car, driver and pet notice's words are a notice's too (autoBrands).
var autoOld = []string{"Uber", "Lyft", "Bolt", "Grab", "Gojek", "Xanh SM", "DiDi", "Careem", "DoorDash", "Instacart",
	"Deliveroo", "Just Eat", "Glovo", "Lalamove", "Chợ Tốt", "Vingroup", "Turo"}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (carvanapayout, parkmobilefine: Brand.Trade)
	for i := range Auto {
		Auto[i].Trade = autoTrade
	}
	Runtime = append(Runtime, Auto...)
}

// autoTrade are the words a car's, a driver's or a pet's platform's
// impostors run its name together with in one label (carfaxreport,
// parkmobilefine, chewyrefund).
var autoTrade = []string{"report", "offer", "escrow", "payout", "payouts", "deposit", "refund", "recall", "loan",
	"login", "signin", "verify", "payment", "account", "support", "fine", "penalty", "bonus", "driver", "rewards",
	"claim", "tragop", "thanhly", "taixe", "thuong"}

// autoBrands are the brands of cars, drivers and pets (Auto's and
// autoOld): beside their names the notice's words (autoNotice) are a
// notice's.
var autoBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Auto {
		m[b.Name] = true
	}
	for _, n := range autoOld {
		m[n] = true
	}
	return m
}()

// autoNotice are what a car's, a driver's or a pet's platform's notice
// is about: an offer, buyer protection, an escrow, a payout, a VIN, a
// history report, a recall, a repair or a booking, a loan approved, a
// charging session or a parking charge, a permit, a penalty, a driver's
// bonus, earnings or documents, a puppy's or a kitten's deposit,
// shipping, crate, customs or quarantine, an adoption or rehoming fee;
// in Vietnamese xe thanh lý, trả góp, duyệt vay, đăng kiểm, tài xế,
// thưởng, chiết khấu, thú cưng, kiểm dịch, vận chuyển, hải quan, đặt
// cọc, hoàn tiền.
var autoNotice = setOfWords("offer", "offers", "instant", "instantoffer", "escrow", "buyer", "protection",
	"buyerprotection", "payout", "payouts", "vin", "history", "report", "reports", "recall", "recalls", "repair",
	"schedule", "booking", "appointment", "loan", "loans", "approve", "approved", "preapproved", "preapproval",
	"approval", "charging", "charge", "session", "parking", "permit", "penalty", "fine", "fines", "pcn",
	"violation", "bonus", "earnings", "deposit", "puppy", "puppies", "kitten", "kittens", "breeder", "shipping",
	"crate", "customs", "quarantine", "clearance", "adoption", "rehoming", "fee", "fees", "auction", "valuation",
	"appraisal", "release", "hold", "unpaid", "overdue", "refund", "refunds", "claim", "claims", "reward",
	"voucher", "invoice", "sitter", "dasher", "conductor", "pago", "zahlung", "kaeuferschutz", "rechnung", "offen",
	"xethanhly", "thanhly", "haiquan", "tragop", "duyetvay", "dangkiem", "taixe", "thuong", "chietkhau", "thucung",
	"kiemdich", "vanchuyen", "datcoc", "hoantien", "nopphi", "pin")

// autoActs are the notice's words that act on a buyer's, a driver's or
// an owner's money or papers, not a dealer's or a shop's subject: an
// escrow, a payout, a deposit, a recall, a loan approved, a penalty or
// a fine, an unpaid charge, a refund, a bonus, customs, quarantine, a
// crate, a fee, a release; in Vietnamese the same. A driver's earnings
// are a notice's word but no act: drivers' sites and calculators name
// them beside a platform's name (uber-driver-earnings). Beside a word-like
// or a car maker's name (ford, kia, rover, chewy, tesla) a notice is
// read only with one of them, an account's word or a second notice's
// word (ford-offers, tesla-charging are a dealer's and a map's words).
var autoActs = setOfWords("escrow", "buyerprotection", "kaeuferschutz", "payout", "payouts", "deposit", "recall",
	"recalls", "approved", "preapproved", "preapproval", "penalty", "fine", "fines", "pcn", "violation", "unpaid",
	"overdue", "refund", "refunds", "bonus", "customs", "quarantine", "crate", "fee", "fees", "release",
	"hold", "claim", "rehoming", "zahlung", "offen", "thanhly", "xethanhly", "haiquan", "tragop", "duyetvay", "thuong",
	"kiemdich", "datcoc", "hoantien", "nopphi", "chietkhau")

// autoFiller are words beside a car's, a driver's or a pet's
// platform's name that say nothing alone: what it sells, who it serves,
// its country.
var autoFiller = setOfWords("car", "cars", "auto", "autos", "motor", "motors", "vehicle", "vehicles", "ev", "benz",
	"my", "uk", "us", "au", "ca", "vn", "de", "online", "now", "today", "secure", "center", "centre", "portal",
	"notice", "driver", "drivers", "rider", "riders", "partner", "partners", "shopper", "owner", "owners", "pet",
	"pets", "dog", "dogs", "cat", "cats", "financial", "finance", "credit", "safety", "airbag", "supercharger",
	"supercharging", "sell", "home", "oto", "xe", "taxi", "tet", "lot", "cho", "meo", "courier", "couriers", "eats")

// AutoBrand reports whether the brand b is a car's, a driver's or a
// pet's platform (Auto's or autoOld's): its fakes quoted defanged are
// security talk's examples (parkmobile-pay[.]com), as a public office's
// are (GovOffice).
func AutoBrand(b *Brand) bool {
	return b != nil && autoBrands[b.Name]
}

// autoKind says what w, a part of a stranger's registrable name beside
// the brand b's name, is for a car's, a driver's or a pet's platform:
// 'n' a notice's word, 'f' a filler, 0 neither (or b is none of
// autoBrands).
func autoKind(b *Brand, w string) byte {
	switch {
	case !autoBrands[b.Name]:
		return 0
	case autoNotice[w]:
		return 'n'
	case autoFiller[w]:
		return 'f'
	}
	return 0
}

// autoActing reports whether w, a notice's word beside the brand b's
// name, acts on a buyer's, a driver's or an owner's money or papers
// (autoActs).
func autoActing(b *Brand, w string) bool {
	return autoActs[w] && autoBrands[b.Name]
}

// autoBeside reports whether the brand b is a car's, a driver's or a
// pet's platform whose name matched is read only beside a notice's
// words (Beside: ford, kia, rover, chewy, tesla, motorway): beside the
// notice's words it takes an act (autoActs), an account's or a
// trouble's word, or two notice words.
func autoBeside(b *Brand) bool {
	return b.Beside && autoBrands[b.Name]
}

// autoJoined reports whether rest, what follows a car's, a driver's or
// a pet's platform's name run together in one label, is one word of its
// notice (carfaxreport, carvanapayout, parkmobilefine).
func autoJoined(b *Brand, rest string) bool {
	return autoBrands[b.Name] && (autoNotice[rest] && (!b.Beside || autoActs[rest]) || noticeTrouble[rest])
}

// autoTrades are the words that say a name beside a car's, a driver's
// or a pet's platform's is a third party's about it: a dealer's or a
// parts shop's, a review, a forum, an owners' club, news, a guide, a
// map, a calculator, an API, jobs or shares, a rescue, a groomer, a
// trainer (toyota-parts-online, tesla-owners-club, chargepoint-api,
// uber-driver-forum, rover-sitter-reviews).
var autoTrades = setOfWords("review", "reviews", "forum", "forums", "club", "clubs", "community", "news", "blog",
	"guide", "guides", "tips", "wiki", "parts", "accessories", "dealer", "dealers", "dealership", "of", "service",
	"map", "maps", "locator", "finder", "calculator", "compare", "api", "sdk", "dev", "github", "jobs", "careers",
	"stock", "shares", "investor", "investors", "museum", "arena", "stadium", "racing", "rescue", "grooming",
	"training", "trainer", "school", "insurance", "quote", "quotes", "tintuc", "danhgia", "diendan", "phutung",
	"suachua", "baoduong", "showroom", "daily", "store", "shop")

// autoRefuses reports whether w, beside the brand b's name, says the
// name is a third party's about a car's, a driver's or a pet's
// platform (autoTrades).
func autoRefuses(b *Brand, w string) bool {
	return autoTrades[w] && autoBrands[b.Name]
}

// autoNearMin is the fewest letters a car's, a driver's or a pet's
// platform's name read only whole needs to be read misspelt (autoNear):
// carfax, copart and bonbanh have six or seven.
const autoNearMin = 6

// autoNear reports whether the name n is one WordTypo reads misspelt
// though it is shorter than WordNearMin: a coined name read only whole
// of autoNearMin letters or more (carfaxx, cargurrus, petsmarrt), not a
// Beside brand's (a word or a maker's name whose slips are other firms'
// names).
func autoNear(n *name) bool {
	return autoBrands[n.brand.Name] && len(n.word) >= autoNearMin && n.brand.Tool && !n.brand.Beside
}

// autoSwapMin is the fewest letters a car's, a driver's or a pet's
// platform's name needs for WordTypo to read it with one letter changed
// for another (autoSwapped).
const autoSwapMin = 8

// autoSwapped reports whether a (a word's letterFold) is the coined
// name n (its letterFold, fold) of a car's, a driver's or a pet's
// platform of autoSwapMin letters or more with one letter but the first
// changed for another (autotrader as autotradar, chargepoint as
// chargepoimt), not a name made of two words (dogstrust), as
// billSwapped reads a carrier's.
func autoSwapped(a []byte, n *name, fold string, isWord func(string) bool) bool {
	if len(a) != len(fold) || len(fold) < autoSwapMin || !autoBrands[n.brand.Name] || n.brand.Beside {
		return false
	}
	if w := n.word; isWord != nil && (isWord(w[1:]) || isWord(w[:len(w)-1]) || twoWords(w, isWord)) {
		return false
	}
	diff := 0
	for i := 1; i < len(a); i++ {
		if a[i] != fold[i] {
			diff++
		}
	}
	return diff == 1
}

// AutoLook reports whether the match m is a car's, a driver's or a
// pet's platform's name read only whole (Brand.Words) written by its
// look: a letter doubled or swapped for one that looks like it
// (parkrnobile, trupanlon, petsmarrt), or in another script's
// look-alike letters (cárfax, autotrãder in punycode), as BillLook
// reads a carrier's; a name of fewer than autoNearMin letters is not,
// nor a Beside brand's but by another script's letters or a letter
// doubled or like another (teslá, toyotta).
func (m *Match) AutoLook(isWord func(string) bool) bool {
	if m.Kind != Lookalike && m.Kind != Homoglyph || !m.whole || m.Plausible || m.Dictionary || m.Brand == nil ||
		!autoBrands[m.Brand.Name] || len(m.name) < autoNearMin && m.Kind != Homoglyph || len(m.name) < 5 || m.Word == m.name {
		return false
	}
	if m.Kind == Homoglyph {
		return true
	}
	if !letters(m.Word) || isWord != nil && isWord(m.Word) {
		return false
	}
	if collapse(Skeleton(m.Word)) == collapse(Skeleton(m.name)) {
		return true
	}
	return !m.Brand.Beside && len(m.name) >= 7 && distance(m.Word, m.name, 1) == 1 &&
		(isWord == nil || !wordAcrossEdit(m.Word, m.name, isWord))
}
