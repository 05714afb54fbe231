package bot

import (
	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A protected brand's name hyphenated with other words on a stranger's
// domain, posted bare (barclays-new-device.com, dhl-trackparcel.com,
// trezor-suite-start.io), is read by the fitted brand_name signal and the
// link model. The model learned the brand's letters from the training
// lists: a brand phished often there (PayPal, Discord) lifts a name that
// holds it by about five logits, one phished rarely, or whose letters
// the popular benign lists hold (Barclays, Trezor, Samsung), by one or
// none, and brand_name alone (1.89) does not reach the warn point beside
// a model reading under 1.94. So paypal-new-device.com was deleted and
// barclays-new-device.com allowed (0.12), though the brand matcher had
// found the same thing in both.
//
// brandApartLogit reads such a name without the brand's letters vouching
// for it: the model's reading of what stands beside the name alone
// (new-device.com), plus brandShareFloor, the share the model gives a
// brand's letters that it reads as a brand at all. The host is read no
// lower than that (hosts.go), so the words beside the name decide, as
// they do for a brand the model knows well. It reads the name only as a
// hyphenated word of its own (brand.Match.Apart: not run together with
// other letters, as third-party tools and brands' own properties name
// themselves: twitchtracker, killedbygoogle, vnptidc), not for a Tool
// or Beside brand, not on the brand's own country's ending, not on a
// hosting platform; the brand's own domains and reputable hosts never
// reach it (trusted before), and the readings that bound the model
// afterwards (a developer project's site, a document page) still do.

// brandShareFloor is the least the brand's letters are taken to add to
// the link model's reading of a name that holds them: about the median
// the model gives a protected brand's letters in names of the brand
// hyphenated with other words (1.8 logits over 475 brands × 15 written
// shapes), well under what it gives the brands phished most (about 5).
const brandShareFloor = 2

// brandApartLogit returns the link model's reading of a stranger's
// registrable name that holds a brand's name (m) as a hyphenated word of
// its own, with the brand's letters taken out and brandShareFloor added
// for them, and false when the name is not so written or the rest does
// not parse as a name.
func (c *Classifier) brandApartLogit(site *linkx.Link, m *brand.Match) (float32, bool) {
	rest, ok := m.Apart(site.Label(), site.Suffix)
	if !ok {
		return 0, false
	}
	h, _, _, ok := c.hostNameLogits(rest+"."+site.Suffix, true)
	if !ok {
		return 0, false
	}
	return h + brandShareFloor, true
}

// brandApart reads a live link of a host brandApartLogit read
// (hostInfo.apart) no lower than that reading and its path's: sig is
// the link's signals, path the link model's logit of its path (read
// once, in signals). A link written defanged (brand-new-device[.]com) is
// talk about a scam, read as before.
func brandApart(l *linkx.Link, info *hostInfo, path float32, sig *model.LinkSignals) {
	if l.Disguised {
		return
	}
	sig[model.SigModel] = max(sig[model.SigModel], model.ClampModel(float64(info.apart+path)))
}
