package brand

// Travel are the platforms people book, fly, ride, stay and cross
// borders through (trip49): booking and travel-search sites, tour and
// activity sellers, hotel chains and their loyalty programmes, airlines
// worldwide and Vietnam's with their miles programmes, rail, bus and
// ferry operators and passes, eSIM sellers, ride-hailing and car
// rental, visa-appointment services and Vietnamese travel firms. Their
// impostors name a page after the platform and what its notice to a
// traveller is about: a reservation to confirm, a guest's payment, a
// refund, miles or points to redeem before they expire, a voucher, a
// ticket; in Vietnamese hoàn vé (refund a ticket), đặt phòng (book a
// room), đổi dặm (redeem miles), giá rẻ, giá gốc (cheap, at cost)
// (booking-guest-verify, expedia-refund-desk, marriott-bonvoy-points,
// lufthansa-miles-claim, vietjet-hoanve), or misspell its name by a slip
// of the hand (bookingg, travelokaa, emiratess), or write it in another
// script's look-alike letters (expédia in punycode). They are protected
// at run time, as Runtime's brands are (the trainer reads links without
// them), and joined to Runtime when the package starts.
//
// Every one is a Tool brand: developers and bloggers name their
// projects, trackers and guides after them (booking-engine,
// airbnb/javascript, uber/cadence, skyscanner/backpack), so the name is
// read only in a stranger's registrable name. Names that are words of
// English, people's or places' names (booking, kayak, hopper, hilton,
// hyatt, accor, wyndham, emirates, delta, united, southwest, klm, uber,
// bolt, greyhound, hertz, avis, melia, saily, mytour …) are Beside
// brands: read only whole beside a notice's words (Match.NoticeName),
// never alone or inside another word (deltadental, unitedway,
// emirates247, bookingcalendar); the long ones are read misspelt as a
// whole label too (travelNear: bookingg, emiratess). Brands already
// protected (Airbnb, Grab, Vietnam Airlines, Vietjet) are not repeated;
// their names take the travel notice's words (travelOld). Their Domains
// are where the brand alone serves its sign-in and pages.
var Travel = []Brand{
	// booking and travel-search sites
	{Name: "Booking.com", Domains: []string{"booking.com", "bstatic.com", "booking.cn", "bookingholdings.com", "booking.design"}, Words: []string{"bookingcom"}, Tool: true},
	{Name: "Booking.com", Domains: []string{"booking.com", "bstatic.com"}, Words: []string{"booking"}, Tool: true, Beside: true},
	{Name: "Expedia", Domains: []string{"expedia.com", "expedia.co.uk", "expedia.ca", "expedia.com.au", "expedia.de", "expedia.fr", "expedia.co.jp", "expedia.com.vn", "expediagroup.com", "expedia.co.in", "expedia.com.sg"}, Words: []string{"expedia", "expediagroup"}, AnyCountry: true, Tool: true},
	{Name: "Agoda", Domains: []string{"agoda.com", "agoda.net", "agoda.vn"}, Words: []string{"agoda"}, Tool: true},
	{Name: "Trip.com", Domains: []string{"trip.com", "ctrip.com", "tripcdn.com", "ctrip.cn", "c-ctrip.com"}, Words: []string{"tripcom", "ctrip"}, Tool: true},
	{Name: "Traveloka", Domains: []string{"traveloka.com"}, Words: []string{"traveloka"}, Tool: true},
	{Name: "Hotels.com", Domains: []string{"hotels.com"}, Words: []string{"hotelscom"}, Tool: true},
	{Name: "Vrbo", Domains: []string{"vrbo.com", "homeaway.com"}, Words: []string{"vrbo", "homeaway"}, Tool: true},
	{Name: "Tripadvisor", Domains: []string{"tripadvisor.com", "tripadvisor.co.uk", "tripadvisor.com.vn", "tripadvisor.ca", "tripadvisor.de", "tripadvisor.fr", "tripadvisor.co", "tacdn.com"}, Words: []string{"tripadvisor"}, AnyCountry: true, Tool: true},
	{Name: "Priceline", Domains: []string{"priceline.com"}, Words: []string{"priceline"}, Tool: true},
	{Name: "Kayak", Domains: []string{"kayak.com", "kayak.co.uk", "kayak.de", "kayak.com.au"}, Words: []string{"kayak"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Skyscanner", Domains: []string{"skyscanner.net", "skyscanner.com", "skyscanner.com.vn", "skyscanner.co.in", "skyscanner.com.au", "skyscanner.de"}, Words: []string{"skyscanner"}, AnyCountry: true, Tool: true},
	{Name: "Trivago", Domains: []string{"trivago.com", "trivago.co.uk", "trivago.de", "trivago.vn"}, Words: []string{"trivago"}, AnyCountry: true, Tool: true},
	{Name: "Hostelworld", Domains: []string{"hostelworld.com"}, Words: []string{"hostelworld"}, Tool: true},
	{Name: "Hopper", Domains: []string{"hopper.com"}, Words: []string{"hopper"}, Tool: true, Beside: true},
	{Name: "Orbitz", Domains: []string{"orbitz.com", "orbitz.co.uk"}, Words: []string{"orbitz"}, Tool: true},
	{Name: "Travelocity", Domains: []string{"travelocity.com"}, Words: []string{"travelocity"}, Tool: true},
	{Name: "Hotwire", Domains: []string{"hotwire.com"}, Words: []string{"hotwire"}, Tool: true, Beside: true},
	{Name: "CheapOair", Domains: []string{"cheapoair.com"}, Words: []string{"cheapoair"}, Tool: true},
	{Name: "Momondo", Domains: []string{"momondo.com"}, Words: []string{"momondo"}, AnyCountry: true, Tool: true},
	{Name: "eDreams", Domains: []string{"edreams.com", "edreams.net"}, Words: []string{"edreams"}, AnyCountry: true, Tool: true},
	{Name: "Opodo", Domains: []string{"opodo.com", "opodo.co.uk"}, Words: []string{"opodo"}, AnyCountry: true, Tool: true},
	{Name: "lastminute.com", Domains: []string{"lastminute.com"}, Words: []string{"lastminutecom"}, Tool: true},
	{Name: "MakeMyTrip", Domains: []string{"makemytrip.com"}, Words: []string{"makemytrip"}, Tool: true},
	{Name: "Goibibo", Domains: []string{"goibibo.com"}, Words: []string{"goibibo"}, Tool: true},
	{Name: "Cleartrip", Domains: []string{"cleartrip.com"}, Words: []string{"cleartrip"}, Tool: true},
	{Name: "Wego", Domains: []string{"wego.com", "wego.vn"}, Words: []string{"wego"}, AnyCountry: true, Tool: true, Beside: true},
	// tour and activity sellers
	{Name: "Klook", Domains: []string{"klook.com"}, Words: []string{"klook"}, Tool: true},
	{Name: "GetYourGuide", Domains: []string{"getyourguide.com", "getyourguide.de", "getyourguide.co.uk"}, Words: []string{"getyourguide"}, AnyCountry: true, Tool: true},
	{Name: "Viator", Domains: []string{"viator.com"}, Words: []string{"viator"}, Tool: true},
	{Name: "Tiqets", Domains: []string{"tiqets.com"}, Words: []string{"tiqets"}, Tool: true},
	{Name: "Headout", Domains: []string{"headout.com"}, Words: []string{"headout"}, Tool: true},
	{Name: "KKday", Domains: []string{"kkday.com"}, Words: []string{"kkday"}, Tool: true},
	// hotel chains and their loyalty programmes
	{Name: "Marriott", Domains: []string{"marriott.com", "marriott.com.cn", "marriottbonvoy.com"}, Words: []string{"marriott", "marriottbonvoy", "bonvoy"}, Tool: true},
	{Name: "Hilton", Domains: []string{"hilton.com", "hiltonhonors.com", "hiltongrandvacations.com", "hilton.io"}, Words: []string{"hilton", "hiltonhonors"}, Tool: true, Beside: true},
	{Name: "IHG", Domains: []string{"ihg.com", "ihgplc.com", "holidayinn.com"}, Words: []string{"ihg", "ihgrewards", "ihgonerewards"}, Tool: true, Beside: true},
	{Name: "Hyatt", Domains: []string{"hyatt.com", "worldofhyatt.com"}, Words: []string{"hyatt", "worldofhyatt"}, Tool: true, Beside: true},
	{Name: "Accor", Domains: []string{"accor.com", "accorhotels.com", "all.accor.com", "novotel.com", "sofitel.com", "ibis.com"}, Words: []string{"accor", "accorhotels", "accorlive"}, Tool: true, Beside: true},
	{Name: "Wyndham", Domains: []string{"wyndhamhotels.com", "wyndham.com", "wyndhamrewards.com"}, Words: []string{"wyndham", "wyndhamhotels", "wyndhamrewards"}, Tool: true, Beside: true},
	{Name: "Choice Hotels", Domains: []string{"choicehotels.com"}, Words: []string{"choicehotels"}, Tool: true},
	{Name: "Best Western", Domains: []string{"bestwestern.com"}, Words: []string{"bestwestern"}, Tool: true},
	{Name: "Radisson", Domains: []string{"radissonhotels.com", "radisson.com"}, Words: []string{"radisson", "radissonhotels"}, Tool: true},
	{Name: "Shangri-La", Domains: []string{"shangri-la.com"}, Words: []string{"shangrila"}, Tool: true, Beside: true},
	{Name: "Four Seasons", Domains: []string{"fourseasons.com"}, Words: []string{"fourseasons"}, Tool: true, Beside: true},
	{Name: "Mandarin Oriental", Domains: []string{"mandarinoriental.com"}, Words: []string{"mandarinoriental"}, Tool: true},
	{Name: "Meliá", Domains: []string{"melia.com"}, Words: []string{"melia"}, Tool: true, Beside: true},
	{Name: "Vinpearl", Domains: []string{"vinpearl.com"}, Words: []string{"vinpearl"}, Tool: true},
	{Name: "Mường Thanh", Domains: []string{"muongthanh.com", "muongthanh.vn"}, Words: []string{"muongthanh"}, Tool: true},
	// airlines and their miles programmes
	{Name: "Lufthansa", Domains: []string{"lufthansa.com", "lufthansagroup.com", "miles-and-more.com"}, Words: []string{"lufthansa"}, Tool: true},
	{Name: "Miles & More", Domains: []string{"miles-and-more.com", "milesandmore.com"}, Words: []string{"milesandmore"}, Tool: true},
	{Name: "Emirates", Domains: []string{"emirates.com", "emiratesholidays.com"}, Words: []string{"emirates", "skywards"}, Tool: true, Beside: true},
	{Name: "Qatar Airways", Domains: []string{"qatarairways.com", "qatarairways.com.qa"}, Words: []string{"qatarairways"}, Tool: true},
	{Name: "Etihad", Domains: []string{"etihad.com", "etihadguest.com"}, Words: []string{"etihad", "etihadguest"}, Tool: true},
	{Name: "Singapore Airlines", Domains: []string{"singaporeair.com", "singaporeair.com.sg", "krisflyer.com"}, Words: []string{"singaporeair", "singaporeairlines", "krisflyer"}, Tool: true},
	{Name: "Cathay Pacific", Domains: []string{"cathaypacific.com", "cathay.com", "asiamiles.com"}, Words: []string{"cathaypacific", "asiamiles"}, Tool: true},
	{Name: "Air France", Domains: []string{"airfrance.com", "airfrance.fr", "airfrance.co.uk", "airfrance.us", "flyingblue.com", "airfranceklm.com"}, Words: []string{"airfrance", "flyingblue"}, AnyCountry: true, Tool: true},
	{Name: "KLM", Domains: []string{"klm.com", "klm.nl", "klm.co.uk"}, Words: []string{"klm"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "British Airways", Domains: []string{"britishairways.com", "ba.com", "avios.com"}, Words: []string{"britishairways", "avios"}, Tool: true},
	{Name: "Delta Air Lines", Domains: []string{"delta.com"}, Words: []string{"delta", "skymiles"}, Tool: true, Beside: true},
	{Name: "United Airlines", Domains: []string{"united.com"}, Words: []string{"united", "mileageplus"}, Tool: true, Beside: true},
	{Name: "American Airlines", Domains: []string{"aa.com", "americanairlines.com"}, Words: []string{"americanairlines", "aadvantage"}, Tool: true},
	{Name: "Southwest Airlines", Domains: []string{"southwest.com", "southwestvacations.com"}, Words: []string{"southwest", "southwestair", "rapidrewards"}, Tool: true, Beside: true},
	{Name: "JetBlue", Domains: []string{"jetblue.com"}, Words: []string{"jetblue"}, Tool: true},
	{Name: "Alaska Airlines", Domains: []string{"alaskaair.com"}, Words: []string{"alaskaair", "alaskaairlines"}, Tool: true},
	{Name: "Air Canada", Domains: []string{"aircanada.com", "aircanada.ca", "aeroplan.com"}, Words: []string{"aircanada", "aeroplan"}, Tool: true},
	{Name: "WestJet", Domains: []string{"westjet.com"}, Words: []string{"westjet"}, Tool: true},
	{Name: "Qantas", Domains: []string{"qantas.com", "qantas.com.au"}, Words: []string{"qantas"}, Tool: true},
	{Name: "Virgin Atlantic", Domains: []string{"virginatlantic.com"}, Words: []string{"virginatlantic"}, Tool: true},
	{Name: "Virgin Australia", Domains: []string{"virginaustralia.com", "velocityfrequentflyer.com"}, Words: []string{"virginaustralia", "velocityfrequentflyer"}, Tool: true},
	{Name: "Ryanair", Domains: []string{"ryanair.com"}, Words: []string{"ryanair"}, Tool: true},
	{Name: "easyJet", Domains: []string{"easyjet.com"}, Words: []string{"easyjet"}, Tool: true},
	{Name: "Wizz Air", Domains: []string{"wizzair.com"}, Words: []string{"wizzair"}, Tool: true},
	{Name: "Turkish Airlines", Domains: []string{"turkishairlines.com", "thy.com"}, Words: []string{"turkishairlines"}, Tool: true},
	{Name: "AirAsia", Domains: []string{"airasia.com"}, Words: []string{"airasia"}, Tool: true},
	{Name: "Jetstar", Domains: []string{"jetstar.com"}, Words: []string{"jetstar"}, Tool: true},
	{Name: "Scoot", Domains: []string{"flyscoot.com"}, Words: []string{"flyscoot"}, Tool: true},
	{Name: "Cebu Pacific", Domains: []string{"cebupacificair.com"}, Words: []string{"cebupacific", "cebupacificair"}, Tool: true},
	{Name: "Korean Air", Domains: []string{"koreanair.com"}, Words: []string{"koreanair"}, Tool: true},
	{Name: "Asiana Airlines", Domains: []string{"flyasiana.com"}, Words: []string{"asiana", "flyasiana"}, Tool: true},
	{Name: "Thai Airways", Domains: []string{"thaiairways.com"}, Words: []string{"thaiairways"}, Tool: true},
	{Name: "Malaysia Airlines", Domains: []string{"malaysiaairlines.com"}, Words: []string{"malaysiaairlines"}, Tool: true},
	{Name: "Garuda Indonesia", Domains: []string{"garuda-indonesia.com"}, Words: []string{"garudaindonesia"}, Tool: true},
	{Name: "EVA Air", Domains: []string{"evaair.com"}, Words: []string{"evaair"}, Tool: true},
	{Name: "China Airlines", Domains: []string{"china-airlines.com"}, Words: []string{"chinaairlines"}, Tool: true},
	{Name: "Air India", Domains: []string{"airindia.com", "airindia.in"}, Words: []string{"airindia"}, Tool: true},
	{Name: "IndiGo", Domains: []string{"goindigo.in"}, Words: []string{"goindigo"}, Tool: true},
	{Name: "Bamboo Airways", Domains: []string{"bambooairways.com"}, Words: []string{"bambooairways"}, Tool: true},
	{Name: "Vietravel Airlines", Domains: []string{"vietravelairlines.com", "vietravelairlines.vn"}, Words: []string{"vietravelairlines"}, Tool: true},
	{Name: "Lotusmiles", Domains: []string{"vietnamairlines.com", "lotusmiles.com", "lotusmiles.vn"}, Words: []string{"lotusmiles"}, Tool: true},
	{Name: "SkyJoy", Domains: []string{"skyjoy.vn", "vietjetair.com"}, Words: []string{"skyjoy"}, Tool: true},
	// rail, bus and ferry operators and passes
	{Name: "Eurostar", Domains: []string{"eurostar.com"}, Words: []string{"eurostar"}, Tool: true},
	{Name: "Amtrak", Domains: []string{"amtrak.com"}, Words: []string{"amtrak"}, Tool: true},
	{Name: "Trainline", Domains: []string{"thetrainline.com", "trainline.com", "trainline.eu"}, Words: []string{"trainline", "thetrainline"}, Tool: true},
	{Name: "Deutsche Bahn", Domains: []string{"bahn.de", "bahn.com", "deutschebahn.com"}, Words: []string{"deutschebahn"}, Tool: true},
	{Name: "SNCF", Domains: []string{"sncf.com", "sncf-connect.com", "sncf.fr", "sncf-voyageurs.com"}, Words: []string{"sncf", "sncfconnect"}, Tool: true},
	{Name: "Trenitalia", Domains: []string{"trenitalia.com", "trenitalia.it"}, Words: []string{"trenitalia"}, Tool: true},
	{Name: "Renfe", Domains: []string{"renfe.com", "renfe.es"}, Words: []string{"renfe"}, Tool: true},
	{Name: "FlixBus", Domains: []string{"flixbus.com", "flixbus.de", "flixbus.co.uk", "flix.com"}, Words: []string{"flixbus"}, AnyCountry: true, Tool: true},
	{Name: "Greyhound", Domains: []string{"greyhound.com", "greyhound.ca"}, Words: []string{"greyhound"}, Tool: true, Beside: true},
	{Name: "Megabus", Domains: []string{"megabus.com"}, Words: []string{"megabus"}, Tool: true},
	{Name: "Eurail", Domains: []string{"eurail.com", "interrail.eu"}, Words: []string{"eurail", "interrail"}, Tool: true},
	{Name: "Japan Rail Pass", Domains: []string{"japanrailpass.net", "jrpass.com", "japan-rail-pass.com"}, Words: []string{"japanrailpass"}, Tool: true},
	{Name: "FUTA Bus Lines", Domains: []string{"futabus.vn", "futa.vn"}, Words: []string{"futabus"}, Tool: true},
	{Name: "Vexere", Domains: []string{"vexere.com"}, Words: []string{"vexere"}, Tool: true},
	// eSIM sellers
	{Name: "Airalo", Domains: []string{"airalo.com"}, Words: []string{"airalo"}, Tool: true},
	{Name: "Holafly", Domains: []string{"holafly.com"}, Words: []string{"holafly"}, Tool: true},
	{Name: "Ubigi", Domains: []string{"ubigi.com"}, Words: []string{"ubigi"}, Tool: true},
	{Name: "Saily", Domains: []string{"saily.com"}, Words: []string{"saily"}, Tool: true, Beside: true},
	{Name: "GigSky", Domains: []string{"gigsky.com"}, Words: []string{"gigsky"}, Tool: true},
	// ride-hailing and car rental
	{Name: "Uber", Domains: []string{"uber.com", "ubereats.com", "uber.link"}, Words: []string{"uber"}, Tool: true, Beside: true},
	{Name: "Lyft", Domains: []string{"lyft.com"}, Words: []string{"lyft"}, Tool: true},
	{Name: "Bolt", Domains: []string{"bolt.eu"}, Words: []string{"bolt"}, Tool: true, Beside: true},
	{Name: "Gojek", Domains: []string{"gojek.com", "gojek.io"}, Words: []string{"gojek"}, Tool: true},
	{Name: "Xanh SM", Domains: []string{"xanhsm.com"}, Words: []string{"xanhsm"}, Tool: true},
	{Name: "DiDi", Domains: []string{"didiglobal.com", "didichuxing.com"}, Words: []string{"didi", "didiglobal"}, Tool: true, Beside: true},
	{Name: "Careem", Domains: []string{"careem.com"}, Words: []string{"careem"}, Tool: true},
	{Name: "Hertz", Domains: []string{"hertz.com", "hertz.co.uk", "hertz.de"}, Words: []string{"hertz"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Avis", Domains: []string{"avis.com", "avis.co.uk"}, Words: []string{"avis"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Sixt", Domains: []string{"sixt.com", "sixt.de", "sixt.co.uk", "sixt.io"}, Words: []string{"sixt"}, AnyCountry: true, Tool: true},
	{Name: "Europcar", Domains: []string{"europcar.com", "europcar.co.uk", "europcar.de", "europcar.fr"}, Words: []string{"europcar"}, AnyCountry: true, Tool: true},
	{Name: "Rentalcars.com", Domains: []string{"rentalcars.com"}, Words: []string{"rentalcars"}, Tool: true},
	{Name: "Turo", Domains: []string{"turo.com"}, Words: []string{"turo"}, Tool: true, Beside: true},
	// visa-appointment services
	{Name: "VFS Global", Domains: []string{"vfsglobal.com", "vfsglobal.cn"}, Words: []string{"vfsglobal"}, Tool: true},
	{Name: "VFS Global", Domains: []string{"vfsglobal.com"}, Words: []string{"vfs"}, Tool: true, Beside: true},
	{Name: "TLScontact", Domains: []string{"tlscontact.com"}, Words: []string{"tlscontact"}, Tool: true},
	{Name: "BLS International", Domains: []string{"blsinternational.com", "blsspainvisa.com"}, Words: []string{"blsinternational"}, Tool: true},
	// Vietnamese travel firms
	{Name: "Vietravel", Domains: []string{"travel.com.vn", "vietravel.com", "vietravel.vn"}, Words: []string{"vietravel"}, Tool: true},
	{Name: "Saigontourist", Domains: []string{"saigontourist.net", "saigontourist.com.vn"}, Words: []string{"saigontourist"}, Tool: true},
	{Name: "iVIVU", Domains: []string{"ivivu.com"}, Words: []string{"ivivu"}, Tool: true},
	{Name: "Mytour", Domains: []string{"mytour.vn"}, Words: []string{"mytour"}, Tool: true, Beside: true},
	{Name: "Vntrip", Domains: []string{"vntrip.vn"}, Words: []string{"vntrip"}, Tool: true},
	{Name: "Sun World", Domains: []string{"sunworld.vn"}, Words: []string{"sunworld"}, Tool: true, Beside: true},
}

// travelOld are the brands protected before trip49 that travellers book,
// fly and ride with: beside their names the travel notice's words are a
// notice's too (travelBrands).
var travelOld = []string{"Airbnb", "Grab", "Vietnam Airlines", "Vietjet"}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (expediarefund, bookingpayment: Brand.Trade)
	for i := range Travel {
		Travel[i].Trade = travelTrade
	}
	Runtime = append(Runtime, Travel...)
}

// travelTrade are the words a travel platform's impostors run its name
// together with in one label (expediarefund, bookingguest, qantaspoints).
var travelTrade = []string{"booking", "bookings", "reservation", "reservations", "guest", "guests", "refund",
	"refunds", "checkin", "miles", "points", "rewards", "redeem", "voucher", "vouchers", "tickets", "login",
	"signin", "verify", "payment", "support", "hoanve", "datphong", "doidam", "khuyenmai"}

// travelBrands are the brands a traveller books, flies, rides or stays
// with (Travel's and travelOld): beside their names the travel notice's
// words (travelNotice) are a notice's.
var travelBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Travel {
		m[b.Name] = true
	}
	for _, n := range travelOld {
		m[n] = true
	}
	return m
}()

// travelNotice are what a travel platform's notice to a traveller is
// about: a booking, a reservation, a guest's or a host's payment, a
// check-in, a boarding pass, a refund, a cancellation, miles, points or
// rewards to redeem, an upgrade, a voucher, a deal, tickets, an
// itinerary, a deposit, compensation; in Vietnamese vé (ticket), hoàn vé
// (refund a ticket), đặt phòng (book a room), đặt vé (book a ticket),
// đổi dặm, đổi điểm (redeem miles, points), dặm, điểm, giá rẻ, giá gốc
// (cheap, at cost), khuyến mãi, ưu đãi (a deal), tặng vé (a free
// ticket), hoàn tiền (money back), xác nhận (confirm).
var travelNotice = setOfWords("booking", "bookings", "reservation", "reservations", "guest", "guests", "host",
	"hosts", "checkin", "boarding", "boardingpass", "refunds", "cancel", "cancellation", "cancelled", "canceled",
	"miles", "mile", "points", "redeem", "redemption", "rewards", "reward", "award", "awards", "voucher",
	"vouchers", "deal", "deals", "ticket", "tickets", "itinerary", "deposit", "compensation", "rebooking", "rebook",
	"hoanve", "datphong", "datve", "doidam", "doidiem", "dam", "diem", "giare", "giagoc", "khuyenmai", "uudai",
	"tangve", "hoantien", "xacnhan", "ve", "vemaybay", "vexe", "vetau", "cheap")

// travelActs are the travel notice's words that act on a traveller's
// account, booking or money, not a trade's subject: a booking to confirm,
// a guest's deposit, a check-in, a boarding pass, a refund or a
// compensation to claim, miles or points to redeem, a voucher; in
// Vietnamese hoàn vé, hoàn tiền, đổi dặm, đổi điểm, tặng vé, xác nhận.
// Beside a travel platform's name a travel notice is read only with one
// of them, an account's word or a second notice's word; rewards, awards
// and deals are the programmes' and the shops' own names (IHG Rewards,
// Wyndham Rewards, Rapid Rewards), not an act (hiltonhonorsrewards).
var travelActs = setOfWords("reservation", "reservations", "guest", "guests", "checkin", "boarding",
	"boardingpass", "refunds", "cancellation", "cancelled", "canceled", "miles", "points", "redeem", "redemption",
	"voucher", "vouchers", "deposit", "compensation", "rebooking", "hoanve", "doidam", "doidiem",
	"tangve", "hoantien", "xacnhan", "datphong")

// travelBooked are the travelActs an ordinary business's own site names
// too: a reservation, a guest, a check-in, a deposit, a room booked
// (đặt phòng). Beside a word-like travel name (a Beside brand: kayak,
// united, delta, mytour) they are a tour seller's, a venue's or a
// hotel's own words (kayak-tours-reservations, united-reservations-
// center, delta-hotel-checkin), so there they act only with another
// act (travelBookedOnly).
var travelBooked = setOfWords("reservation", "reservations", "guest", "guests", "checkin", "deposit", "datphong")

// travelBookedOnly reports whether w, a word beside the brand b's name
// that acts on an account (workActs, travelActs), is one of travelBooked
// beside a word-like travel name: there it acts only with another act.
func travelBookedOnly(b *Brand, w string) bool {
	return b.Beside && travelBooked[w] && travelBrands[b.Name]
}

// travelFiller are a traveller's words beside a travel platform's name
// that say nothing alone: what the platform sells and who it serves.
var travelFiller = setOfWords("hotel", "hotels", "flight", "flights", "travel", "trip", "trips", "tour", "tours",
	"airline", "airlines", "airways", "air", "club", "frequent", "flyer", "ff", "honors", "onerewards", "bonvoy",
	"skywards", "privilege", "pass", "esim", "driver", "drivers", "rider", "rental", "car", "partner", "extranet",
	"manage", "my", "visa", "holiday", "holidays", "vacation", "vacations", "stay", "room", "rooms", "tet",
	"khachsan", "phong", "chuyenbay", "dulich", "online", "in", "status", "elite", "gold", "app",
	// the programmes' own names beside their airline's or chain's
	"skypass", "enrich", "milessmiles", "mileage", "trueblue", "velocity", "executive", "royalorchid", "circle")

// travelKind says what w, a part of a stranger's registrable name beside
// the brand b's name, is for a travel platform: 'n' a notice's word, 'f'
// a filler, 0 neither (or b is none of travelBrands).
func travelKind(b *Brand, w string) byte {
	switch {
	case !travelBrands[b.Name]:
		return 0
	case travelNotice[w]:
		return 'n'
	case travelFiller[w]:
		return 'f'
	}
	return 0
}

// travelJoined reports whether rest, what follows a travel platform's
// name run together in one label, is one word of its notice
// (expediarefund, bookingguest, vietjethoanve).
func travelJoined(b *Brand, rest string) bool {
	return travelBrands[b.Name] && (travelNotice[rest] || noticeTrouble[rest] || accountWords[rest])
}

// travelNearMin is the fewest letters a travel platform's name read only
// whole needs to be read misspelt (travelNear): hilton and qantas have
// six.
const travelNearMin = 6

// travelNear reports whether the name n is one WordTypo reads misspelt
// though its brand is no Tool brand read alone: a travel platform's name
// read only whole, of travelNearMin letters or more, Beside or not
// (bookingg, emiratess, travelokaa).
func travelNear(n *name) bool {
	return travelBrands[n.brand.Name] && len(n.word) >= travelNearMin && n.brand.Tool
}

// travelBeside reports whether the brand b is a travel platform whose
// name matched is read only beside a notice's words (Beside: booking,
// kayak, hilton, emirates, delta, united, uber, hertz): such a name is an
// ordinary word or a person's or a place's name beside a travel notice's
// words in thousands of real names (delta-deals, united-tickets,
// kayak-tours, booking-deals), so NoticeName reads it only with a word
// that acts on a booking or an account (travelActs, noticeTrouble's,
// accountWords') or beside two of a notice's words.
func travelBeside(b *Brand) bool {
	return b.Beside && travelBrands[b.Name]
}

// TravelLook reports whether the match m is a travel platform's name
// read only whole (Brand.Words) written by its look: a letter doubled or
// swapped for one that looks like it (expediia, expedla, easyjett,
// travelokaa), or in another script's look-alike letters (expédia,
// klóok, emirátes in punycode), not a word of a language (isWord) nor
// one letter from the name with a word across the change
// (wordAcrossEdit). Match reads such a word as the brand's look-alike
// but, for a name read only whole, leaves its weight to the link model,
// which never saw the travel platforms' names (Match.Typo reads only
// Brand.Names so); a Beside brand's (booking, emirates) of
// travelNearMin letters or more is read so too, though its name is read
// otherwise only beside a notice's words. A public office's name
// (govBrands: sunpáss, peachpas, uscls, ezdrivemaa; gov50) is read so
// too.
func (m *Match) TravelLook(isWord func(string) bool) bool {
	if m.Kind != Lookalike && m.Kind != Homoglyph || !m.whole || m.Plausible || m.Dictionary || m.Brand == nil ||
		!travelBrands[m.Brand.Name] && !govBrands[m.Brand.Name] && !careBrands[m.Brand.Name] && !homeBrands[m.Brand.Name] && !familyLookBrand(m.Brand) || len(m.name) < 5 || m.Word == m.name || m.Brand.Beside && len(m.name) < travelNearMin {
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
	return len(m.name) >= 7 && distance(m.Word, m.name, 1) == 1 && (isWord == nil || !wordAcrossEdit(m.Word, m.name, isWord))
}

// travelTrades are the words that say a name beside a travel platform's
// is a third party's about it: a review, a guide, tips, a blog, news, a
// forum, a tracker, a fan's site, a calculator, insurance, jobs or
// shares (uber-driver-review, delta-flight-tracker, marriott-points-
// calculator, emirates-cabin-crew-jobs, booking-holdings-stock).
var travelTrades = setOfWords("review", "reviews", "guide", "guides", "tips", "blog", "news", "forum", "wiki",
	"tracker", "calculator", "compare", "fan", "fans", "history", "photos", "insurance", "jobs", "careers", "crew",
	"stock", "shares", "investor", "investors", "seatmap", "seats", "lounge", "lounges", "museum", "kinhnghiem",
	"review", "camnang", "tintuc")

// travelRefuses reports whether w, beside the brand b's name, says the
// name is a third party's about a travel platform (travelTrades).
func travelRefuses(b *Brand, w string) bool {
	return travelTrades[w] && travelBrands[b.Name]
}

// travelSwapMin is the fewest letters a travel platform's name needs for
// WordTypo to read it with one letter changed for another (travelSwapped).
const travelSwapMin = 8

// travelSwapped reports whether a (a word's letterFold) is the travel
// platform's name n (its letterFold, fold) of travelSwapMin letters or
// more with one letter but the first changed for another (skyscammer is
// not: two; traveloca, lufthanza, tripadvisir are). slipped leaves a
// letter changed out, as it reads other companies' names; a long travel
// platform's coined name has none one letter from it, and WordTypo still
// refuses a word of a language and another brand's name. A public
// office's long coined name (centrelink, peachpass, servicensw; gov50)
// is read so too.
func travelSwapped(a []byte, n *name, fold string, isWord func(string) bool) bool {
	if len(a) != len(fold) || len(fold) < travelSwapMin || !travelBrands[n.brand.Name] && !govBrands[n.brand.Name] {
		return false
	}
	if w := n.word; isWord != nil && (isWord(w[1:]) || isWord(w[:len(w)-1]) || twoWords(w, isWord)) {
		// a name made of words (aadvantage, rentalcars,
		// bestwestern) has other firms' names a letter from it
		// (aidvantage, a student-loan servicer)
		return false
	}
	diff := 0
	for i := 1; i < len(a); i++ {
		if a[i] != fold[i] {
			diff++
		}
	}
	return diff == 1 && !govWordLed(n, isWord)
}
