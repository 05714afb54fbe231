package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// A project's own site that a developer names as they talk of it
// ("ethernodes execution client distribution https://ethernodes.org/",
// "braiins pool docs for stratum v2 https://stratumprotocol.org/", "the
// ark protocol site https://ark-protocol.org/"). The
// link model learnt the words crypto projects are named by from the
// drainer and fake-airdrop lists, where every project's name is worn by
// a dozen impostors: its crypto expert reads ethernodes.org at 4.9
// logits where the general model reads 3.2, and a project's word
// (protocol, web3, token, mainnet) weighs as a scheme's wherever it
// stands (stratumprotocol.org +0.5, ark-protocol.org +1.4). Such sites
// were warned or deleted in node operators' and library developers' chat
// (tech28-cryptot: 10 lines on 16164b3) as a drainer's twin is.
//
// What tells a drainer or a giveaway from a project's site is not in
// those words but in the talk and the rest of the name: a lure asks
// (claim, airdrop, connect your wallet, verify, bonus, @everyone, a brand
// named that is not the site's own) and so does a drainer's name
// (claim, drop, reward, sync, restore, rectify, fix, connect, validate,
// wallet, support, secure: askStems, read inside words, for drainers run
// their words together and misspell them: walletconect, asetrestore).
//
// projectSiteReading reads such a link as the general link model reads
// it, without the crypto expert, and without what a project's word of
// the name adds on its own (projectNameWords: the word's feature and its
// concept's; its letters still count), where: the message talks plainly
// of it (knowledge.talksPlainlyOf) or its only lure words are mild
// crypto words that are pieces of the link's own name ("delving bitcoin
// thread" for delvingbitcoin.org: namesOwnCoin); it names no brand,
// pings no one, speaks to no reader, and names the link (namesLink,
// namesJoined, or the words of a hyphened label: namesHyphened); the
// name holds no lure's or scheme's word but a project's
// (projectHostName) and no askStems stem; the link is written as it is,
// over HTTPS, with no query, at the site's root (a scam's own /docs/
// pages read as a project's: attack19), on a name of its own or a
// documentation host (docsHosts; no other hosting platform), on no
// cheap ending, read as no brand's. A link posted bare is read as
// before.
//
// What it gives up: posted bare, nothing. Beside talk that names the
// site with no lure ("<name> docs", "the <name> site", "<name>", "the
// <name> explorer for the testnet"), the training lists' 211,944
// phishing domains flagged fall from 80,610 to 79,645 (1.2 %), 911 of
// them from the crypto scam block (22,044 to 21,133), nearly all
// impostors of a project on a name of their own (mantachain.net,
// pulsechaintestnet.com, polkastarter typos) that only a list of the
// projects' own domains would tell (measured with pages of words
// allowed too; the root alone can only lose fewer). Run time only: the trainer fits the combiner on the model's
// readings as they are (crypto32).

// projectSiteFrom is the link model's logit from which
// projectSiteReading looks at a link: below it the reading changes no
// verdict (the combiner warns from about 3.6).
const projectSiteFrom = 3

// projectNameWords are the scheme words (model.SchemeWord) that name
// what a project is or builds, not what a scam asks its victim to do or
// offers: a protocol, web3, defi, an NFT or a token, an RPC, a mainnet.
var projectNameWords = setOf("protocol", "defi", "web3", "nft", "nfts", "token", "tokens", "rpc", "mainnet", "multichain")

// askStems are the stems of what a drainer's or a giveaway's name asks
// its victim to do or offers, read anywhere in a host name, for drainers
// run their words together and misspell them (walletconect,
// asetrestore, mycollabsyncer): claiming, a drop or a reward, verifying
// or validating, connecting, syncing, restoring, rectifying, fixing,
// migrating or revoking, support and security, a wallet or an asset, a
// sign-in, a dapp or a portal, an event or an offer, a whitelist, a
// presale, a mint, staking, unlocking, recovering, access, resolving,
// activating, registering, a backup, help, a solution or a service, a
// bridge, earning, profit, doubling, investing, yield, a launch, an
// official or updated thing.
var askStems = []string{"claim", "drop", "reward", "bonus", "gift", "free", "verif", "valid", "connect", "conect", "sync", "synch",
	"restor", "rectif", "fix", "migrat", "revok", "support", "secur", "wallet", "walle", "login", "auth", "dapp", "daps", "portal",
	"event", "offer", "whitelist", "presale", "mint", "stake", "staking", "unlock", "recover", "access", "aset", "asset", "resol",
	"activ", "regist", "backup", "help", "solut", "servic", "bridge", "giveaway", "promo", "earn", "profit", "double", "invest",
	"yield", "launch", "official", "update", "upgrade"}

// projectSiteReading returns a link's signals with a project's own site
// that a developer names as they talk of it read as the general link
// model reads its name, without what a project's words add.
func (c *Classifier) projectSiteReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || l.Disguised || l.Hidden || l.Query != "" || l.Scheme != "https" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" ||
		sig[model.SigModel] < projectSiteFrom || readsBrand(&sig) || sig[model.SigShortener] > 0 || sig[model.SigAbusedTLD] > 0 ||
		info.userContent || strings.Trim(l.Path, "/") != "" || len(pathLureWords(l)) > 0 {
		return sig // a path is read first: most links have one, and the host's words cost more (speed46)
	}
	if site, hosted := hostedSite(l); hosted && !docsHosts[site.Suffix] {
		return sig
	}
	if !info.projectName || !k.talksOfProject(l) || !k.saysWholeName(l) {
		return sig
	}
	pf := scratchFeatures()
	model.PathFeatures(l, pf)
	general := info.hostLogit + c.link.Logit(pf) - max(0, c.projectWordsLogit(l))
	featuresPool.Put(pf)
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(general)))
	sig[model.SigSchemeWords] = 0 // a project's words only (projectHostName)
	return sig
}

// projectWordsLogit returns what the words of a project's name
// (projectNameWords) add on their own to the link model's reading of a
// host name: each word's feature and its concept's.
func (c *Classifier) projectWordsLogit(l *linkx.Link) float32 {
	hf := scratchFeatures()
	model.HostFeatures(l, hf)
	only := scratchFeatures()
	for i := 0; i < hf.N; i++ {
		if f := hf.List[i]; f.Family == model.Words && projectNameWords[f.Text] {
			only.List[only.N] = f
			only.N++
		}
	}
	logit := c.link.Logit(only)
	featuresPool.Put(hf)
	featuresPool.Put(only)
	return logit
}

// projectHostName reports a host name none of whose labels holds a
// lure's or a scheme's word (model.NameWords) but a project's
// (projectNameWords).
func projectHostName(host string) bool {
	for label := range strings.SplitSeq(host, ".") {
		for _, w := range model.NameWords(label) {
			if !projectNameWords[w] {
				return false
			}
		}
	}
	return true
}

// askingName reports a host name holding one of askStems.
func askingName(host string) bool {
	for _, s := range askStems {
		if strings.Contains(host, s) {
			return true
		}
	}
	return false
}

// talksOfProject reports a message that talks of the link as a developer
// names a project's site: plainly (knowledge.talksPlainlyOf) or with no
// lure words but mild crypto words that are pieces of the link's own
// name (namesOwnCoin), no brand named, no one pinged, and the link named
// (namesLink, namesJoined, namesHyphened).
func (k *knowledge) talksOfProject(l *linkx.Link) bool {
	if mentionsEveryone(k.text) || k.namesBrand() || !k.talksPlainlyAround(l) && !k.namesOwnCoin(l) {
		return false
	}
	return k.namesLink(l) || k.namesJoined(l) || k.namesHyphened(l)
}

// namesOwnCoin reports a message whose only lure words are mild crypto
// words (bitcoin, eth, nft, token) that are each a piece of the link's
// host name: the project's name said as its name ("delving bitcoin
// thread" beside delvingbitcoin.org), in English words, with no notice's
// or paperwork's words and no reader spoken to.
func (k *knowledge) namesOwnCoin(l *linkx.Link) bool {
	found := k.found()
	if found[lure.Crypto].Weight == 0 || k.notices().Any() || k.plainWords() == 0 {
		return false
	}
	for cat, h := range found {
		if h.Weight > 0 && (lure.Category(cat) != lure.Crypto || h.Weight > lure.Mild) {
			return false
		}
	}
	for w := range strings.FieldsSeq(string(k.folded())) {
		if secondPerson[w] {
			return false
		}
		if f := lure.FindFolded([]byte(w)); f.Any() && !strings.Contains(l.Host, w) {
			return false
		}
	}
	return true
}

// namesHyphened reports words of the message, side by side, that are a
// hyphened label of the link's host (ark protocol: ark-protocol.org), or
// the label written out (eth-account).
func (k *knowledge) namesHyphened(l *linkx.Link) bool {
	for label := range strings.SplitSeq(l.Host, ".") {
		if strings.IndexByte(label, '-') < 0 {
			continue
		}
		if containsWords(k.folded(), label) || containsWords(k.folded(), strings.ReplaceAll(label, "-", " ")) {
			return true
		}
	}
	return false
}

// saysWholeName reports a message that says every piece of the link's
// registrable name but a project's word (projectNameWords): ethernodes
// for ethernodes.org, "stratum" for stratumprotocol.org, "ark protocol"
// for ark-protocol.org. A drainer's name takes the project's and adds
// what the project's own site does not (kelvra-app, kelvralabs,
// kelvra-v2, kelvra-hub), which talk naming the project alone does not
// say (rev32b). A project's word hyphened on (kelvra-token,
// kelvra-web3) is a word of the name the message must say too (the ark
// protocol docs: ark-protocol.org), for a drainer's name is the
// project's with such a word added; run on (stratumprotocol) it need
// not be.
func (k *knowledge) saysWholeName(l *linkx.Link) bool {
	rest := strings.ToLower(l.Label())
	for part := range strings.SplitSeq(rest, "-") {
		if projectNameWords[part] && !containsWords(k.folded(), part) {
			return false
		}
	}
	for w := range strings.FieldsSeq(string(k.folded())) {
		if len(w) >= 3 || len(w) == 2 && w[1] >= '0' && w[1] <= '9' {
			rest = strings.Replace(rest, w, "", 1)
		}
	}
	for w := range projectNameWords {
		rest = strings.ReplaceAll(rest, w, "")
	}
	return strings.Trim(rest, "-") == ""
}
