package bot

import (
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A host's expert and the path it leads to. The link model reads a link
// as its host name's logit plus its path's, or as the highest of its
// experts' logits of the host name where that reads higher (linkLogit):
// the experts, fitted on one source's names each (crypto, Vietnamese…),
// read the name alone. Where an expert sets the score, whatever the path
// says is dropped, so a project's documentation deep in a site named
// with a field's words scored as its bare name: bitcoinops.org's
// /en/topics/package-relay/ (path -3.45) read at the crypto expert's
// 3.69 and was warned, bitcoindevkit.org/getting-started/ (path -2.66)
// at 4.18, wiki.polkadot.network/docs/learn-xcm (-3.20) at 4.41.
//
// expertPathReading reads such a link, in a message that talks of it
// (knowledge.talksOf: plainly, naming the site or the page's subject or
// calling it a reading: "optech's topic page on taproot", "the bdk
// docs"), as the expert's logit plus the path's when the path reads
// benign: the path's evidence weighs on the expert's reading as it does
// on the host model's. A link posted bare, or beside other talk, is read
// in full: a crypto scam's own pages read as benign as a project's docs
// (bitcoin-doubler.net/en/faq/ -2.02, cryptomines.app/docs/getting-started/
// -4.76; the expert reads those names 4.67 and 4.23, bitcoindevkit.org
// 4.18), and "new project, early investors get 10x" beside one holds no
// word the lure finder knows. A path that reads as a kit's (/claim,
// /connect-wallet, /dapp/index.html: positive), a site's root (0), a path
// with a lure's or a scheme's words or a brand's name, a query (a
// script's, which carries a kit's tokens: myblablablah.xyz/index.php?id
// reads -0.4), a brand read in the host, a page anyone can publish, a
// shortener, an address or a user's name in front keep the expert's
// reading. Run time only: the trainer fits the combiner on the model's
// readings as they are.

// expertPathReading returns a link's signals with the expert's reading
// of its host name lowered by what its path reads benign.
func (c *Classifier) expertPathReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || !info.hasExpert || l.Query != "" || sig[model.SigModel] < docPageFrom || sig[model.SigModel] != model.ClampModel(float64(info.expertLogit)) ||
		info.userContent || sig[model.SigShortener] > 0 || readsBrand(&sig) || l.IP.IsValid() || l.UserInfo != "" ||
		len(pathLureWords(l)) > 0 || pathBrand(l, info, k.brands) != nil || !k.talksOf(l) {
		return sig
	}
	pf := scratchFeatures()
	model.PathFeatures(l, pf)
	path := c.link.Logit(pf)
	featuresPool.Put(pf)
	if path >= 0 {
		return sig
	}
	read := info.expertLogit + path
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(read)))
	return sig
}
