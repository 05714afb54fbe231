package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

type linkx_Link = linkx.Link

func main() {
	data := flag.String("data", "../shared/train", "directory of the training lists")
	out := flag.String("out", "bot/model", "directory to write weights.bin and combine.json to")
	holdout := flag.String("holdout", "", "leave this phishing source out of training and fitting and report on it: discord, crypto, vietnam or all")
	flag.IntVar(&trainEpochs, "epochs", trainEpochs, "passes over the training examples, of every model the run trains")
	flag.BoolVar(&tuneOnly, "tune", false, "measure on the validation split only (how features and settings are chosen) and stop; with -holdout, the whole classifier on each held-out source's validation part")
	flag.BoolVar(&reportOnly, "report", false, "report on the embedded model and combiner (bot/model) without training")
	flag.StringVar(&reportFrom, "from", "", "with -report: the directory of the weights.bin and combine.json to report on instead of the embedded ones")
	flag.Float64Var(&linkConfig.dropGrams, "dropgrams", linkConfig.dropGrams, "chance that a training example is shown without its host name's character n-grams")
	flag.Float64Var(&linkConfig.dropPath, "droppath", linkConfig.dropPath, "chance that a training example with a path is shown without its path's character 4-grams")
	flag.Uint64Var(&trainSeed, "seed", trainSeed, "the seed of the training order and dropout (another seed shows how much a figure moves by chance)")
	flag.Float64Var(&vnWeight, "vnweight", vnWeight, "how much one of the hand-written Vietnamese benign domains weighs against a popular one (0: left out)")
	flag.Float64Var(&docShare, "docshare", docShare, "the share of popular domains the trainer writes a documentation-style link on (0: none)")
	flag.BoolVar(&vnNetOnly, "vnnet", vnNetOnly, "with -vnweight: only the link model's net learns from the hand-written benign lists, not the linear model")
	flag.BoolVar(&wideHarvest, "wideharvest", wideHarvest, "read the benign link corpus from the wider pinned list of modules (wideHarvestModules) too")
	flag.Float64Var(&wideWeight, "wideweight", wideWeight, "with -wideharvest: how much one of the wider modules' links weighs against another harvested link")
	flag.BoolVar(&cryptoHarvest, "cryptoharvest", cryptoHarvest, "teach the link model's experts alone the registrable names of real crypto projects' links (cryptoHarvestModules) as benign names, on top of the others")
	flag.Float64Var(&cryptoWeight, "cryptoweight", cryptoWeight, "with -cryptoharvest: how much one of those names weighs against a popular domain")
	flag.IntVar(&harvestCap, "harvestcap", harvestCap, "with -wideharvest: at most this many of the wider modules' links of one registrable domain (0: all)")
	flag.Float64Var(&genHTTP, "genhttp", genHTTP, "the share of the benign URLs the trainer writes that are plain HTTP (-1: the share among the harvested benign links)")
	flag.Float64Var(&shortPageShare, "shortpages", shortPageShare, "the share of popular domains the trainer writes one short document page on (generateShortPages; 0: none)")
	flag.BoolVar(&shortPageFolders, "shortfolders", shortPageFolders, "with -shortpages: pages one folder down too (/dc/dce.html, /gc/index.htm), not only at the root")
	flag.Float64Var(&oldWebShare, "oldweb", oldWebShare, "the share of popular domains the trainer writes one page of an older project's site on (generateOldWebURLs; 0: none)")
	flag.Float64Var(&oldWebHTTP, "oldwebhttp", oldWebHTTP, "with -oldweb: the share of those pages written as plain HTTP")
	flag.BoolVar(&keepTrusted, "keeptrusted", keepTrusted, "benign URLs on reputable hosts that are no brand's own teach the link model their paths (only brands' own hosts, pages anyone publishes and private addresses are left out)")
	flag.Float64Var(&pathRecall, "pathrecall", pathRecall, "links with a path get an operating point of their own, where the link stage flags this share of the validation split's phishing URLs (0: the bare domains' point)")
	flag.BoolVar(&widePathOnly, "widepath", widePathOnly, "with -wideharvest: the wider modules' links teach the link model through their paths alone, not their host names")
	flag.BoolVar(&widePathStage, "widestage", widePathStage, "with -wideharvest: the wider modules' links are taught in a second stage that moves only path features' weights, so bare names score as without them")
	flag.BoolVar(&techLists, "techlist", techLists, "with -vnweight: the hand-written list of software projects' and hosting companies' domains (tech-benign.txt) too")
	flag.IntVar(&vnGenerated, "vngen", vnGenerated, "how many Vietnamese firms' names the trainer writes as benign examples")
	flag.IntVar(&boostCfg.trees, "boost", boostCfg.trees, "trees of the link model's booster (0: none)")
	flag.IntVar(&boostCfg.depth, "boostdepth", boostCfg.depth, "the depth of each of the booster's trees")
	flag.Float64Var(&boostCfg.rate, "boostrate", boostCfg.rate, "the booster's learning rate")
	flag.Float64Var(&boostCfg.minHess, "boostmin", boostCfg.minHess, "the least hessian a leaf of the booster holds")
	flag.BoolVar(&boostCfg.modelOnly, "boostmodel", boostCfg.modelOnly, "the booster adds to the model's logit only, not to the experts'")
	flag.IntVar(&netCfg.hidden, "net", netCfg.hidden, "hidden units of the link model's net over the registrable name's features (0: none)")
	flag.IntVar(&netCfg.bits, "netbits", netCfg.bits, "the net's table holds 1<<netbits vectors")
	flag.IntVar(&netCfg.dim, "netdim", netCfg.dim, "the length of each of the net's vectors")
	flag.IntVar(&netCfg.epochs, "netepochs", netCfg.epochs, "passes of the net over its training examples")
	flag.Float64Var(&netCfg.rate, "netrate", netCfg.rate, "the net's first step size (it falls linearly to 0)")
	flag.Float64Var(&netCfg.embRate, "netembrate", netCfg.embRate, "how much larger the step of the net's vectors is than its layers'")
	flag.Float64Var(&netCfg.benign, "netbenign", netCfg.benign, "how much more a benign name weighs in the net's training than in the model's")
	flag.BoolVar(&netCfg.domainsOnly, "netdomains", netCfg.domainsOnly, "train the net on names alone, not on the hosts of URLs with a path")
	flag.BoolVar(&netCfg.lift, "netlift", netCfg.lift, "the net only raises a name's logit")
	flag.Float64Var(&netCfg.cap, "netcap", netCfg.cap, "the most the net may raise a name's logit (0: no cap)")
	flag.Float64Var(&netCfg.ceil, "netceil", netCfg.ceil, "the net may raise a name to this many of the combiner's logits above its warn point, no higher: never to the delete point alone (0: no ceiling)")
	flag.BoolVar(&netCfg.digits, "netdigits", netCfg.digits, "the net is trained on and reads only names whose registrable label holds a digit")
	flag.Float64Var(&netCfg.gate, "netgate", netCfg.gate, "the least logit of the model for a name the net is trained on and reads")
	flag.Float64Var(&netCfg.drop, "netdrop", netCfg.drop, "the chance that a feature of a name is left out of one of the net's training steps")
	flag.BoolVar(&digitShapeOn, "digitshape", digitShapeOn, "host names' digit-shape features: the order of letters, digits and hyphens and the label's n-grams with digits folded to 0 (measured and not kept: BENCHMARKS.md, model16)")
	flag.StringVar(&debianURLs, "debian", debianURLs, "the file of real benign URLs (Debian's homepages, tuning half) the link model learns from (empty: none)")
	flag.StringVar(&npmLinks, "npm", npmLinks, "the files of real benign links (npm packages' READMEs and package.json URLs, tuning halves; comma separated) the link model learns from as it does -debian's (empty: none)")
	flag.Float64Var(&npmWeight, "npmweight", npmWeight, "how much one of the -npm links weighs against a harvested benign URL")
	flag.StringVar(&longTail, "longtail", longTail, "the file of real benign links with paths on small sites the link model learns from, host and path (loadLongTail; read from the module's root; empty: none)")
	flag.BoolVar(&longPathOnly, "longpath", longPathOnly, "the -longtail links teach the link model through their paths' features alone, not their host names'")
	flag.BoolVar(&longStage, "longstage", longStage, "the -longtail links are left out of the link model's training and taught in a second stage, one pass over every link with a path, that moves the weights of path features alone: bare names score as without them (the default; false: host and path, with the other examples)")
	flag.StringVar(&longFam, "longfam", longFam, "the families of the -longtail links' path features the link model learns (words, file, spelling, shape: the scheme, depth and length; comma separated; empty: all)")
	flag.BoolVar(&longScheme, "longscheme", longScheme, "the -longtail links teach the weight of their scheme (http, https) too, not only their other path features (off by default: the scheme's weight would fall for every link)")
	flag.BoolVar(&longFreeze, "longfreeze", longFreeze, "with -longstage: the second stage moves no weight a host name of the training or validation split reads (a hashed path feature sharing it), so bare names' link-model scores stay as they were")
	flag.Float64Var(&longWeight, "longweight", longWeight, "how much one of the -longtail links weighs against a harvested benign URL")
	flag.StringVar(&smallHosts, "smallhosts", smallHosts, "the file of real small sites' host names the link model learns from as bare names (loadSmallHosts; read from the module's root; empty: none)")
	flag.Float64Var(&smallWeight, "smallweight", smallWeight, "how much one of the -smallhosts names weighs against a popular benign domain")
	flag.BoolVar(&smallStage, "smallstage", smallStage, "the -smallhosts names are left out of the link model's training and taught in a third stage that moves the weights of host-name features alone, the bias as it was (false: with the other examples, in the first stage)")
	flag.IntVar(&smallEpochs, "smallepochs", smallEpochs, "with -smallstage: the passes over the -smallhosts names")
	flag.StringVar(&smallFam, "smallfam", smallFam, "with -smallstage: the families of host-name features the third stage moves (spelling, words, tld, hosting, shape; comma separated; empty: all)")
	flag.BoolVar(&smallAnchor, "smallanchor", smallAnchor, "with -smallstage: the third stage passes over the training split's phishing domains too, together weighing as much as the small names")
	flag.BoolVar(&smallCenter, "smallcenter", smallCenter, "with -smallstage: after the third stage the bias is moved so that the training split's popular domains' 0.5% point (host logits) is where it was")
	flag.Float64Var(&debWeight, "debweight", debWeight, "how much one of the -debian URLs weighs against a harvested benign URL")
	flag.BoolVar(&debInside, "debinside", debInside, "with -debian: the Debian URLs weigh inside the benign URLs' share (together as much as the phishing URLs), not on top")
	flag.BoolVar(&debHostOnly, "debhost", debHostOnly, "with -debian: the Debian URLs teach the link model through their host names alone, not their paths")
	flag.BoolVar(&debShape, "debshape", debShape, "with -debian: the Debian URLs teach the shape of their paths (scheme, depth, length) too")
	flag.StringVar(&debPath, "debpath", debPath, "with -debian or -npm: the families of their paths' features the real benign links teach besides their host names (words, file, spelling; comma separated; empty: -debhost says)")
	flag.StringVar(&realShape, "realshape", realShape, "the benign URLs the trainer writes are shown with the path's shape (depth, length, query length, marks) of a real benign link drawn at random, not their own: path (their own scheme kept), query (the same, a link with a query given a real one's with a query) or all (the scheme drawn too); empty: none")
	flag.BoolVar(&realPaths, "realpaths", realPaths, "after the combiner's fit, a path's word, file or mark the real benign links hold as often as the phishing URLs keeps no phishing weight (setRealPathWeights)")
	flag.BoolVar(&realPathLess, "realpathless", realPathLess, "with -realpaths: only the features the phishing URLs hold significantly less often than the real links")
	flag.BoolVar(&plainPagesOn, "plainpages", plainPagesOn, "the feature of a plain-HTTP page of an older site (model.PlainPage), its weight set from the real links' share of plain HTTP, not learned (on by default; -plainpages=false leaves it out: BENCHMARKS.md, model17)")
	flag.Float64Var(&herokuShare, "heroku", herokuShare, "the share of the training split's phishing sites on app-hosting platforms written again as Heroku apps (NAME-<12 hex>.herokuapp.com; 0: none)")
	flag.Float64Var(&herokuBenign, "herokubenign", herokuBenign, "with -heroku: the trainer's written hosted sites written again as new Heroku apps, this many times -heroku's share")
	on := flag.String("on", "test", "the split the full run reports on: test, or validation while features are chosen")
	experts := flag.String("experts", "crypto", "the phishing sources the link model has an expert for, comma separated (none: no experts)")
	flag.Float64Var(&expertOffset, "expertoffset", expertOffset, "how far below the model's 0.5% point an expert's is placed, in logits")
	flag.Parse()
	expertSources = nil
	for _, e := range strings.Split(*experts, ",") {
		if e == "" || e == "none" {
			continue
		}
		src, ok := sourceByName(e)
		if !ok || src > SrcPhishDB {
			fmt.Fprintf(os.Stderr, "train: -experts: %q: want discord, crypto, vietnam, phishdb or none\n", e)
			os.Exit(2)
		}
		expertSources = append(expertSources, src)
	}
	if err := checkRealShape(realShape); err != nil {
		fmt.Fprintln(os.Stderr, "train: -realshape:", err)
		os.Exit(2)
	}
	if err := parseDebPath(debPath); err != nil {
		fmt.Fprintln(os.Stderr, "train: -debpath:", err)
		os.Exit(2)
	}
	var err error
	if smallFamilies, err = parseHostFamilies(smallFam); err != nil {
		fmt.Fprintln(os.Stderr, "train: -smallfam:", err)
		os.Exit(2)
	}
	if longFamilies, err = parseFamilies(longFam, true); err != nil {
		fmt.Fprintln(os.Stderr, "train: -longfam:", err)
		os.Exit(2)
	}
	model.SetDigitShape(digitShapeOn)
	model.SetPlainPages(false) // on once setPlainPages has weighed the feature, after the combiner's fit
	switch *on {
	case "test":
	case "validation":
		reportSplit = Validate
	default:
		fmt.Fprintln(os.Stderr, "train: -on: want test or validation")
		os.Exit(2)
	}
	if err := run(*data, *out, *holdout, trainEpochs); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

var tuneOnly, reportOnly bool

// digitShapeOn is -digitshape: the link model reads the digit-shape
// features of host names (model.SetDigitShape) and says so in its file.
// Measured and not kept: on the validation split (two seeds) the link
// model alone flagged Vietnamese scam domains 28.1 -> 34.1 % and
// Phishing.Database's 22.8 -> 23.7 % at the 0.5 % point; the whole
// classifier on the test split Vietnamese 31.9 -> 35.4 %, but it deleted
// a Vietnamese news site (coin68.com, warned before) of vi-benign2a and
// lost four smishing lines near the warn point (BENCHMARKS.md, model16).
var digitShapeOn = false

// plainPagesOn is -plainpages, on by default since the seventeenth
// session: after the combiner's fit, the model gets the feature of a
// plain-HTTP page of an older site (setPlainPages), so that only such
// links score otherwise. The bot adds it where a plain-HTTP document is
// posted bare (bot's plainHTTPReading): en-tech16t 27 -> 23 flagged links,
// held-out en-tech16h 20 -> 16, every attack set as before. Written for
// every such link, as this program's report reads the model, it cut more
// (27 -> 18) but lost plain-HTTP document lures and the validation
// phishing URLs fell 76.85 -> 71.47 % (BENCHMARKS.md, model17 and the
// coordinator's section after it). -plainpages=false trains the model
// without it.
var plainPagesOn = true

// reportFrom is -from: the directory of the model -report reads.
var reportFrom string

// vnWeight is how much one hand-written benign domain (vietnamese-benign.txt,
// and tech-benign.txt with -techlist) weighs against one popular domain
// (-vnweight; 0 leaves the lists out). The ninth pass measured the
// Vietnamese list taught to the linear model (-vnnet=false) with -vngen
// 600 and a Vietnamese expert and did not keep it: it raised the
// Vietnamese block by 3-4 points and cut the Vietnamese firms' names
// flagged from 30 to 6 of 910, but lowered Vietnamese lure names near the
// warn point (xácminhtàikhoản.vn, zalo-otp.net beside an OTP request),
// and the expert still warns dienmayxanh.vn. The thirteenth pass's net
// (-net 16 -vnweight 1) has the lists teach it alone (-vnnet).
var vnWeight = 0.0

// vnNetOnly is -vnnet: the hand-written benign lists teach the net
// alone. The ninth pass found that the linear model, taught them, lowers
// Vietnamese lure names under .vn with the shops' (one weight an n-gram
// for both); the net reads the name's features together.
var vnNetOnly = true

// techLists is -techlist: tech-benign.txt is read with the Vietnamese
// list.
var techLists = true

// wideWeight is -wideweight: how much one link only wideHarvestModules
// hold weighs against another harvested link. With -harvestcap 20, the
// fourteenth pass measured 1 and 0.5 on the validation split: 1 cut
// det13's tech corpus flagged further (447 -> 223 against 270) but lost
// 2.2 points of phishing URLs against 1.4 (BENCHMARKS.md).
var wideWeight = 0.5

// debianURLs is -debian: the file of real benign URLs the link model
// learns from (loadDebianURLs), read from the module's root as CI runs
// the trainer: the tuning half of Debian's package homepages, committed
// test data nobody on the project wrote (never ../shared/train, never
// the held-out deb-home20h.txt). debWeight is -debweight, how much one
// of them weighs against a harvested benign URL, on top of the other
// examples' weights (-debinside: inside the benign URLs' share instead).
var debianURLs = "bot/testdata/measure/deb-home20t.txt"

var debWeight = 0.5

// longTail is -longtail: the file of real benign links with paths on
// small and older sites (loadLongTail), read from the module's root:
// cmd/train/benign-urls.txt (harv33's 3,904 links on 2,390 hosts of the
// tuning side), rebuilt by go run ./internal/gen/benignurls; empty: none.
// longWeight is -longweight, how much one of them weighs against a
// harvested benign URL, on top of the other examples' weights. On by
// default since model36, taught in the second stage (-longstage) without
// the scheme's weight (-longscheme=false): held-out long33h 87 -> 55 of
// 2,000 flagged, the test split's phishing URLs 77.1 -> 75.0 % by the
// link model alone (74.2 -> 72.2 % by the whole classifier), bare scam
// names as before, and the unit tests' kits on ordinary sites' content
// pages that nothing in their message speaks for given up (BENCHMARKS.md,
// model36). Taught with the other examples instead,
// measured and not kept (model32): 1.2 points of phishing URLs and bare
// scam names lower.
var longTail = "cmd/train/benign-urls.txt"

var longWeight = 1.0

// longPathOnly is -longpath: the -longtail links teach the link model
// through their paths' features alone (PathOnly), so that bare names
// score as without them.
var longPathOnly = false

// longFam is -longfam: the families of the -longtail links' path
// features the link model learns (longFamilies; empty: all of them).
var longFam = ""

// longFamilies are the families -longfam names; all when it is empty.
var longFamilies, _ = parseFamilies("", true)

// longScheme is -longscheme, off: the -longtail links teach the weight
// of their scheme (http, https) too. Half of them are plain HTTP: taught,
// the scheme's weight falls for every link, plain-HTTP documents on raw
// addresses and cheap endings among them (en-phish13r 81 -> 76 with the
// 416 links of session 32 taught at weight 4 in -longstage).
var longScheme = false

// longFreeze is -longfreeze: the second stage (-longstage, -widestage)
// moves no weight that a host name of the training or validation split
// reads (hostIndexes), so that a hashed path feature sharing one does
// not move a bare name's link-model score.
var longFreeze = false

// longStage is -longstage: the -longtail links are left out of the link
// model's training (and its experts') and taught in a second stage, one
// pass over every link with a path, that moves the weights of path
// features alone (ftrl.stepPath), with the host name's weights and the
// bias as the first stage left them: a bare name scores as without
// them (but for a path feature's hashed weight a host feature shares:
// -longfreeze), and a page is read with what its host already says. The
// combiner's link stage is fitted without them (fitCombiner). Taught in
// the first stage instead, their host names lower bare scam names that
// look like a small site's (model32). On by default since model36
// (BENCHMARKS.md, model33 and model36).
var longStage = true

// smallHosts is -smallhosts: the file of real small and older sites'
// host names (loadSmallHosts), read from the module's root and taught as
// bare benign names: the popular domains alone teach the link model what
// a benign name looks like, so that a small project's name on a new
// ending reads as a scam's. smallWeight is -smallweight, how much one
// weighs against a popular benign domain, on top of the other examples'
// weights. smallStage is -smallstage: they are taught in a third stage,
// smallEpochs passes over them alone that move host-name features'
// weights (ftrl.stepHost), not the bias. Off by default: measured with
// cmd/train/benign-hosts.txt (4,087 names then; 4,076 since the
// fortieth session dropped the 11 that cheap40's tuning sets name) and
// not kept (BENCHMARKS.md, host37). The third stage lowers every name the small sites resemble
// and so moves the scale the operating point is read on; its best
// variant (-smallanchor -smallweight 3) took 74 benign measure lines off,
// mostly Debian's homepages and long33h, tech chat's barely (one link
// of the coordinator's blind sets), for 15 of their scam domains, 6
// phishing lines and 3 held-out attack lines; the trainer's test split:
// Phishing.Database's bare names 3,202 -> 3,005 flagged.
var smallHosts = ""

var smallWeight = 1.0

var smallStage = true

var smallEpochs = 1

// smallFam is -smallfam: the families of host-name features the third
// stage moves (smallFamilies; empty: all). smallCenter is -smallcenter:
// the bias is then moved so that the popular domains' 0.5 % point is
// where it was (the operating point is set on them).
var smallFam = ""

var smallFamilies, _ = parseHostFamilies("")

var smallCenter = false

// smallAnchor is -smallanchor: the third stage passes over the split's
// phishing domains too (the four domain lists), together weighing as
// much as the small names, so that what both share moves both ways.
var smallAnchor = false

// npmLinks is -npm: the files of real benign links the link model learns
// from as it does -debian's (loadNPMLinks), read from the module's root:
// the tuning halves of npm packages' README paragraphs and package.json
// URLs, committed test data nobody on the project wrote (never the
// held-out npm-*21h.txt). npmWeight is -npmweight, how much one of them
// weighs against a harvested benign URL, on top of the other examples'
// weights; -debhost and -debshape say what they teach, as for Debian's.
var npmLinks = ""

var npmWeight = 0.5

// debInside is -debinside: Debian's URLs weigh inside the benign URLs'
// share, not on top: the benign URLs together weigh as much as the
// phishing URLs, as without them. Measured and not kept.
var debInside = false

// debHostOnly is -debhost, on: Debian's URLs teach the link model
// through their host names' features alone, not their paths'. The host
// names of small and older projects' sites (a person's name, a project's
// .org, a university's host) are what the popular domains and the
// generators lack: deb-home20h (held out) 130 -> 114 flagged, Debian's
// test-split sites 16 -> 14 of 1,460, phishing URLs 75.24 -> 75.43 %.
// Taught their paths' words too (-debhost=false, at 0.5 and without
// their paths' shape), the model read deb-home20h 130 -> 74 and
// deb-text20t 20 -> 12, but learned that a page of an ordinary-named
// site (.html, .php under a folder or two) is benign, and kits on
// compromised sites fell a level: seventeen attack cases of the unit tests
// (gardenclub.com/muns/htmlFiles/oform2.html deleted -> warned,
// gardenclub.com/download.html warned -> allowed, springx.ga's archive
// page) and 540 of the training list's phishing URLs (BENCHMARKS.md,
// model20).
var debHostOnly = true

// debShape is -debshape: with -debhost=false, Debian's URLs teach the
// shape of their paths (model.PathShape: the scheme, depth, length, a
// trailing slash) too, not only their words. Off: taught the shape, the
// model learns that a short path of an ordinary shape (/owa/, a trailing
// slash, a plain-HTTP deep folder) is benign, and phishing URLs on raw
// addresses lose their score: phishing URLs 75.05 -> 74.21 %,
// en-phish13r lost https://user@IP/owa/ (at weight 1, the scheme's
// weight left out too).
var debShape = false

// debPath is -debpath: the families of their paths' features the real
// benign links (-debian, -npm) teach besides their host names
// (debPathFamilies; the scheme and the path's shape only with -debshape).
// Measured and not kept (BENCHMARKS.md, model21): taught their paths'
// words alone, Debian's test-split sites flagged 14 -> 13 of 1,460, and
// 155 of 1,365 test-split phishing URLs reshaped as
// http://host/projects/<page>.html lost a level, 60 as /software/<page>.htm;
// their paths' spelling alone, 14 -> 12 and 484 and 422 lost.
var debPath = ""

// debPathFamilies are the families -debpath names.
var debPathFamilies [model.NumFamilies]bool

// parseDebPath reads -debpath's value into debPathFamilies.
func parseDebPath(v string) error {
	var err error
	debPathFamilies, err = parseFamilies(v, false)
	return err
}

// parseFamilies reads a comma-separated list of a path's feature
// families (words, file, spelling, and with shape the path's shape: the
// scheme, depth and length); an empty list names none, or every family
// when all is set.
func parseFamilies(v string, all bool) ([model.NumFamilies]bool, error) {
	var fam [model.NumFamilies]bool
	if v == "" {
		if all {
			for i := range fam {
				fam[i] = true
			}
		}
		return fam, nil
	}
	for _, f := range strings.Split(v, ",") {
		switch {
		case f == "words":
			fam[model.PathWords] = true
		case f == "file":
			fam[model.File] = true
		case f == "spelling":
			fam[model.Spelling] = true
		case f == "shape" && all:
			fam[model.PathShape] = true
		case all:
			return fam, fmt.Errorf("%q: want words, file, spelling or shape", f)
		default:
			return fam, fmt.Errorf("%q: want words, file or spelling", f)
		}
	}
	return fam, nil
}

// parseHostFamilies reads -smallfam: host-name feature families by
// name (spelling, words, tld, hosting, shape), all of them when v is
// empty.
func parseHostFamilies(v string) ([model.NumFamilies]bool, error) {
	var fam [model.NumFamilies]bool
	names := map[string]model.Family{"spelling": model.Spelling, "words": model.Words, "tld": model.TLD, "hosting": model.Hosting, "shape": model.Shape}
	if v == "" {
		for _, f := range names {
			fam[f] = true
		}
		return fam, nil
	}
	for _, f := range strings.Split(v, ",") {
		k, ok := names[f]
		if !ok {
			return fam, fmt.Errorf("%q: want spelling, words, tld, hosting or shape", f)
		}
		fam[k] = true
	}
	return fam, nil
}

// harvestCap is -harvestcap: at most this many links of one registrable
// domain are taken of those only wideHarvestModules hold (0: all): the
// vulnerability reports name nvd.nist.gov 2,600 times and the licence list
// spdx.org 1,600 times.
var harvestCap = 20

// widePathOnly is -widepath: a link of the wider harvest teaches the
// linear model its path's features alone, so that the names of bare
// domains score as without it. Measured and not kept: the domain blocks
// moved as much as without it, and rev13's attack set lost more lines
// (BENCHMARKS.md, fifteenth pass).
var widePathOnly = false

// genHTTP is -genhttp: the share of the benign URLs the trainer writes
// (generateBenignURLs, generateDocURLs) that are plain HTTP; -1 takes
// the share among the harvested benign links; 0 writes every one as
// HTTPS (plainHTTP; measured and not kept).
var genHTTP = 0.0

// vnGenerated is how many Vietnamese firms' names the trainer writes
// (-vngen; 0 by default). With 2,000 the dev set's trungthuong-sh.com
// prize message fell from deleted to warned (BENCHMARKS.md, ninth pass).
var vnGenerated = 0

// docShare is -docshare: the share of popular domains the trainer writes
// one documentation-style link on (generateDocURLs).
var docShare = 0.3

// trainEpochs is -epochs: the passes of every model a run trains, the
// half models that set the operating point too (they took
// defaultEpochs whatever -epochs said, so that a run with another
// -epochs measured a model against a point set for another).
var trainEpochs = defaultEpochs

// trainSeed seeds the order of the training examples and the dropout.
var trainSeed uint64 = 1

// reportSplit is the split a full run reports on (-on).
var reportSplit = Test

// defaultEpochs is how many passes over the training examples a model
// gets.
const defaultEpochs = 3

// linkConfig are the link model's training settings. Dropout of the
// n-grams (dropGrams, dropPath: -dropgrams, -droppath) was measured in
// the sixth pass and is off: it lifts each source held out of training
// by 2 points, but lowers crypto, Vietnamese and Phishing.Database seen
// in training by about a point and flags more odd-looking popular names
// (BENCHMARKS.md).
var linkConfig = ftrlConfig{alpha: 0.05, beta: 1, l1: 0.5, l2: 2}

func run(data, out, holdout string, epochs int) error {
	ex, err := loadAll(data)
	if err != nil {
		return err
	}
	counts := map[Source][3]int{}
	for i := range ex {
		c := counts[ex[i].Source]
		c[ex[i].Split]++
		counts[ex[i].Source] = c
	}
	fmt.Println("examples (train / validate / test):")
	for s := Source(0); s < numSources; s++ {
		c := counts[s]
		fmt.Printf("  %-11s %7d %7d %7d\n", s, c[Train], c[Validate], c[Test])
	}
	if tuneOnly && holdout != "" {
		return runHoldout(ex, holdout, epochs)
	}
	if tuneOnly {
		tune(ex, epochs)
		return nil
	}
	if reportOnly {
		m, comb := model.Link(), model.Combination()
		if reportFrom != "" {
			if m, comb, err = readModel(reportFrom); err != nil {
				return err
			}
		}
		reportLink(m, ex)
		if pathRecall > 0 {
			// where the point of links with a path would be: measured, not applied
			m.ShiftPaths(-fitPathPoint(m, comb, ex, numSources, pathRecall))
		}
		fmt.Printf("\nwhole classifier on the %s split (bare links, no words, no block list):\n", reportSplit)
		reportClassifier(m, comb, ex, func(x *Example) bool { return x.Split == reportSplit })
		probeVietnameseFirms(m, comb)
		return nil
	}
	if holdout != "" {
		return runHoldout(ex, holdout, epochs)
	}
	m := trainLink(ex, func(x *Example) bool { return x.Split == Train }, epochs, trainSeed, linkConfig)
	reportLink(m, ex)
	comb, err := fitCombiner(m, ex, numSources)
	if err != nil {
		return err
	}
	setNetCeiling(m, comb)
	if plainPagesOn {
		// after the combiner's fit: it is fitted as without the feature,
		// so that only plain-HTTP pages of older sites score otherwise
		lor, w, err := setPlainPages(m, ex, func(x *Example) bool { return x.Split == Train })
		if err != nil {
			return err
		}
		fmt.Printf("\nplain-HTTP pages of older sites: log odds ratio of plain HTTP, phishing URLs against harvested benign links, %.2f; the page feature's weight %+.2f\n", lor, w)
		reportLink(m, ex) // the link model alone, the feature written for every such page
		// the classifier as the bot runs it: the feature read only where a
		// static document is posted bare (bot's plainHTTPReading)
		model.SetPlainPages(false)
	}
	if realPaths {
		// after the combiner's fit, as the plain-page feature: only links
		// with such a path score otherwise
		n := setRealPathWeights(m, ex, func(x *Example) bool { return x.Split == Train })
		fmt.Printf("\npath features the real benign links hold as often as the phishing URLs, their weight set to 0: %d\n", n)
		reportLink(m, ex)
	}
	if pathRecall > 0 {
		fitPathPoint(m, comb, ex, numSources, pathRecall)
	}
	fmt.Printf("\nwhole classifier on the %s split (bare links, no words, no block list):\n", reportSplit)
	reportClassifier(m, comb, ex, func(x *Example) bool { return x.Split == reportSplit })
	probeVietnameseFirms(m, comb)
	if err := os.WriteFile(filepath.Join(out, "weights.bin"), m.Encode(), 0o644); err != nil {
		return err
	}
	cj, err := json.MarshalIndent(comb, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "combine.json"), append(cj, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Println("wrote", filepath.Join(out, "weights.bin"), "and", filepath.Join(out, "combine.json"))
	return nil
}

// loadAll reads every source and weighs the examples so that each kind of
// data counts as much as its opposite: phishing domains against benign
// domains, phishing URLs against benign URLs.
func loadAll(data string) ([]Example, error) {
	domains, phish, err := loadDomains(data)
	if err != nil {
		return nil, err
	}
	urls, err := loadPhishURLs(data)
	if err != nil {
		return nil, err
	}
	harvest, wide, err := harvestBenignURLs(phish)
	if err != nil {
		return nil, err
	}
	harvest = append(harvest, capPerDomain(wide, harvestCap)...)
	gen := generateBenignURLs(domains, 0.6, 7)
	gen = append(gen, generateDocURLs(domains, docShare, 17)...)
	if shortPageShare > 0 {
		short := generateShortPages(domains, shortPageShare, 29)
		fmt.Println("short document pages written:", len(short))
		gen = append(gen, short...)
	}
	if oldWebShare > 0 {
		old := generateOldWebURLs(domains, oldWebShare, oldWebHTTP, 23)
		fmt.Printf("older projects' pages written: %d (plain HTTP: %.0f %%)\n", len(old), 100*httpShare(old))
		gen = append(gen, old...)
	}
	if share := genHTTP; share != 0 {
		if share < 0 {
			share = httpShare(harvest)
		}
		n := plainHTTP(gen, share, 19)
		fmt.Printf("benign URLs written as plain HTTP: %d of %d (share %.4f)\n", n, len(gen), share)
	}
	var deb []Example
	if debianURLs != "" && debWeight > 0 {
		if deb, err = loadDebianURLs(debianURLs, phish); err != nil {
			return nil, err
		}
		fmt.Printf("Debian's homepage URLs read: %d (plain HTTP: %.0f %%)\n", len(deb), 100*httpShare(deb))
	}
	services := generateServiceHosts(domains, 0.7, 9)
	hosted := generateHostedSites(2000, 13)
	var vn []Example
	if vnWeight > 0 {
		vn = loadVietnameseBenign(phish, domains)
		if techLists {
			vn = append(vn, loadBenignList(techBenign, SrcBenignTech, phish, append(domains, vn...))...)
		}
		for i := range vn {
			vn[i].NetOnly = vnNetOnly
		}
	}
	vn = append(vn, generateVietnameseBusinesses(vnGenerated, 15)...)
	ex := append(append(append(append(append(append(domains, services...), hosted...), urls...), harvest...), gen...), vn...)
	if apps := writeHerokuApps(herokuShare, herokuBenign, 31, domains, hosted); len(apps) > 0 {
		fmt.Println("kits' names written as Heroku apps:", len(apps))
		ex = append(ex, apps...)
	}
	ex = append(ex, deb...)
	if npmLinks != "" && npmWeight > 0 {
		npm, err := loadNPMLinks(strings.Split(npmLinks, ","), phish)
		if err != nil {
			return nil, err
		}
		fmt.Printf("npm packages' links read: %d (plain HTTP: %.0f %%)\n", len(npm), 100*httpShare(npm))
		ex = append(ex, npm...)
	}
	if longTail != "" && longWeight > 0 {
		long, err := loadLongTail(longTail, phish, harvest)
		if err != nil {
			return nil, err
		}
		for i := range long {
			long[i].PathOnly = longPathOnly
			long[i].PathStage = longStage
		}
		fmt.Printf("small sites' real pages read: %d (plain HTTP: %.0f %%)\n", len(long), 100*httpShare(long))
		ex = append(ex, long...)
	}
	if smallHosts != "" && smallWeight > 0 {
		small, err := loadSmallHosts(smallHosts, phish, ex)
		if err != nil {
			return nil, err
		}
		for i := range small {
			small[i].HostStage = smallStage
		}
		fmt.Printf("small sites' real names read: %d\n", len(small))
		ex = append(ex, small...)
	}
	weigh(ex, wideWeight)
	fmt.Println("benign URLs the classifier never weighs, left out of training:", markUnweighed(ex))
	return ex, nil
}

// weigh sets each example's weight, so that each kind of data counts as
// much as its opposite: phishing domains against benign domains, phishing
// URLs against benign URLs; a link of the wider harvest (Wide) weighs
// wide times a harvested link, on top: every other example weighs as
// without it. It returns the weight of each source.
func weigh(ex []Example, wide float64) [numSources]float64 {
	var w [numSources]float64
	var n [numSources]float64
	for i := range ex {
		if !ex[i].Wide && !ex[i].OnTop {
			// the wider harvest's links weigh on top (-wideweight):
			// every other example weighs as without them
			n[ex[i].Source]++
		}
	}
	// Phishing.Database's 2020 domains are many and noisy (compromised
	// sites): they count half. Weighing every source alike (each as much
	// in total as the Vietnamese block) was measured on the validation
	// split and rejected: it raises the Vietnamese block's recall (0.316
	// -> 0.37) but lowers the Discord block's held out (0.206 -> 0.11),
	// because the 2020 list's breadth is what carries over.
	w[SrcDiscord], w[SrcCrypto], w[SrcVietnam], w[SrcPhishDB] = 1, 1, 1, 0.5
	phishDomains := w[SrcDiscord]*n[SrcDiscord] + w[SrcCrypto]*n[SrcCrypto] + w[SrcVietnam]*n[SrcVietnam] + w[SrcPhishDB]*n[SrcPhishDB]
	// popular domains and the service hosts written under them weigh
	// alike, together as much as the phishing domains
	w[SrcBenign] = phishDomains / (n[SrcBenign] + n[SrcBenignHost] + n[SrcBenignHosted])
	w[SrcBenignHost], w[SrcBenignHosted] = w[SrcBenign], w[SrcBenign]
	w[SrcBenignVN] = vnWeight * w[SrcBenign]
	w[SrcBenignTech] = w[SrcBenignVN]
	w[SrcBenignVNGen] = w[SrcBenign]
	w[SrcPhishURL] = 0.5
	benignURLs := n[SrcBenignURL] + n[SrcBenignGen]
	if debInside {
		benignURLs += debWeight * n[SrcBenignDeb]
	}
	w[SrcBenignURL] = 0.5 * n[SrcPhishURL] / benignURLs
	w[SrcBenignGen] = w[SrcBenignURL]
	// Debian's URLs weigh on top (-debweight), as the wider harvest's:
	// every other example weighs as without them
	w[SrcBenignDeb] = debWeight * w[SrcBenignURL]
	w[SrcBenignNPM] = npmWeight * w[SrcBenignURL]
	w[SrcBenignLong] = longWeight * w[SrcBenignURL]
	w[SrcBenignSmall] = smallWeight * w[SrcBenign]
	// a real crypto project's name weighs -cryptoweight times a popular
	// domain, on top (it is counted in no total above)
	w[SrcBenignCrypto] = cryptoWeight * w[SrcBenign]
	for i := range ex {
		ex[i].Weight = w[ex[i].Source]
		if ex[i].Wide {
			ex[i].Weight *= wide
		}
	}
	return w
}

// keepTrusted is -keeptrusted: markUnweighed leaves out only the links
// on brands' own hosts, pages anyone publishes and private addresses;
// those on hosts trusted as reputable teach the model their paths
// (PathOnly).
var keepTrusted = false

// markUnweighed marks the benign URLs the classifier never reads the
// model on, those to an official or reputable host (github.com/google/...,
// go.dev/doc), and returns how many. The trainer leaves them out of the
// model's training, or it learns that a brand's name in a path is benign,
// and that the hosts' own names are, from links it will never be asked
// about. Measured on the validation split, the link model alone at the
// 0.5 % point: Discord 83.4 -> 85.7 %, crypto 63.3 -> 63.8, Vietnamese
// 27.1 -> 28.3, Phishing.Database 22.3 -> 23.3, phishing URLs 73.3 ->
// 75.4 (BENCHMARKS.md). Which links are weighed does not depend on the
// model: an empty one keeps the embedded weights out of their own
// training. It reads links as the trainer's classifier does
// (TrainingView): a site of bot's reputableAtRuntime is trusted at run
// time, and its links stay in training.
//
// With -keeptrusted (keepTrusted) a link the classifier trusts only
// because its host is reputable, institutional or infrastructure
// (python.org, a university, a CDN), no brand's own, stays in training
// through its path's features alone (PathOnly): the runtime still trusts
// the host, the model learns what its real paths teach, and bare names
// score as if the host were not there, so that a host joining the
// reputable list moves the model less.
func markUnweighed(ex []Example) int {
	c := bot.NewClassifier(bot.ClassifierConfig{LinkModel: &model.Model{Weights: make([]float32, 1<<model.Bits)}, Combiner: &model.Combiner{},
		TrainingView: true})
	bm := brand.New(brand.Builtin)
	n := 0
	for i := range ex {
		if x := &ex[i]; x.Source == SrcBenignURL || x.Source == SrcBenignGen || x.Source == SrcBenignCrypto || x.Source == SrcBenignLong || x.Source == SrcBenignSmall || realBenign(x.Source) {
			if _, ok := c.LinkSignals(&x.Link); !ok {
				if keepTrusted && x.Link.Domain != "" && !x.Link.IP.IsValid() && bm.Official(x.Link.Domain, x.Link.Suffix) == nil && !userContentHosts[x.Link.Host] {
					x.PathOnly = true
					continue
				}
				x.Unweighed = true
				n++
			}
		}
	}
	return n
}

// sourceByName returns the source a name (discord, crypto) names.
func sourceByName(name string) (Source, bool) {
	for s := Source(0); s < numSources; s++ {
		if s.String() == name {
			return s, true
		}
	}
	return 0, false
}

// readModel reads the weights.bin and combine.json a run wrote to dir.
func readModel(dir string) (*model.Model, *model.Combiner, error) {
	b, err := os.ReadFile(filepath.Join(dir, "weights.bin"))
	if err != nil {
		return nil, nil, err
	}
	m, err := model.Decode(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dir, err)
	}
	model.SetDigitShape(m.DigitShape) // read the model as it was trained
	// and as the bot reads it: the plain-HTTP page feature only where
	// plainHTTPReading adds it (model.AddPlainPage), not for every link
	model.SetPlainPages(false)
	cj, err := os.ReadFile(filepath.Join(dir, "combine.json"))
	if err != nil {
		return nil, nil, err
	}
	comb := new(model.Combiner)
	if err := json.Unmarshal(cj, comb); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dir, err)
	}
	return m, comb, nil
}
