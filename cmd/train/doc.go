// Command train rebuilds immune's learned models from the training lists
// in ../shared/train and a benign link corpus it assembles itself, and
// reports how they do on data held out of training.
//
//	go run ./cmd/train                  # train, report, write bot/model/weights.bin and combine.json
//	go run ./cmd/train -holdout all     # leave each curated source out of everything and run the whole classifier on it
//	go run ./cmd/train -tune            # measure on the validation split only: how choices are made
//	go run ./cmd/train -tune -holdout all  # the whole classifier on each held-out source's validation part
//	go run ./cmd/train -report          # measure the embedded model and combiner
//	go run ./cmd/train -on validation -seed 2 -out DIR  # another training order: how far a figure moves by chance
//	go run ./cmd/train -dropgrams 0.3 -droppath 0.3 -epochs 4 -out DIR  # the dropout measured and not kept (BENCHMARKS.md, sixth pass)
//	go run ./cmd/train -experts crypto,vietnam -out DIR  # a model of their own for some kinds of scam: crypto alone is the default, Vietnamese measured and not kept (BENCHMARKS.md, eighth pass)
//	go run ./cmd/train -experts none -out DIR  # the link model without experts
//	go run ./cmd/train -vnweight 1 -vnnet=false -vngen 600 -experts crypto,vietnam -out DIR  # Vietnamese benign names (vietnamese-benign.txt, generated firms) taught to the linear model, and the Vietnamese expert: measured and not kept (BENCHMARKS.md, ninth pass)
//	go run ./cmd/train -boost 100 -boostmodel -out DIR  # gradient-boosted trees over the host name's dense features on top of the link model: measured and not kept (BENCHMARKS.md, eleventh pass)
//	go run ./cmd/train -net 16 -vnweight 1 -out DIR  # a fastText-style net over the names with a digit, taught the hand-written benign lists, capped below the delete point: measured and not switched on (BENCHMARKS.md, thirteenth pass)
//	go run ./cmd/train -net 16 -netdigits=false -netceil 0 -netbenign 3 -out DIR  # the twelfth pass's net over every name (its variant B), measured and not kept
//	go run ./cmd/train -wideharvest -wideweight 0.35 -pathrecall 0.815 -out DIR  # the wider harvest with a point of its own for links with a path: measured and not switched on (BENCHMARKS.md, fifteenth pass)
//	go run ./cmd/train -wideharvest -genhttp -1 -pathrecall 0.815 -out DIR  # the written benign URLs as plain HTTP at the harvest's share too: measured and not kept
//	go run ./cmd/train -on validation -digitshape -out DIR  # host names' digit-shape features (the order of letters, digits and hyphens; n-grams with digits folded to 0): measured and not kept (BENCHMARKS.md, model16)
//	go run ./cmd/train -on validation -plainpages=false -out DIR  # without the plain-HTTP page feature (on by default: a plain-HTTP page of an older site weighs over HTTPS what the harvested links say, a log odds ratio, not the scheme's learned weight; BENCHMARKS.md, model17)
//	go run ./cmd/train -on validation -shortpages 0.02 -shortfolders=false -out DIR  # short document pages of ordinary sites at their root only (/avg.html): measured and not switched on (BENCHMARKS.md, model18, short18, kit19)
//	go run ./cmd/train -on validation -debhost=false -debweight 1 -out DIR  # Debian's homepages (deb-home20t.txt, read by default at half a harvested link, through their host names alone) teaching their paths' words too and weighing more: measured and not kept (BENCHMARKS.md, model20)
//	go run ./cmd/train -debpath words -out DIR  # Debian's homepages teaching their paths' words besides their host names (or file, spelling): measured and not kept (BENCHMARKS.md, model21)
//	go run ./cmd/train -npm bot/testdata/measure/npm-home21t.txt,bot/testdata/measure/npm-text21t.txt -out DIR  # the links of npm packages' READMEs (tuning halves) taught as Debian's are: measured and not kept (BENCHMARKS.md, model21)
//	go run ./cmd/train -cryptoharvest -out DIR  # real crypto projects' names (cryptoHarvestModules) taught to the experts alone: measured and not kept (BENCHMARKS.md, model28)
//	go run ./cmd/train -realshape path -out DIR  # the written benign URLs shown with a real benign link's path shape (query, all: other modes): measured and not kept (BENCHMARKS.md, model29)
//	go run ./cmd/train -realpaths -out DIR  # a path's word, file or mark the real benign links hold as often as the phishing URLs keeps no phishing weight (-realpathless: significantly more often): measured and not kept (BENCHMARKS.md, model29)
//	go run ./cmd/train -longtail '' -out DIR  # without small sites' real links (cmd/train/benign-urls.txt), which the default teaches in a second stage that moves the weights of their paths' features alone (-longstage, -longscheme=false; BENCHMARKS.md, model33 and model36)
//	go run ./cmd/train -longstage=false -longscheme -out DIR  # the same links taught host and path with the other examples: measured and not kept (BENCHMARKS.md, model32)
//	go run ./cmd/train -smallhosts cmd/train/benign-hosts.txt -smallanchor -smallweight 3 -out DIR  # small sites' real names (go run ./internal/gen/benignurls -hosts) taught in a third stage that moves host-name weights alone, the training split's phishing domains passing too (-smallcenter: the popular domains' 0.5 % point kept; -smallstage=false: in the first stage; -smallfam: some families): measured and not kept (BENCHMARKS.md, host37)
//	go run ./cmd/train -report -from DIR -pathrecall 0.815  # where a model's point for links with a path would be, printed, not applied
//	go run ./cmd/train -report -from DIR  # measure the files a run wrote
//
// The result depends only on the training files, the committed files of
// Debian's homepages and of small sites' real links (read from the
// module's root), the Go distribution, the
// module versions pinned in harvestModules (the benign link corpus is read
// from their sources) and fixed seeds: the same inputs give the same bytes.
package main
