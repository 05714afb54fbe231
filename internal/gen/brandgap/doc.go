// Command brandgap ranks the names that the training lists' scam domains
// carry far more often than popular domains do and that no protected brand
// holds: the brands scammers imitate that immune does not know yet.
//
//	go run ./internal/gen/brandgap -data ../shared/train [-whole] [-only FILE] [-min 15] [-lift 4] [-top 150]
//
// It reads the lists of ../shared/train at run time (nothing of them is
// copied into the repository) and uses only the trainer's training and
// validation parts: a registrable domain whose fnv-32a hash is 0 modulo 10
// is the trainer's test split (cmd/train splitOf) and is left out, so that
// the brands chosen from the ranking can be measured on names they were
// not chosen from.
//
// Each registrable name (its labels without the public suffix) and each
// phishing URL's host is cut into runs of letters, and every substring
// of four letters or more of a run (and a whole run of three) is a
// candidate token, counted once per domain; with -whole, only whole
// labels and hyphen-separated words are (what a runtime brand's Words
// match). A token is kept when it is maximal (no letter added on either
// side keeps 70 % of its domains: "binanc" gives way to "binance"; not
// asked with -whole), when scam names carry it at least -lift times as
// often as popular names do, and when it neither names a protected brand
// nor reads as a look-alike of one (brand.Matcher). What is left is
// ranked by the number of scam domains carrying it, with the count per
// block (Discord, crypto, Vietnamese, Phishing.Database), the phishing
// URLs' hosts, the URLs' paths (whole words of a path, not cut) and the
// popular names that carry it. Whether a token is a brand is left to the
// reader: lure words (secure, verify) and misspellings of listed brands
// rank too.
//
// -trainout FILE writes the training side's scam domains ("block<TAB>
// domain" a line) to scan with immune; -only FILE then counts only the
// domains a file lists (those the scan allowed), so that what ranks is
// what the classifier does not catch yet. -show a,b prints the counts of
// the tokens named, ranked or not. -test FILE writes the test split's
// scam domains, to measure a change on names it was not chosen from.
package main
