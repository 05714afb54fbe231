package bot

// vi46: what Vietnamese gamers and students link and what is sent to
// them — the game publishers' own top-up, payment and account sites, a
// member's question about a tool, and the smishing classes beside them.

// vnPublisherSites are the own sites of the game publishers Vietnamese
// gamers top up and sign in on, and of the payment gateways their shops
// send them through, trusted at run time (they join reputableAtRuntime,
// so the trainer's view does not trust them and the model does not
// move). Their names are the trade's words: Garena's top-up site is
// napthe.vn ("nạp thẻ", top up a card), which the link model and the
// domain words read as a top-up scam's name (napthe-ff.vn), so a member
// who sends the group to the official site ("nạp ở trang chính thức")
// was deleted. The brands' own domains (garena.vn, zing.vn, momo.vn,
// zalopay.vn, viettelmoney.vn) are package brand's; these are the
// publishers' and gateways' other sites: VNGGames (vnggames.com,
// zingplay.com, 360game.vn), VTC (vtc.vn, vtcgame.vn, vtcpay.vn,
// scoin.vn), Gosu, Funtap, SohaGame (VCCorp), Gamota, Appota, and the
// payment gateways Payoo, Ngân Lượng, Bảo Kim, OnePay and ShopeePay.
// None is in the training lists' phishing or abused domains.
var vnPublisherSites = []string{
	// game publishers' portals, top-up and account sites
	"napthe.vn", "vnggames.com", "zingplay.com", "360game.vn", "vtc.vn", "vtcgame.vn", "vtcpay.vn", "scoin.vn",
	"gosu.vn", "funtap.vn", "sohagame.vn", "gamota.com", "appota.com",
	// payment gateways
	"payoo.vn", "nganluong.vn", "baokim.vn", "onepay.vn", "shopeepay.vn",
}

// _ adds vnPublisherSites to reputableAtRuntime as the package's
// variables are initialised, before trainedhosts.go's init trusts them.
var _ = joinRuntimeSites(vnPublisherSites)

// joinRuntimeSites adds sites to reputableAtRuntime; it panics on one
// held already.
func joinRuntimeSites(sites []string) bool {
	for _, d := range sites {
		if reputableAtRuntime[d] {
			panic("bot: " + d + " is in reputableAtRuntime twice")
		}
		reputableAtRuntime[d] = true
	}
	return true
}
