package brand

// Home are the companies people find, rent, buy, finance, close on,
// move into and guard a home through (home51): listing portals and
// rental marketplaces, tenant-screening, rent-payment and resident
// portals, property-management and HOA software, deposit-protection
// schemes, transaction and e-signing rooms, mortgage lenders and
// servicers, title and escrow firms, movers and storage chains, alarm,
// doorbell-camera and smart-home companies, Europe's listing portals and
// Vietnam's real-estate portals, classifieds and developers. Their
// impostors name a page after the company and what its notice is about:
// a deposit or a holding fee, rent, a lease to e-sign, a tenant's or a
// resident's portal, an application or a screening fee, a viewing, the
// keys, a closing wire, escrow, a payoff, an HOA's dues, a storage
// unit's lien, an alarm's billing; in Vietnamese đặt cọc (a deposit),
// giữ chỗ (a hold), tiền nhà (rent), hợp đồng (a contract), giải ngân (a
// loan paid out), xác minh tin đăng (verify a listing)
// (zillow-rental-holdingfee, buildium-rentpay-portal,
// mrcooper-escrow-refund, simplisafe-billing-update,
// batdongsan-xacminh-tindang), or misspell its name by a slip of the
// hand (zilllow, appfollio, uhual, vinhornes) or write it in another
// script's look-alike letters (zíllow, simplisáfe in punycode). They are
// protected at run time, as Runtime's brands are (the trainer reads links
// without them), and joined to Runtime when the package starts.
//
// Every one is a Tool brand: developers, agents, landlords and
// journalists name their scrapers, calculators, agencies and articles
// after them (zillow-api-client, redfin-data-center, remax-downtown), so
// the name is read only in a stranger's registrable name. Names that are
// words of a language, people's or places' names or short letters (ring,
// arlo, adt, pods, daft, funda, realtor, remax, flatmates, batdongsan,
// muaban, mogi, datxanh, ecopark, opendoor, uwm) are Beside brands: read
// only whole beside a notice's word that acts (homeActs), never alone or
// inside another word (ringtone, fundamental); the long ones are read
// misspelt as a whole label too (homeNear). Brands another builder owns
// (Airbnb, Vrbo: trip49; Craigslist, Gumtree, Kijiji, Chợ Tốt: shop49;
// home insurers: care50; banks) are not repeated. Their Domains are
// where the company alone serves its sign-in and pages.
var Home = []Brand{
	// listing portals and rental marketplaces: the US and Canada
	{Name: "Zillow", Domains: []string{"zillow.com", "zillowstatic.com", "zillowgroup.com"}, Words: []string{"zillow"}, Tool: true},
	{Name: "Redfin", Domains: []string{"redfin.com", "redfin.ca"}, Words: []string{"redfin"}, Tool: true},
	{Name: "Trulia", Domains: []string{"trulia.com"}, Words: []string{"trulia"}, Tool: true},
	{Name: "Realtor.com", Domains: []string{"realtor.com", "move.com", "nar.realtor", "realtor.ca"}, Words: []string{"realtor"}, Tool: true, Beside: true},
	{Name: "HotPads", Domains: []string{"hotpads.com"}, Words: []string{"hotpads"}, Tool: true},
	{Name: "Zumper", Domains: []string{"zumper.com"}, Words: []string{"zumper"}, Tool: true},
	{Name: "PadMapper", Domains: []string{"padmapper.com"}, Words: []string{"padmapper"}, Tool: true},
	{Name: "Apartment List", Domains: []string{"apartmentlist.com"}, Words: []string{"apartmentlist"}, Tool: true},
	{Name: "Opendoor", Domains: []string{"opendoor.com"}, Words: []string{"opendoor"}, Tool: true, Beside: true},
	{Name: "Offerpad", Domains: []string{"offerpad.com"}, Words: []string{"offerpad"}, Tool: true},
	{Name: "Keller Williams", Domains: []string{"kw.com", "kellerwilliams.com"}, Words: []string{"kellerwilliams"}, Tool: true},
	{Name: "RE/MAX", Domains: []string{"remax.com", "remax.ca", "remax.net"}, Words: []string{"remax"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Coldwell Banker", Domains: []string{"coldwellbanker.com"}, Words: []string{"coldwellbanker"}, Tool: true},
	{Name: "Sotheby's International Realty", Domains: []string{"sothebysrealty.com"}, Words: []string{"sothebysrealty"}, Tool: true},
	{Name: "LoopNet", Domains: []string{"loopnet.com"}, Words: []string{"loopnet"}, Tool: true},
	{Name: "RentFaster", Domains: []string{"rentfaster.ca"}, Words: []string{"rentfaster"}, Tool: true},
	// the UK, Ireland and Australia
	{Name: "Rightmove", Domains: []string{"rightmove.co.uk", "rightmove.com"}, Words: []string{"rightmove"}, Tool: true},
	{Name: "Zoopla", Domains: []string{"zoopla.co.uk", "zoopla.com"}, Words: []string{"zoopla"}, Tool: true},
	{Name: "OnTheMarket", Domains: []string{"onthemarket.com"}, Words: []string{"onthemarket"}, Tool: true},
	{Name: "SpareRoom", Domains: []string{"spareroom.co.uk", "spareroom.com"}, Words: []string{"spareroom"}, Tool: true},
	{Name: "OpenRent", Domains: []string{"openrent.co.uk", "openrent.com"}, Words: []string{"openrent"}, Tool: true},
	{Name: "Purplebricks", Domains: []string{"purplebricks.co.uk", "purplebricks.com"}, Words: []string{"purplebricks"}, Tool: true},
	{Name: "Foxtons", Domains: []string{"foxtons.co.uk"}, Words: []string{"foxtons"}, Tool: true},
	{Name: "Daft.ie", Domains: []string{"daft.ie"}, Words: []string{"daft"}, Tool: true, Beside: true},
	{Name: "Flatmates", Domains: []string{"flatmates.com.au"}, Words: []string{"flatmates"}, Tool: true, Beside: true},
	// Europe
	{Name: "Idealista", Domains: []string{"idealista.com", "idealista.it", "idealista.pt"}, Words: []string{"idealista"}, Tool: true},
	{Name: "Fotocasa", Domains: []string{"fotocasa.es"}, Words: []string{"fotocasa"}, Tool: true},
	{Name: "Immobiliare.it", Domains: []string{"immobiliare.it"}, Words: []string{"immobiliare"}, Tool: true, Beside: true},
	{Name: "ImmobilienScout24", Domains: []string{"immobilienscout24.de", "immoscout24.ch", "immobilienscout24.at", "is24.de"}, Words: []string{"immobilienscout24", "immobilienscout", "immoscout24", "immoscout"}, Tool: true},
	{Name: "Immowelt", Domains: []string{"immowelt.de", "immowelt.at"}, Words: []string{"immowelt"}, Tool: true},
	{Name: "Immoweb", Domains: []string{"immoweb.be"}, Words: []string{"immoweb"}, Tool: true},
	{Name: "Funda", Domains: []string{"funda.nl"}, Words: []string{"funda"}, Tool: true, Beside: true},
	{Name: "Pararius", Domains: []string{"pararius.com", "pararius.nl"}, Words: []string{"pararius"}, Tool: true},
	{Name: "Kamernet", Domains: []string{"kamernet.nl"}, Words: []string{"kamernet"}, Tool: true},
	{Name: "SeLoger", Domains: []string{"seloger.com"}, Words: []string{"seloger"}, Tool: true},
	{Name: "Hemnet", Domains: []string{"hemnet.se"}, Words: []string{"hemnet"}, Tool: true},
	{Name: "HousingAnywhere", Domains: []string{"housinganywhere.com"}, Words: []string{"housinganywhere"}, Tool: true},
	{Name: "Spotahome", Domains: []string{"spotahome.com"}, Words: []string{"spotahome"}, Tool: true},
	{Name: "Uniplaces", Domains: []string{"uniplaces.com"}, Words: []string{"uniplaces"}, Tool: true},
	{Name: "WG-Gesucht", Domains: []string{"wg-gesucht.de"}, Words: []string{"wggesucht"}, Tool: true},
	// Vietnam: portals, classifieds and developers
	{Name: "Batdongsan.com.vn", Domains: []string{"batdongsan.com.vn"}, Words: []string{"batdongsan"}, Tool: true, Beside: true},
	{Name: "Nhà Tốt", Domains: []string{"nhatot.com", "chotot.com"}, Words: []string{"nhatot"}, Tool: true},
	{Name: "Alonhadat", Domains: []string{"alonhadat.com.vn"}, Words: []string{"alonhadat"}, Tool: true},
	{Name: "Homedy", Domains: []string{"homedy.com"}, Words: []string{"homedy"}, Tool: true},
	{Name: "Mogi", Domains: []string{"mogi.vn"}, Words: []string{"mogi"}, Tool: true, Beside: true},
	{Name: "Mua Bán", Domains: []string{"muaban.net"}, Words: []string{"muaban"}, Tool: true, Beside: true},
	{Name: "Propzy", Domains: []string{"propzy.vn"}, Words: []string{"propzy"}, Tool: true},
	{Name: "Vinhomes", Domains: []string{"vinhomes.vn", "vinhomes.com.vn"}, Words: []string{"vinhomes"}, Tool: true, Beside: true},
	{Name: "Novaland", Domains: []string{"novaland.com.vn"}, Words: []string{"novaland"}, Tool: true, Beside: true},
	{Name: "Masterise Homes", Domains: []string{"masterisehomes.com"}, Words: []string{"masterisehomes", "masterise"}, Tool: true, Beside: true},
	{Name: "Đất Xanh", Domains: []string{"datxanh.vn", "datxanh.com.vn"}, Words: []string{"datxanh"}, Tool: true, Beside: true},
	{Name: "Nam Long", Domains: []string{"namlongvn.com"}, Words: []string{"namlong"}, Tool: true, Beside: true},
	{Name: "Khang Điền", Domains: []string{"khangdien.com.vn"}, Words: []string{"khangdien"}, Tool: true, Beside: true},
	{Name: "Phú Mỹ Hưng", Domains: []string{"phumyhung.vn", "phumyhung.com.vn"}, Words: []string{"phumyhung"}, Tool: true, Beside: true},
	{Name: "Ecopark", Domains: []string{"ecopark.com.vn"}, Words: []string{"ecopark"}, Tool: true, Beside: true},
	{Name: "Cen Land", Domains: []string{"cenland.vn"}, Words: []string{"cenland"}, Tool: true, Beside: true},
	// tenant screening, rent payment, resident portals and
	// property-management and HOA software
	{Name: "Buildium", Domains: []string{"buildium.com", "managebuilding.com"}, Words: []string{"buildium"}, Tool: true},
	{Name: "AppFolio", Domains: []string{"appfolio.com", "appf.io"}, Words: []string{"appfolio"}, Tool: true},
	{Name: "Yardi", Domains: []string{"yardi.com", "rentcafe.com", "yardibreeze.com"}, Words: []string{"yardi", "rentcafe", "yardibreeze"}, Tool: true},
	{Name: "RealPage", Domains: []string{"realpage.com"}, Words: []string{"realpage"}, Tool: true},
	{Name: "Entrata", Domains: []string{"entrata.com"}, Words: []string{"entrata"}, Tool: true},
	{Name: "Rent Manager", Domains: []string{"rentmanager.com"}, Words: []string{"rentmanager"}, Tool: true},
	{Name: "Propertyware", Domains: []string{"propertyware.com"}, Words: []string{"propertyware"}, Tool: true},
	{Name: "ResMan", Domains: []string{"myresman.com"}, Words: []string{"myresman"}, Tool: true},
	{Name: "TenantCloud", Domains: []string{"tenantcloud.com"}, Words: []string{"tenantcloud"}, Tool: true},
	{Name: "DoorLoop", Domains: []string{"doorloop.com"}, Words: []string{"doorloop"}, Tool: true},
	{Name: "Innago", Domains: []string{"innago.com"}, Words: []string{"innago"}, Tool: true},
	{Name: "Hemlane", Domains: []string{"hemlane.com"}, Words: []string{"hemlane"}, Tool: true},
	{Name: "RentRedi", Domains: []string{"rentredi.com"}, Words: []string{"rentredi"}, Tool: true},
	{Name: "TurboTenant", Domains: []string{"turbotenant.com"}, Words: []string{"turbotenant"}, Tool: true},
	{Name: "Rentec Direct", Domains: []string{"rentecdirect.com"}, Words: []string{"rentecdirect"}, Tool: true},
	{Name: "ClickPay", Domains: []string{"clickpay.com"}, Words: []string{"clickpay"}, Tool: true},
	{Name: "PayLease", Domains: []string{"paylease.com", "gozego.com"}, Words: []string{"paylease"}, Tool: true},
	{Name: "Bilt", Domains: []string{"biltrewards.com", "bilt.com"}, Words: []string{"biltrewards"}, Tool: true},
	{Name: "Rhino", Domains: []string{"sayrhino.com"}, Words: []string{"sayrhino"}, Tool: true},
	{Name: "TheGuarantors", Domains: []string{"theguarantors.com"}, Words: []string{"theguarantors"}, Tool: true},
	{Name: "LeaseLock", Domains: []string{"leaselock.com"}, Words: []string{"leaselock"}, Tool: true},
	{Name: "Rently", Domains: []string{"rently.com"}, Words: []string{"rently"}, Tool: true},
	{Name: "SmartMove", Domains: []string{"mysmartmove.com", "transunion.com"}, Words: []string{"mysmartmove"}, Tool: true},
	{Name: "Goodlord", Domains: []string{"goodlord.co"}, Words: []string{"goodlord"}, Tool: true},
	{Name: "Fixflo", Domains: []string{"fixflo.com"}, Words: []string{"fixflo"}, Tool: true},
	{Name: "PropertyMe", Domains: []string{"propertyme.com.au"}, Words: []string{"propertyme"}, Tool: true},
	{Name: "FrontSteps", Domains: []string{"frontsteps.com"}, Words: []string{"frontsteps"}, Tool: true},
	{Name: "TownSq", Domains: []string{"townsq.io"}, Words: []string{"townsq"}, Tool: true},
	{Name: "AssociaOnline", Domains: []string{"associaonline.com", "associaonline.net"}, Words: []string{"associaonline"}, Tool: true},
	{Name: "FirstService Residential", Domains: []string{"fsresidential.com"}, Words: []string{"fsresidential"}, Tool: true},
	{Name: "Vantaca", Domains: []string{"vantaca.com"}, Words: []string{"vantaca"}, Tool: true},
	// deposit-protection schemes (the UK)
	{Name: "Deposit Protection Service", Domains: []string{"depositprotection.com"}, Words: []string{"depositprotection"}, Tool: true},
	{Name: "Tenancy Deposit Scheme", Domains: []string{"tenancydepositscheme.com"}, Words: []string{"tenancydepositscheme"}, Tool: true},
	{Name: "mydeposits", Domains: []string{"mydeposits.co.uk"}, Words: []string{"mydeposits"}, Tool: true},
	// transaction, e-signing and closing rooms
	{Name: "dotloop", Domains: []string{"dotloop.com"}, Words: []string{"dotloop"}, Tool: true},
	{Name: "SkySlope", Domains: []string{"skyslope.com"}, Words: []string{"skyslope"}, Tool: true},
	{Name: "ShowingTime", Domains: []string{"showingtime.com"}, Words: []string{"showingtime"}, Tool: true},
	{Name: "CertifID", Domains: []string{"certifid.com"}, Words: []string{"certifid"}, Tool: true},
	// mortgage lenders and servicers
	{Name: "Rocket Mortgage", Domains: []string{"rocketmortgage.com", "rocket.com", "rockethomes.com"}, Words: []string{"rocketmortgage", "rockethomes"}, Tool: true},
	{Name: "Mr. Cooper", Domains: []string{"mrcooper.com"}, Words: []string{"mrcooper"}, Tool: true},
	{Name: "United Wholesale Mortgage", Domains: []string{"uwm.com"}, Words: []string{"uwm"}, Tool: true, Beside: true},
	{Name: "loanDepot", Domains: []string{"loandepot.com"}, Words: []string{"loandepot"}, Tool: true},
	{Name: "PennyMac", Domains: []string{"pennymac.com", "pennymacusa.com"}, Words: []string{"pennymac"}, Tool: true},
	{Name: "Freedom Mortgage", Domains: []string{"freedommortgage.com"}, Words: []string{"freedommortgage"}, Tool: true},
	{Name: "Newrez", Domains: []string{"newrez.com"}, Words: []string{"newrez"}, Tool: true},
	{Name: "Shellpoint", Domains: []string{"shellpointmtg.com"}, Words: []string{"shellpoint", "shellpointmtg"}, Tool: true},
	{Name: "Cenlar", Domains: []string{"cenlar.com", "loanadministration.com"}, Words: []string{"cenlar"}, Tool: true},
	{Name: "LoanCare", Domains: []string{"myloancare.com", "loancare.com"}, Words: []string{"loancare", "myloancare"}, Tool: true},
	{Name: "Guild Mortgage", Domains: []string{"guildmortgage.com"}, Words: []string{"guildmortgage"}, Tool: true},
	{Name: "Guaranteed Rate", Domains: []string{"rate.com", "guaranteedrate.com"}, Words: []string{"guaranteedrate"}, Tool: true},
	{Name: "CrossCountry Mortgage", Domains: []string{"crosscountrymortgage.com"}, Words: []string{"crosscountrymortgage"}, Tool: true},
	{Name: "Movement Mortgage", Domains: []string{"movement.com"}, Words: []string{"movementmortgage"}, Tool: true},
	{Name: "Caliber Home Loans", Domains: []string{"caliberhomeloans.com"}, Words: []string{"caliberhomeloans"}, Tool: true},
	{Name: "Nationstar", Domains: []string{"nationstarmtg.com"}, Words: []string{"nationstar", "nationstarmtg"}, Tool: true},
	{Name: "Ocwen", Domains: []string{"ocwen.com"}, Words: []string{"ocwen"}, Tool: true},
	{Name: "PHH Mortgage", Domains: []string{"phhmortgage.com"}, Words: []string{"phhmortgage"}, Tool: true},
	{Name: "Fannie Mae", Domains: []string{"fanniemae.com", "knowyouroptions.com"}, Words: []string{"fanniemae"}, Tool: true},
	{Name: "Freddie Mac", Domains: []string{"freddiemac.com", "myhome.freddiemac.com"}, Words: []string{"freddiemac"}, Tool: true},
	{Name: "Habito", Domains: []string{"habito.com"}, Words: []string{"habito"}, Tool: true},
	{Name: "Hometap", Domains: []string{"hometap.com"}, Words: []string{"hometap"}, Tool: true},
	// title and escrow firms
	{Name: "First American", Domains: []string{"firstam.com", "firstamerican.com"}, Words: []string{"firstam", "firstamerican"}, Tool: true},
	{Name: "Chicago Title", Domains: []string{"chicagotitle.com", "ctic.com"}, Words: []string{"chicagotitle"}, Tool: true},
	{Name: "Fidelity National Title", Domains: []string{"fntic.com", "fnf.com"}, Words: []string{"fidelitynationaltitle"}, Tool: true},
	{Name: "Stewart Title", Domains: []string{"stewart.com"}, Words: []string{"stewarttitle"}, Tool: true},
	{Name: "Old Republic Title", Domains: []string{"oldrepublictitle.com"}, Words: []string{"oldrepublictitle"}, Tool: true},
	// movers and storage
	{Name: "U-Haul", Domains: []string{"uhaul.com", "uhaul.net"}, Words: []string{"uhaul"}, Tool: true},
	{Name: "PODS", Domains: []string{"pods.com"}, Words: []string{"pods"}, Tool: true, Beside: true},
	{Name: "Public Storage", Domains: []string{"publicstorage.com"}, Words: []string{"publicstorage"}, Tool: true},
	{Name: "Extra Space Storage", Domains: []string{"extraspace.com"}, Words: []string{"extraspace"}, Tool: true, Beside: true},
	{Name: "CubeSmart", Domains: []string{"cubesmart.com"}, Words: []string{"cubesmart"}, Tool: true},
	{Name: "Life Storage", Domains: []string{"lifestorage.com"}, Words: []string{"lifestorage"}, Tool: true},
	{Name: "Two Men and a Truck", Domains: []string{"twomenandatruck.com"}, Words: []string{"twomenandatruck"}, Tool: true},
	{Name: "United Van Lines", Domains: []string{"unitedvanlines.com"}, Words: []string{"unitedvanlines"}, Tool: true},
	{Name: "Atlas Van Lines", Domains: []string{"atlasvanlines.com"}, Words: []string{"atlasvanlines"}, Tool: true},
	{Name: "Pickfords", Domains: []string{"pickfords.co.uk"}, Words: []string{"pickfords"}, Tool: true},
	{Name: "Big Yellow", Domains: []string{"bigyellow.co.uk"}, Words: []string{"bigyellow"}, Tool: true, Beside: true},
	{Name: "Safestore", Domains: []string{"safestore.co.uk", "safestore.com"}, Words: []string{"safestore"}, Tool: true, Beside: true},
	{Name: "Shurgard", Domains: []string{"shurgard.com", "shurgard.co.uk"}, Words: []string{"shurgard"}, Tool: true},
	{Name: "HireAHelper", Domains: []string{"hireahelper.com"}, Words: []string{"hireahelper"}, Tool: true},
	// alarm, doorbell-camera and smart-home companies
	{Name: "ADT", Domains: []string{"adt.com", "adt.co.uk", "adt.ca"}, Words: []string{"adt"}, Tool: true, Beside: true},
	{Name: "SimpliSafe", Domains: []string{"simplisafe.com", "simplisafe.co.uk"}, Words: []string{"simplisafe"}, Tool: true},
	{Name: "Ring", Domains: []string{"ring.com"}, Words: []string{"ring"}, Tool: true, Beside: true},
	{Name: "Vivint", Domains: []string{"vivint.com"}, Words: []string{"vivint"}, Tool: true},
	{Name: "Brinks Home", Domains: []string{"brinkshome.com"}, Words: []string{"brinkshome"}, Tool: true},
	{Name: "Frontpoint", Domains: []string{"frontpointsecurity.com"}, Words: []string{"frontpoint", "frontpointsecurity"}, Tool: true},
	{Name: "Arlo", Domains: []string{"arlo.com"}, Words: []string{"arlo"}, Tool: true, Beside: true},
	{Name: "Wyze", Domains: []string{"wyze.com"}, Words: []string{"wyze"}, Tool: true, Beside: true},
	{Name: "eufy", Domains: []string{"eufy.com", "eufylife.com", "anker.com"}, Words: []string{"eufy", "eufylife"}, Tool: true, Beside: true},
	{Name: "Verisure", Domains: []string{"verisure.com", "verisure.co.uk", "verisure.es", "verisure.fr", "verisure.it", "verisure.se"}, Words: []string{"verisure"}, AnyCountry: true, Tool: true},
	{Name: "Securitas Direct", Domains: []string{"securitasdirect.es", "securitasdirect.fr", "securitasdirect.pt"}, Words: []string{"securitasdirect"}, Tool: true},
	{Name: "Ezviz", Domains: []string{"ezviz.com", "ezvizlife.com"}, Words: []string{"ezviz"}, Tool: true},
	{Name: "Hikvision", Domains: []string{"hikvision.com", "hik-connect.com"}, Words: []string{"hikvision", "hikconnect"}, Tool: true},
	{Name: "SmartThings", Domains: []string{"smartthings.com", "samsung.com"}, Words: []string{"smartthings"}, Tool: true},
	{Name: "ecobee", Domains: []string{"ecobee.com"}, Words: []string{"ecobee"}, Tool: true},
	{Name: "Resideo", Domains: []string{"resideo.com", "honeywellhome.com"}, Words: []string{"resideo", "honeywellhome"}, Tool: true},
	// home warranties and services
	{Name: "American Home Shield", Domains: []string{"ahs.com", "frontdoorhome.com"}, Words: []string{"americanhomeshield"}, Tool: true},
	{Name: "HomeAdvisor", Domains: []string{"homeadvisor.com", "angi.com"}, Words: []string{"homeadvisor"}, Tool: true},
	{Name: "Checkatrade", Domains: []string{"checkatrade.com"}, Words: []string{"checkatrade"}, Tool: true},
}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (zillowrental, appfoliologin, uhauldeposit: Brand.Trade)
	for i := range Home {
		Home[i].Trade = homeTrade
	}
	Runtime = append(Runtime, Home...)
}

// homeTrade are the words a housing company's impostors run its name
// together with in one label (zillowrental, appfoliopay,
// buildiumresident, vinhomesdatcoc).
var homeTrade = []string{"rental", "rentals", "rent", "rentpay", "deposit", "holdingfee", "lease", "tenant",
	"tenants", "resident", "residents", "landlord", "portal", "login", "signin", "verify", "payment", "pay",
	"escrow", "wire", "closing", "payoff", "title", "billing", "renew", "renewal", "hoa", "dues", "lien",
	"application", "screening", "viewing", "keys", "esign", "datcoc", "giucho", "tiennha", "hopdong",
	"xacminh", "tindang", "giaingan", "refund"}

// homeBrands are the brands of Home: beside their names the housing
// notice's words (homeNotice) are a notice's.
var homeBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Home {
		m[b.Name] = true
	}
	return m
}()

// homeNotice are what a housing company's notice is about: a deposit, a
// holding fee, rent, a rental, a lease and its signing, a tenant, a
// resident, a landlord, an owner, an application and its screening fee,
// a viewing, the keys, a listing or an advert, an offer, a closing and
// its wire, escrow, a title, a payoff, a pre-approval, an appraisal, a
// disclosure, forbearance, an escrow shortage, an HOA's dues, a lien, an
// auction, a reservation, an alarm and its monitoring, a renewal; in
// other languages a deposit (kaution, borg, caution, depot, garantie,
// fianza, reserva) and in Vietnamese đặt cọc, cọc (a deposit), giữ chỗ
// (a hold), tiền nhà (rent), thuê, cho thuê (rent, let), chủ nhà (a
// landlord), hợp đồng (a contract), sổ đỏ (a title deed), công chứng (a
// notary), vay mua nhà (a home loan), giải ngân (paid out), xác minh
// (verify), tin đăng (a listing), căn hộ (a flat).
var homeNotice = setOfWords("deposit", "deposits", "holding", "holdingfee", "fee", "fees", "rent", "rental",
	"rentpay", "lease", "leasing", "signing", "tenant", "tenants", "resident", "residents", "residentpay",
	"landlord", "owner", "owners", "application", "apply", "screening", "viewing", "viewings", "booking",
	"listing", "listings", "advert", "offer", "closing", "wire", "wires", "escrow", "title", "payoff",
	"preapproval", "approval", "approved", "appraisal", "disclosure", "forbearance", "shortage", "hoa", "dues",
	"lien", "auction", "reservation", "alarm", "monitoring", "release", "transfer", "etransfer", "bond",
	"kaution", "borg", "caution", "depot", "garantie", "fianza", "reserva", "betaling", "zahlung",
	"bezichtiging", "datcoc", "coc", "giucho", "tiennha", "thue", "thuenha", "chothue", "chunha", "hopdong",
	"sodo", "congchung", "vaymuanha", "giaingan", "xacminh", "tindang", "khoa", "canho", "pago", "pendiente")

// homeActs are the housing notice's words that act on a renter's, a
// buyer's, a borrower's or an owner's money or record, not a trade's
// subject: a deposit, a holding fee, a wire, a payoff, escrow, a
// closing, a lien, dues, an auction, a refund or a release, a screening
// or an application fee, a transfer; in Vietnamese đặt cọc, giữ chỗ,
// giải ngân, xác minh, khóa (locked). Beside a word-like housing name (a
// Beside brand: ring, pods, remax, batdongsan) only they are a notice's:
// a listing, an offer, a rental or a viewing are an agent's or a
// franchise's own words there (remax-listings, batdongsan-quan7).
var homeActs = setOfWords("deposit", "deposits", "holdingfee", "fee", "fees", "wire", "wires", "payoff",
	"escrow", "closing", "lien", "dues", "auction", "release", "transfer", "etransfer", "screening",
	"kaution", "borg", "fianza", "reserva", "zahlung", "betaling", "datcoc", "coc", "giucho", "giaingan",
	"xacminh", "khoa", "pago", "pendiente", "monitoring", "forbearance", "shortage")

// homeFiller are a renter's, a buyer's or an owner's words beside a
// housing company's name that say nothing alone: what it sells and whom
// it serves.
var homeFiller = setOfWords("home", "homes", "house", "property", "properties", "realestate", "real", "estate",
	"apartment", "apartments", "flat", "room", "rooms", "condo", "mortgage", "loan", "loans", "storage", "unit",
	"moving", "movers", "truck", "container", "security", "smart", "cam", "camera", "doorbell", "plus", "protect",
	"my", "us", "usa", "uk", "vn", "ca", "online", "nha", "phong", "phongtro", "nhadat", "piso", "wohnung",
	"woning", "logement", "immo", "docs", "documents", "account", "selftour", "tour", "request", "quote", "rental",
	"new", "secure", "instructions", "portal")

// homeTrades are the words that say a name beside a housing company's is
// a third party's about it: a review, jobs, news, a guide, a
// calculator, a scraper, an API client, data, a lawsuit, shares, an
// agent's franchise office, alternatives (zillow-scraper,
// redfin-data-center, remax-downtown-office, ring-doorbell-review).
var homeTrades = setOfWords("review", "reviews", "jobs", "careers", "career", "news", "blog", "guide", "guides",
	"calculator", "compare", "comparison", "scraper", "scrape", "crawler", "api", "sdk", "client", "data",
	"analytics", "dataset", "clone", "alternative", "alternatives", "lawsuit", "lawyer", "lawyers", "attorney",
	"stock", "shares", "investor", "investors", "forum", "community", "tips", "template", "templates", "office",
	"team", "agency", "academy", "training", "tintuc", "camnang", "kinhnghiem", "fan", "stats", "tracker",
	"mount", "mounts", "case", "cases", "charger", "hack", "firmware", "plugin", "integration", "homebridge",
	"homeassistant", "consultant", "consultants", "consulting", "integration", "integrations", "partner",
	"partners", "certified", "implementation", "experts", "expert", "specialist", "specialists", "dealer",
	"dealers", "installation")

// homeKind says what w, a part of a stranger's registrable name beside
// the brand b's name on the ending suffix, is for a housing company: 'n'
// a notice's word, 'f' a filler, 0 neither (or b is none of homeBrands).
// Beside a Beside brand's name only homeActs are a notice's, but on a
// cheap ending (shopCheap) every notice's word is
// (remax-listing-verify.online).
func homeKind(b *Brand, w, suffix string) byte {
	switch {
	case !homeBrands[b.Name]:
		return 0
	case homeNotice[w]:
		if b.Beside && !homeActs[w] && !shopCheap[suffix] {
			return 'f'
		}
		return 'n'
	case homeFiller[w]:
		return 'f'
	}
	return 0
}

// homeRefuses reports whether w, beside the brand b's name, says the
// name is a third party's about a housing company (homeTrades).
func homeRefuses(b *Brand, w string) bool {
	return homeTrades[w] && homeBrands[b.Name]
}

// homeJoined reports whether rest, what follows a housing company's name
// run together in one label, is one word of its notice (zillowrental,
// buildiumresident, vinhomesdatcoc).
func homeJoined(b *Brand, rest string) bool {
	return homeBrands[b.Name] && (homeNotice[rest] && (!b.Beside || homeActs[rest]) || noticeTrouble[rest])
}

// homeNearMin is the fewest letters a housing company's name read only
// whole needs to be read misspelt (homeNear): yardi and ocwen have five,
// zillow six.
const homeNearMin = 5

// homeNear reports whether the name n is a housing company's one
// WordTypo reads misspelt though its brand is Beside or shorter than
// WordNearMin: a name read only whole, of homeNearMin letters or more
// (zilllow, trullia, uhual, buildum), not a Beside one shorter than
// seven (remax, funda, ecopark: words and names a letter from others).
func homeNear(n *name) bool {
	return homeBrands[n.brand.Name] && len(n.word) >= homeNearMin && n.brand.Tool && (!n.brand.Beside || len(n.word) >= 7)
}

// HomeLook reports whether the match m is a housing company's name read
// only beside a notice's words (a Beside brand: batdongsan, flatmates,
// immobiliare) written by its look (TravelLook: batdongsán in punycode,
// flatmattes): such a name stands for the company alone, as a Tool
// brand's look-alike does, though its name written plainly is read only
// beside a notice's words.
func (m *Match) HomeLook(isWord func(string) bool) bool {
	return m.Brand != nil && m.Brand.Beside && homeBrands[m.Brand.Name] && m.Kind != NameInDomain && m.TravelLook(isWord)
}

// HomeCompany reports whether the brand b is a housing company (Home):
// its fakes quoted defanged are a warning's, as a public office's are
// (GovOffice).
func HomeCompany(b *Brand) bool {
	return b != nil && homeBrands[b.Name]
}
