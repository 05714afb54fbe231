package brand

import "strings"

// Shop are the places people buy, sell and get parcels through (shop49):
// marketplaces, classifieds and second-hand apps, big retailers, the
// fashion, electronics and outdoor brands whose fake "outlet" and
// "clearance" shops are sold on cheap endings, and couriers and
// delivery apps worldwide and in Vietnam and South-East Asia. Their
// impostors name a page after the shop and what its notice to a buyer
// or a seller is about: a payment held in escrow or released, a
// seller's earnings or payout, a safe deal, an order to refund, a
// parcel's fee; in Vietnamese an order (đơn hàng), a refund (hoàn
// tiền), a redelivery (giao lại), a COD fee (phí COD), a warehouse
// (kho), customs (hải quan), a clearance sale (thanh lý, giảm giá)
// (vinted-safe-pay, depop-payout-release, gumtree-buyer-protect,
// ninjavan-phigiao), or a brand's sale on a cheap ending
// (kmart-clearance-store.shop, nike-factory-outlet.store), or misspell
// its name by a slip of the hand (poshmarrk, kijjiji, costcoo). They
// are protected at run time, as Runtime's brands are (the trainer reads
// links without them), and joined to Runtime when the package starts.
//
// Every one is a Tool brand: people name their scrapers, price
// trackers, coupon pages and fan sites after them, so the name is read
// only in a stranger's registrable name. The marketplaces, second-hand
// apps and couriers whose name nobody else writes in a site's name are
// read there alone (vinted-shop, gumtree-pay); the retailers and the
// fashion, electronics and outdoor brands, whose names resellers,
// repairers, coupon sites and fans write in theirs (walmart-coupons,
// ikea-hacks, samsung-repair, nike-running-club), and the names that are
// words, people's or places' (target, wish, nike, puma, zara, argos,
// patagonia, allegro, subito), are Beside brands: read only beside a
// shop notice's words (Match.NoticeName: shopKind); the long ones are
// read misspelt as a whole label too (shopNear: walmartt, adiddas).
// Brands already protected (Amazon, eBay, Alibaba, Shopee, Lazada, Tiki,
// Sendo, Etsy, Rakuten, the couriers) are not repeated; their names take
// the shop notice's words (shopBrands). Their Domains are where the shop
// alone serves its pages; its sellers' shops under them stay trusted.
var Shop = []Brand{
	// marketplaces, classifieds and second-hand apps
	{Name: "Vinted", Domains: []string{"vinted.com", "vinted.co.uk", "vinted.fr", "vinted.de", "vinted.pl", "vinted.lt", "vinted.it", "vinted.es", "vinted.nl", "vinted.be", "vinted.cz", "vinted.at", "vinted.ie", "vinted.pt", "vinted.se", "vinted.sk", "vinted.hu", "vinted.ro", "vinted.fi", "vinted.dk", "vinted.gr", "vinted.hr", "vinted.lu", "vinted.net"}, Words: []string{"vinted"}, AnyCountry: true, Tool: true},
	{Name: "Depop", Domains: []string{"depop.com"}, Words: []string{"depop"}, Tool: true},
	{Name: "Gumtree", Domains: []string{"gumtree.com", "gumtree.com.au", "gumtree.co.za", "gumtree.pl", "gumtree.ie"}, Words: []string{"gumtree"}, AnyCountry: true, Tool: true},
	{Name: "Craigslist", Domains: []string{"craigslist.org", "craigslist.com", "craigslist.ca"}, Words: []string{"craigslist"}, Tool: true},
	{Name: "Poshmark", Domains: []string{"poshmark.com", "poshmark.ca", "poshmark.com.au", "poshmark.in"}, Words: []string{"poshmark"}, Tool: true},
	{Name: "Mercari", Domains: []string{"mercari.com", "mercari.jp", "merpay.com"}, Words: []string{"mercari"}, Tool: true},
	{Name: "Wallapop", Domains: []string{"wallapop.com", "wallapop.es", "wallapop.it", "wallapop.pt"}, Words: []string{"wallapop"}, Tool: true},
	{Name: "Leboncoin", Domains: []string{"leboncoin.fr", "leboncoin.io"}, Words: []string{"leboncoin"}, Tool: true},
	{Name: "Kijiji", Domains: []string{"kijiji.ca", "kijiji.it"}, Words: []string{"kijiji"}, Tool: true},
	{Name: "Carousell", Domains: []string{"carousell.com", "carousell.sg", "carousell.ph", "carousell.com.my", "carousell.com.hk", "carousell.tw", "carousell.co.id"}, Words: []string{"carousell"}, Tool: true, Beside: true},
	{Name: "OfferUp", Domains: []string{"offerup.com"}, Words: []string{"offerup"}, Tool: true},
	{Name: "OLX", Domains: []string{"olx.com", "olx.pl", "olx.in", "olx.com.br", "olx.ua", "olx.ro", "olx.pt", "olx.bg", "olx.kz", "olx.uz", "olx.com.pk", "olx.co.id", "olx.ba"}, Words: []string{"olx"}, AnyCountry: true, Tool: true},
	{Name: "Avito", Domains: []string{"avito.ru", "avito.ma"}, Words: []string{"avito"}, Tool: true},
	{Name: "Allegro", Domains: []string{"allegro.pl", "allegro.cz", "allegro.sk", "allegro.hu", "allegrolokalnie.pl"}, Words: []string{"allegro"}, Tool: true, Beside: true},
	{Name: "Marktplaats", Domains: []string{"marktplaats.nl", "2dehands.be"}, Words: []string{"marktplaats"}, Tool: true, Beside: true},
	{Name: "Subito", Domains: []string{"subito.it"}, Words: []string{"subito"}, Tool: true, Beside: true},
	{Name: "Chợ Tốt", Domains: []string{"chotot.com", "chotot.vn", "chotot.org"}, Words: []string{"chotot"}, Tool: true},
	{Name: "Tokopedia", Domains: []string{"tokopedia.com", "tokopedia.net", "tokopedia.link"}, Words: []string{"tokopedia"}, Tool: true},
	{Name: "Bukalapak", Domains: []string{"bukalapak.com"}, Words: []string{"bukalapak"}, Tool: true},
	{Name: "Mercado Libre", Domains: []string{"mercadolibre.com", "mercadolibre.com.mx", "mercadolibre.com.ar", "mercadolibre.com.co", "mercadolibre.cl", "mercadolibre.com.pe", "mercadolibre.com.uy", "mercadolivre.com.br", "mercadopago.com", "mercadopago.com.br", "mercadopago.com.mx", "mercadopago.com.ar"}, Words: []string{"mercadolibre", "mercadolivre", "mercadopago"}, AnyCountry: true, Tool: true},
	{Name: "Flipkart", Domains: []string{"flipkart.com"}, Words: []string{"flipkart"}, Tool: true},
	{Name: "Meesho", Domains: []string{"meesho.com"}, Words: []string{"meesho"}, Tool: true},
	{Name: "Myntra", Domains: []string{"myntra.com"}, Words: []string{"myntra"}, Tool: true},
	{Name: "Jumia", Domains: []string{"jumia.com", "jumia.com.ng", "jumia.co.ke", "jumia.com.eg", "jumia.ma", "jumia.com.gh", "jumia.ci"}, Words: []string{"jumia"}, AnyCountry: true, Tool: true},
	{Name: "Trendyol", Domains: []string{"trendyol.com"}, Words: []string{"trendyol"}, Tool: true},
	{Name: "Coupang", Domains: []string{"coupang.com"}, Words: []string{"coupang"}, Tool: true},
	{Name: "Zalando", Domains: []string{"zalando.com", "zalando.de", "zalando.co.uk", "zalando.fr", "zalando.it", "zalando.es", "zalando.nl", "zalando.be", "zalando.at", "zalando.ch", "zalando.pl", "zalando.se", "zalando.dk", "zalando.fi", "zalando.no", "zalando.ie", "zalando-lounge.com"}, Words: []string{"zalando"}, AnyCountry: true, Tool: true},
	{Name: "Zalora", Domains: []string{"zalora.com", "zalora.sg", "zalora.com.my", "zalora.co.id", "zalora.com.ph", "zalora.com.hk", "zalora.com.tw"}, Words: []string{"zalora"}, AnyCountry: true, Tool: true},
	{Name: "Cdiscount", Domains: []string{"cdiscount.com"}, Words: []string{"cdiscount"}, Tool: true},
	{Name: "Shein", Domains: []string{"shein.com", "shein.co.uk", "shein.com.mx", "shein.in", "sheingroup.com", "ltwebstatic.com"}, Words: []string{"shein"}, AnyCountry: true, Tool: true},
	{Name: "Temu", Domains: []string{"temu.com", "kwcdn.com"}, Words: []string{"temu"}, Tool: true},
	{Name: "Wish", Domains: []string{"wish.com"}, Words: []string{"wish"}, Tool: true, Beside: true},
	// big retailers
	{Name: "Walmart", Domains: []string{"walmart.com", "walmart.ca", "walmart.com.mx", "walmartimages.com", "samsclub.com"}, Words: []string{"walmart"}, Tool: true, Beside: true},
	{Name: "Target", Domains: []string{"target.com", "targetimg1.com"}, Words: []string{"target"}, Tool: true, Beside: true},
	{Name: "Best Buy", Domains: []string{"bestbuy.com", "bestbuy.ca"}, Words: []string{"bestbuy"}, Tool: true, Beside: true},
	{Name: "Costco", Domains: []string{"costco.com", "costco.ca", "costco.co.uk", "costco.com.au", "costco.co.jp", "costco.co.kr", "costco.com.mx", "costco.com.tw"}, Words: []string{"costco"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Kmart", Domains: []string{"kmart.com", "kmart.com.au", "kmart.co.nz"}, Words: []string{"kmart"}, Tool: true, Beside: true},
	{Name: "Argos", Domains: []string{"argos.co.uk", "argos.ie"}, Words: []string{"argos"}, Tool: true, Beside: true},
	{Name: "Currys", Domains: []string{"currys.co.uk", "currys.ie"}, Words: []string{"currys"}, Tool: true, Beside: true},
	{Name: "The Home Depot", Domains: []string{"homedepot.com", "homedepot.ca"}, Words: []string{"homedepot"}, Tool: true, Beside: true},
	{Name: "Lowe's", Domains: []string{"lowes.com", "lowes.ca"}, Words: []string{"lowes"}, Tool: true, Beside: true},
	{Name: "Macy's", Domains: []string{"macys.com"}, Words: []string{"macys"}, Tool: true, Beside: true},
	{Name: "Nordstrom", Domains: []string{"nordstrom.com", "nordstromrack.com"}, Words: []string{"nordstrom", "nordstromrack"}, Tool: true, Beside: true},
	{Name: "Kohl's", Domains: []string{"kohls.com"}, Words: []string{"kohls"}, Tool: true, Beside: true},
	{Name: "IKEA", Domains: []string{"ikea.com", "ikea.cn", "ikea.com.vn"}, Words: []string{"ikea"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Wayfair", Domains: []string{"wayfair.com", "wayfair.co.uk", "wayfair.ca", "wayfair.de"}, Words: []string{"wayfair"}, Tool: true, Beside: true},
	{Name: "Sephora", Domains: []string{"sephora.com", "sephora.fr", "sephora.co.uk", "sephora.sg", "sephora.com.au"}, Words: []string{"sephora"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Decathlon", Domains: []string{"decathlon.com", "decathlon.fr", "decathlon.co.uk", "decathlon.de", "decathlon.es", "decathlon.it", "decathlon.vn", "decathlon.sg", "decathlon.in"}, Words: []string{"decathlon"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "ASOS", Domains: []string{"asos.com"}, Words: []string{"asos"}, Tool: true, Beside: true},
	// fashion, electronics and outdoor brands whose fake outlet and
	// clearance shops are sold on cheap endings
	{Name: "Nike", Domains: []string{"nike.com", "nike.net", "swoosh.nike"}, Words: []string{"nike"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Adidas", Domains: []string{"adidas.com", "adidas.co.uk", "adidas.de", "adidas.fr", "adidas.com.vn", "adidas.ca", "adidas.com.au", "adidas-group.com"}, Words: []string{"adidas"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Puma", Domains: []string{"puma.com"}, Words: []string{"puma"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "New Balance", Domains: []string{"newbalance.com", "newbalance.co.uk", "newbalance.ca"}, Words: []string{"newbalance"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Zara", Domains: []string{"zara.com", "zara.net", "inditex.com"}, Words: []string{"zara"}, Tool: true, Beside: true},
	{Name: "Uniqlo", Domains: []string{"uniqlo.com"}, Words: []string{"uniqlo"}, Tool: true, Beside: true},
	{Name: "The North Face", Domains: []string{"thenorthface.com", "thenorthface.co.uk"}, Words: []string{"thenorthface", "northface"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Patagonia", Domains: []string{"patagonia.com"}, Words: []string{"patagonia"}, Tool: true, Beside: true},
	{Name: "Arc'teryx", Domains: []string{"arcteryx.com"}, Words: []string{"arcteryx"}, Tool: true, Beside: true},
	{Name: "Lululemon", Domains: []string{"lululemon.com", "lululemon.co.uk", "lululemon.com.au", "lululemon.ca"}, Words: []string{"lululemon"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Skechers", Domains: []string{"skechers.com"}, Words: []string{"skechers"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Crocs", Domains: []string{"crocs.com"}, Words: []string{"crocs"}, Tool: true, Beside: true},
	{Name: "Ray-Ban", Domains: []string{"ray-ban.com"}, Words: []string{"rayban"}, Tool: true, Beside: true},
	{Name: "Oakley", Domains: []string{"oakley.com"}, Words: []string{"oakley"}, Tool: true, Beside: true},
	{Name: "Birkenstock", Domains: []string{"birkenstock.com"}, Words: []string{"birkenstock"}, Tool: true, Beside: true},
	{Name: "Swarovski", Domains: []string{"swarovski.com"}, Words: []string{"swarovski"}, Tool: true, Beside: true},
	{Name: "Michael Kors", Domains: []string{"michaelkors.com"}, Words: []string{"michaelkors"}, Tool: true, Beside: true},
	{Name: "Ralph Lauren", Domains: []string{"ralphlauren.com"}, Words: []string{"ralphlauren"}, Tool: true, Beside: true},
	{Name: "Lacoste", Domains: []string{"lacoste.com"}, Words: []string{"lacoste"}, Tool: true, Beside: true},
	{Name: "Gucci", Domains: []string{"gucci.com"}, Words: []string{"gucci"}, Tool: true, Beside: true},
	{Name: "Louis Vuitton", Domains: []string{"louisvuitton.com"}, Words: []string{"louisvuitton"}, Tool: true, Beside: true},
	{Name: "Dyson", Domains: []string{"dyson.com", "dyson.co.uk", "dyson.com.au"}, Words: []string{"dyson"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Samsung", Domains: []string{"samsung.com"}, Words: []string{"samsung"}, Tool: true, Beside: true},
	{Name: "Xiaomi", Domains: []string{"mi.com", "xiaomi.com"}, Words: []string{"xiaomi"}, Tool: true, Beside: true},
	{Name: "GoPro", Domains: []string{"gopro.com"}, Words: []string{"gopro"}, Tool: true, Beside: true},
	{Name: "Bose", Domains: []string{"bose.com"}, Words: []string{"bose"}, AnyCountry: true, Tool: true, Beside: true},
	{Name: "Logitech", Domains: []string{"logitech.com", "logi.com", "logitechg.com"}, Words: []string{"logitech"}, Tool: true, Beside: true},
	{Name: "Yeti", Domains: []string{"yeti.com"}, Words: []string{"yeti"}, Tool: true, Beside: true},
	{Name: "Stanley", Domains: []string{"stanley1913.com"}, Words: []string{"stanley"}, Tool: true, Beside: true},
	{Name: "Hoka", Domains: []string{"hoka.com"}, Words: []string{"hoka"}, Tool: true, Beside: true},
	{Name: "Salomon", Domains: []string{"salomon.com"}, Words: []string{"salomon"}, Tool: true, Beside: true},
	// couriers and delivery apps
	{Name: "Kerry Express", Domains: []string{"kerryexpress.com", "kerryexpress.com.vn", "th.kerryexpress.com"}, Words: []string{"kerryexpress"}, Tool: true},
	{Name: "Flash Express", Domains: []string{"flashexpress.com", "flashexpress.co.th", "flashexpress.ph", "flashexpress.my"}, Words: []string{"flashexpress"}, Tool: true},
	{Name: "LBC Express", Domains: []string{"lbcexpress.com"}, Words: []string{"lbcexpress"}, Tool: true},
	{Name: "Lalamove", Domains: []string{"lalamove.com"}, Words: []string{"lalamove"}, Tool: true},
	{Name: "Ahamove", Domains: []string{"ahamove.com"}, Words: []string{"ahamove"}, Tool: true},
	{Name: "Pos Malaysia", Domains: []string{"pos.com.my"}, Words: []string{"posmalaysia"}, Tool: true},
	{Name: "Thailand Post", Domains: []string{"thailandpost.co.th", "thailandpost.com"}, Words: []string{"thailandpost"}, Tool: true},
	{Name: "Hongkong Post", Domains: []string{"hongkongpost.hk", "hongkongpost.gov.hk"}, Words: []string{"hongkongpost"}, Tool: true},
	{Name: "Chronopost", Domains: []string{"chronopost.fr", "chronopost.com"}, Words: []string{"chronopost"}, Tool: true},
	{Name: "Colissimo", Domains: []string{"colissimo.fr", "colissimo.entreprise.laposte.fr"}, Words: []string{"colissimo"}, Tool: true},
	{Name: "Mondial Relay", Domains: []string{"mondialrelay.fr", "mondialrelay.com", "mondialrelay.es", "mondialrelay.be"}, Words: []string{"mondialrelay"}, Tool: true},
	{Name: "GLS", Domains: []string{"gls-group.com", "gls-group.eu", "gls-us.com", "gls-pakete.de"}, Words: []string{"gls"}, Tool: true, Beside: true},
	{Name: "Yodel", Domains: []string{"yodel.co.uk"}, Words: []string{"yodel"}, Tool: true, Beside: true},
	{Name: "Sendle", Domains: []string{"sendle.com"}, Words: []string{"sendle"}, Tool: true},
	{Name: "CouriersPlease", Domains: []string{"couriersplease.com.au"}, Words: []string{"couriersplease"}, Tool: true},
	{Name: "Delhivery", Domains: []string{"delhivery.com"}, Words: []string{"delhivery"}, Tool: true},
	{Name: "Blue Dart", Domains: []string{"bluedart.com"}, Words: []string{"bluedart"}, Tool: true},
	{Name: "India Post", Domains: []string{"indiapost.gov.in"}, Words: []string{"indiapost"}, Tool: true},
	{Name: "DTDC", Domains: []string{"dtdc.in", "dtdc.com"}, Words: []string{"dtdc"}, Tool: true},
	{Name: "LaserShip", Domains: []string{"lasership.com"}, Words: []string{"lasership"}, Tool: true},
	{Name: "YunExpress", Domains: []string{"yunexpress.com", "yuntrack.com"}, Words: []string{"yunexpress"}, Tool: true},
	{Name: "Cainiao", Domains: []string{"cainiao.com"}, Words: []string{"cainiao"}, Tool: true},
	{Name: "SF Express", Domains: []string{"sf-express.com", "sf-international.com"}, Words: []string{"sfexpress"}, Tool: true},
	{Name: "Poczta Polska", Domains: []string{"poczta-polska.pl", "pocztex.pl", "envelo.pl"}, Words: []string{"pocztapolska"}, Tool: true},
	{Name: "DoorDash", Domains: []string{"doordash.com"}, Words: []string{"doordash"}, Tool: true},
	{Name: "Uber Eats", Domains: []string{"ubereats.com"}, Words: []string{"ubereats"}, Tool: true},
	{Name: "Deliveroo", Domains: []string{"deliveroo.com", "deliveroo.co.uk", "deliveroo.fr", "deliveroo.it", "deliveroo.be", "deliveroo.ie", "deliveroo.com.au", "deliveroo.hk", "deliveroo.sg", "deliveroo.ae"}, Words: []string{"deliveroo"}, AnyCountry: true, Tool: true},
	{Name: "Just Eat", Domains: []string{"just-eat.co.uk", "just-eat.com", "justeat.it", "just-eat.ie", "justeattakeaway.com"}, Words: []string{"justeat"}, Tool: true},
	{Name: "foodpanda", Domains: []string{"foodpanda.com", "foodpanda.sg", "foodpanda.my", "foodpanda.ph", "foodpanda.co.th", "foodpanda.com.tw", "foodpanda.hk", "foodpanda.pk", "foodpanda.com.bd"}, Words: []string{"foodpanda"}, AnyCountry: true, Tool: true},
	{Name: "Instacart", Domains: []string{"instacart.com", "instacart.ca"}, Words: []string{"instacart"}, Tool: true},
	{Name: "Baemin", Domains: []string{"baemin.vn", "baemin.com"}, Words: []string{"baemin"}, Tool: true},
	{Name: "Glovo", Domains: []string{"glovoapp.com"}, Words: []string{"glovo"}, Tool: true},
}

// shopOld are the brands protected before shop49 that people buy, sell
// or get parcels through: beside their names the shop notice's words
// are a notice's too (shopBrands).
var shopOld = []string{"Amazon", "eBay", "Alibaba", "Shopee", "Lazada", "Tiki", "Sendo", "Etsy", "Rakuten", "Lotte Mart",
	"Magazine Luiza", "Giao Hàng Nhanh", "Giao Hàng Tiết Kiệm", "J&T Express", "Ninja Van", "VNPost", "Viettel",
	"SPX Express", "USPS", "UPS", "FedEx", "DHL", "Royal Mail", "Australia Post", "Canada Post", "Evri", "DPD", "PostNL",
	"La Poste", "Correos", "Correios", "Poste Italiane", "An Post", "PostNord", "Purolator", "Japan Post", "Aramex",
	"NZ Post", "SingPost", "InPost", "Deutsche Post", "bpost", "Parcelforce", "Sagawa Express", "Yamato Transport",
	"Boxberry", "Grab"}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (vintedpayout, gumtreeescrow: Brand.Trade)
	for i := range Shop {
		Shop[i].Trade = shopTrade
	}
	Runtime = append(Runtime, Shop...)
}

// shopTrade are the words a shop's impostors run its name together with
// in one label (vintedpayout, depopescrow, nikeoutlet).
var shopTrade = []string{"payout", "payouts", "escrow", "refund", "refunds", "seller", "sellers", "buyer", "safepay",
	"release", "funds", "earnings", "outlet", "clearance", "sale", "sales", "factory", "login", "signin", "verify",
	"order", "orders", "delivery", "redelivery", "support", "donhang", "hoantien", "giaolai", "phicod", "phigiao",
	"thanhly", "giamgia"}

// shopBrands are the brands a buyer, a seller or a parcel's addressee
// deals with (Shop's and shopOld): beside their names the shop notice's
// words (shopNotice) are a notice's.
var shopBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Shop {
		m[b.Name] = true
	}
	for _, n := range shopOld {
		m[n] = true
	}
	return m
}()

// shopNotice are what a shop's notice to a buyer or a seller is about or
// asks: a payment held in escrow, funds to release, a seller's earnings
// or payout, a safe deal, a buyer's protection, an order to refund or
// cancel, a dispute, a pickup code, a parcel's fee, its customs, an
// address to confirm, a reward; in Vietnamese đơn hàng (order), hoàn
// tiền (refund), giao lại (redeliver), phí COD, phí giao (delivery fee),
// kho (warehouse), hải quan (customs), thông quan (customs clearance),
// nhận tiền (receive money), nhận hàng (receive goods), thanh toán
// (payment), an toàn (safe), xác nhận (confirm), nộp phí (pay a fee).
var shopNotice = setOfWords("escrow", "funds", "fund", "earnings", "payout", "payouts",
	"safe", "safepay", "safedeal", "protect", "protection", "order", "orders", "cancel", "cancellation", "dispute",
	"pickup", "customs", "duty", "address", "reward", "rewards", "giftcard", "gift", "voucher", "survey",
	"prize", "winner", "spin", "receive", "received", "withdraw", "withdrawal", "pending", "hold", "held",
	"cod", "donhang", "hoantien", "giaolai", "phicod", "phigiao", "phigiaohang", "kho", "khohang", "haiquan",
	"thongquan", "nhantien", "nhanhang", "thanhtoan", "antoan", "xacnhan", "nopphi", "doplata", "zwrot", "reembolso",
	"remboursement", "erstattung", "rimborso", "pago", "pagamento", "paiement", "platnosc", "oplata", "betaling",
	"zahlung", "livraison", "envio", "entrega", "consegna", "zustellung", "dostavka", "pesanan", "klaim", "cair",
	"dana")

// shopSale are a sale's words: beside a shop's or a brand's name on a
// cheap ending (shopCheap) they are a notice's (a fake outlet shop:
// nike-factory-outlet.store, kmart-clearance.shop); on another ending a
// coupon site's, a deal community's or a reseller's (walmart-coupons,
// ikea-deals), they say nothing.
var shopSale = setOfWords("sale", "sales", "outlet", "outlets", "clearance", "factory", "discount", "discounts",
	"deal", "deals", "coupon", "coupons", "promo", "liquidation", "warehouse", "blackfriday", "flashsale", "megasale",
	"thanhly", "giamgia", "khuyenmai", "sieusale", "xakho")

// shopFiller are a shop's words beside its name that say nothing alone:
// who deals, the shop's own pages, the goods.
var shopFiller = setOfWords("seller", "sellers", "buyer", "buyers", "shop", "store", "stores", "official", "market",
	"marketplace", "item", "items", "listing", "shipping", "express", "post", "courier", "parcel", "package",
	"tracking", "track", "delivery", "pay", "payment", "code", "confirm", "member", "online", "vn", "uk", "us", "au", "sg",
	"my", "ph", "th", "id", "de", "fr", "es", "it", "pl", "usa", "giao", "hang", "giaohang", "ship",
	// a release, a fee and an item sold are a sneaker drop's, a
	// seller's fees calculator's and a sold-items search's words too
	// (nike-release, ebay-seller-fees): beside a notice's words only
	"release", "released", "fee", "fees", "sold")

// shopCheap are the endings a fake shop is sold on: a sale beside a
// shop's name on one is a notice's (shopSale).
var shopCheap = setOfWords("shop", "store", "top", "online", "site", "xyz", "buzz", "click", "sale", "deals", "bond",
	"cfd", "sbs", "cyou", "icu", "live", "vip", "fun", "space", "website", "life", "today", "boutique", "fashion",
	"clothing", "shoes", "best", "win", "lol", "rest", "quest", "cam", "bar", "club", "lat", "monster", "skin", "beauty",
	"hair", "makeup", "pics", "mom", "autos", "boats", "homes", "yachts", "motorcycles", "cheap", "discount", "promo")

// shopKind says what w, a part of a stranger's registrable name beside
// the brand b's name on the ending suffix, is for a shop: 'n' a notice's
// word, 'f' a filler, 0 neither (or b is none of shopBrands).
func shopKind(b *Brand, w, suffix string) byte {
	switch {
	case !shopBrands[b.Name]:
		return 0
	case shopSale[w]:
		if shopCheap[suffix] {
			return 'n'
		}
		return 'f'
	case shopNotice[w]:
		return 'n'
	case shopFiller[w]:
		return 'f'
	}
	return 0
}

// shopJoined reports whether rest, what follows a shop's name run
// together in one label, is one word of its notice (vintedpayout,
// depopescrow, gumtreerefund).
func shopJoined(b *Brand, rest string) bool {
	return shopBrands[b.Name] && (shopNotice[rest] || rest == "refund" || rest == "payment")
}

// shopNearMin is the fewest letters a shop's name read only whole needs
// to be read misspelt (shopNear): vinted, costco and kijiji have six.
const shopNearMin = 6

// shopNear reports whether the name n is a shop's one WordTypo reads
// misspelt though its brand is Beside or shorter than WordNearMin: a
// shop's name read only whole, of shopNearMin letters or more (vintde,
// costcoo, walmartt, adiddas); not Carousell's, a letter from carousel,
// a web page's slideshow and the name of a thousand UI components
// (carousel.dev), and Beside for it.
func shopNear(n *name) bool {
	return shopBrands[n.brand.Name] && len(n.word) >= shopNearMin && n.brand.Tool && n.word != "carousell"
}

// shopApart are the Vietnamese words of a shop's notice written apart
// syllable by syllable (don-hang, hoan-tien, giao-lai, phi-cod,
// hai-quan, thanh-ly): joined, NoticeName reads each as one word
// (shopJoinApart).
var shopApart = [...][2]string{{"phi-giao-hang", "phigiaohang"}, {"don-hang", "donhang"}, {"hoan-tien", "hoantien"},
	{"giao-lai", "giaolai"}, {"phi-cod", "phicod"}, {"phi-giao", "phigiao"}, {"kho-hang", "khohang"},
	{"hai-quan", "haiquan"}, {"thong-quan", "thongquan"}, {"nhan-tien", "nhantien"}, {"nhan-hang", "nhanhang"},
	{"thanh-toan", "thanhtoan"}, {"an-toan", "antoan"}, {"xac-nhan", "xacnhan"}, {"nop-phi", "nopphi"},
	{"thanh-ly", "thanhly"}, {"giam-gia", "giamgia"}, {"khuyen-mai", "khuyenmai"}, {"giao-hang", "giaohang"},
	{"xa-kho", "xakho"}}

// shopJoinApart returns label with a shop notice's Vietnamese words
// written apart (shopApart) as whole parts joined, for a shop's name
// only; the label itself when it holds none (no copy).
func shopJoinApart(b *Brand, label string) string {
	if !shopBrands[b.Name] || strings.Count(label, "-") < 2 {
		return label
	}
	for _, p := range shopApart {
		for from := 0; ; {
			i := strings.Index(label[from:], p[0])
			if i < 0 {
				break
			}
			i += from
			end := i + len(p[0])
			if (i == 0 || label[i-1] == '-') && (end == len(label) || label[end] == '-') {
				label = label[:i] + p[1] + label[end:]
				end = i + len(p[1])
			}
			from = end
		}
	}
	return label
}
