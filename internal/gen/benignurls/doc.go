// Command benignurls writes cmd/train/benign-urls.txt: real benign links
// with paths, read from text that nobody on the project wrote — Go
// modules' sources and documents (a module cache), Debian packages'
// files (documents, copyright files, changelogs, manuals, the modules
// of Perl, Python, R and Emacs packages), npm packages' READMEs, and
// this machine's /usr/share/doc and its Python, Perl, Node, JavaScript
// and C header trees: their comments and documents link RFCs,
// specifications, papers, blogs, bug trackers, university and people's
// own pages. The trainer teaches the link model these links (-longtail)
// so that it sees small and older sites' pages as benign too, not only
// popular sites' roots: without them an unknown site with a path read
// as a kit.
//
// Only the tuning side of the measure sets' splits is kept, so that
// the held-out halves stay honest: a link's host (lower-cased, "www."
// dropped) must have a SHA-256 whose first hex digit is 0-9 (the tech
// sets' rule), and neither the host, its registrable name nor the host
// with its first folder may be held out by bot/testdata/measure/gen's
// rule (gen.Held). Tests, test data, examples and samples are skipped
// (they name made-up hosts), as are data files, files that name more
// than 150 hosts (lists, not prose), addresses, ports, bare roots, the
// example, local and placeholder domains (yourdomain.com, foo.org,
// contoso.com), endings that do not exist and this project's own hosts.
// With -train, the hosts whose registrable name the training data's
// phishing domain or URL lists, abused benign list or shared-host list
// name are left out, and so are the -top most popular benign domains
// (the trainer knows them; the long tail is the point). At most -per
// links of one host (3) and 12 of one registrable domain are kept, the
// first by a hash of the link.
//
// With -held FILE it also writes the other side as a measure set
// (bot/testdata/measure/long33h.txt): links on hosts that no split
// trains on, one a host and one host a registrable domain, posted as
// the line of text they stood in when it reads as an English sentence
// around that one link, else bare.
//
// Session 33's harvest (harv33: 3,904 links on 2,390 hosts, from 857 k
// distinct links read) read what fetch.sh downloads — the 4,084 Go
// modules of modules.txt (go-partial.tsv's 1,214 working versions, then
// 2,870 that their go.mod files require), the Debian packages of
// debian-packages.txt (6,894 of 50 sections, 160 a section by a hash of
// the name, none installed on this machine, 3 MB at most), the npm
// packages of npm-packages.txt (three installs of toolchains and
// libraries that npm21 did not read) — with this machine's trees:
//
//	sh internal/gen/benignurls/fetch.sh /tmp/harv    # downloads, a few GB
//	go run ./internal/gen/benignurls -gomodcache /tmp/harv/gomod \
//	    -roots /usr/share/doc,/usr/lib/python3,/usr/lib/python3.11,/usr/share/perl,/usr/share/perl5,/usr/include,/usr/lib/node_modules,/usr/share/javascript,/tmp/harv/deb,/tmp/harv/npm/a/node_modules,/tmp/harv/npm/b/node_modules \
//	    -train ../shared/train -held bot/testdata/measure/long33h.txt > cmd/train/benign-urls.txt
//
// A rerun on another day reads newer versions of some packages, so its
// list differs in detail, not in kind.
//
// With -hosts FILE it also writes the host names of every link read,
// with a path or bare, as cmd/train/benign-hosts.txt: small and older
// sites' real names for the trainer's -smallhosts (host37, measured and
// not kept: BENCHMARKS.md). A name is kept on the tuning side only
// (hostTuning: the SHA-256 digit and gen.Held of the host and of its
// registrable name), when the training data's lists do not name it
// (-train) and when neither it nor its registrable name is written,
// defanged or not, in any file under -exclude (bot/testdata/measure:
// every measure set, the held-out halves and the coordinator's eval sets
// included, read only to build that set; the log prints counts alone);
// at most -hostsper (2) of one registrable name, the name itself first.
// host37 reran the selection from a cache of session 33's reading:
//
//	go run ./internal/gen/benignurls -gomodcache /work/helpers/data33/harv33-gomod \
//	    -roots /usr/share/doc,/usr/lib/python3,/usr/lib/python3.11,/usr/share/perl,/usr/share/perl5,/usr/include,/usr/lib/node_modules,/usr/share/javascript,/work/helpers/data33/harv33-deb/x,/work/helpers/data33/harv33-deb/x2,/work/helpers/data33/harv33-npm/a/node_modules,/work/helpers/data33/harv33-npm/b/node_modules \
//	    -train ../shared/train -cache /tmp/host37/cache.tsv -hosts cmd/train/benign-hosts.txt > /dev/null
//
// (857 k distinct links read; 4,087 names on 3,974 registrable names
// kept; 42,133 host and registrable names of the measure files left out).
package main
