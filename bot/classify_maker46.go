package bot

import "strings"

// Shop scams aimed at hobbyists (maker46): a registrable name built from
// a kind of gear makers, gamers and modders buy and the words of a sale
// that is too good (filament-clearance.shop, switch2-preorder-deal.com,
// rtx5090-preorder.shop, resin-printer-clearance.store), with no brand:
// the fake shops of the 3D-printer, graphics-card, handheld-console and
// keyboard waves. scam44's noticeName reads an outlet's or an order's
// notice beside its demand; a gear word is no subject there, and the
// link model reads filament, gpu or steamdeck as ordinary words.

const (
	// wGearShopName: a name made of a kind of gear and a sale's words
	// on a cheap ending, or two of a sale's words (gearShopName); warns
	// alone, as a notice's name does (wNoticeName)
	wGearShopName = 0.6
)

// gearWords are the kinds of gear the fake shops sell.
var gearWords = setOf("filament", "filaments", "3dprinter", "3dprinters", "printer", "printers", "resin", "gpu",
	"gpus", "graphicscard", "graphicscards", "console", "consoles", "switch2", "steamdeck", "ps5", "ps5pro",
	"keyboard", "keyboards", "soldering", "oscilloscope", "oscilloscopes", "multimeter", "engraver", "lasercutter",
	"cnc", "handheld", "handhelds", "drone", "drones", "controller", "controllers", "rog", "legiongo", "rtx", "rx",
	// a maker's brand written apart (raspberry-pi, bambu-lab) and the
	// retro handhelds' makers
	"raspberry", "bambu", "anbernic", "retroid", "miyoo")

// gearOffers are what such a shop's name says of its sale.
var gearOffers = setOf("clearance", "sale", "sales", "outlet", "outlets", "preorder", "preorders", "deal", "deals",
	"warehouse", "liquidation", "discount", "discounts", "flash", "blowout", "closeout", "giveaway", "giveaways", "promo", "coupon", "coupons")

// gearFillers pad such a name: a shop's words, a product's qualities.
var gearFillers = setOf("shop", "store", "official", "online", "mechanical", "station", "oled", "pro", "pla", "petg",
	"3d", "cheap", "us", "eu", "uk", "direct", "mini", "max", "ultra", "bundle", "kit", "new", "best", "mega", "big",
	"super", "hot", "gaming", "printing", "laser", "iron", "pi", "lab")

// gearShopName returns the gear and the offer of a registrable label
// (site.Label()) built as a hobbyist's fake shop's name, and whether it
// is one: every hyphenated part a kind of gear (gearWords, a graphics
// card's series with its number: rtx5090), a sale's word (gearOffers),
// a filler (gearFillers) or a model's number, with a gear word and a
// sale's word, on a cheap ending (abusedTLD: .shop, .store, .top) or
// with two distinct sale's words (gpu-preorder-deals.com).
func gearShopName(label, suffix string) (gear, offer string, ok bool) {
	if len(label) > 60 || strings.IndexByte(label, '-') < 0 {
		return "", "", false
	}
	offers := 0
	for part := range strings.SplitSeq(label, "-") {
		w := strings.TrimRight(part, "0123456789")
		switch {
		case part == "" || len(part) > 20:
			return "", "", false
		case gearWords[part] || w != "" && w != part && gearWords[w]:
			// rtx5090, ps5, switch2
			if gear == "" {
				gear = part
			}
		case gearOffers[part]:
			if offer != part {
				offers++
			}
			if offer == "" {
				offer = part
			}
		case gearFillers[part] || w == "" || len(part) <= 4 && w != part:
			// a filler, a number (5090), a model's code (mk4, k1)
		default:
			return "", "", false
		}
	}
	if gear == "" || offer == "" || offers < 2 && abusedTLD(suffix) <= 0 {
		return "", "", false
	}
	return gear, offer, true
}
