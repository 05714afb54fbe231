// Command wordodds measures each word of the lexicon phishing names are
// read for (bot/model: domainWords, schemeWords) against data: how many
// phishing names and how many benign ones carry it, read by the
// runtime's own matcher (model.AllNameWords: whole hyphen words, and
// inside longer words where the lexicon says so), and the smoothed
// log-odds of a phishing name, with the rule the lexicon's weak words
// (model.weakWords) were chosen by.
//
//	go run ./internal/gen/wordodds -data ../shared/train [-repo .] [-names]
//
// It reads the lists of ../shared/train at run time (nothing of them is
// copied into the repository) and the repository's own benign files, and
// counts only the training side of the trainer's split: a registrable
// domain whose fnv-32a hash is 0 modulo 10 (cmd/train splitOf) is left
// out everywhere. Each site (model.Site: a name on a hosting platform is
// a site of its own) is counted once per source.
//
// Phishing names come from the phishing-domain list's blocks (Discord,
// crypto, Vietnamese, Phishing.Database); benign ones from the popular
// list (Cisco Umbrella), Debian's homepages (tuning half,
// bot/testdata/measure/deb-home20t.txt), npm's homepages and READMEs
// (tuning halves, npm-home21t.txt, npm-text21t.txt), the trainer's
// hand-written tech-benign.txt and its long-tail benign-urls.txt. The
// English tech-chat tuning halves (*tech*t.txt) are shown as a column of
// their own and left out of every log-odds: they quote scams' names as
// often as they link projects.
//
// For each word the table gives the names carrying it per source, with
// the number where it is the only lexicon word ("alone": where it alone
// makes a name read as bait), the log-odds of all phishing names against
// benign ones, of each phishing source, and of the names it is alone in,
// and what the rule says: "weak" (read in a name only beside a word that
// is not weak) when the log-odds alone is below 1, "few" when fewer than
// 10 names carry it alone (the data says nothing: kept as written),
// "keep" otherwise. -names prints each benign name a word is read in.
//
// odds.tsv is its output when the weak words were chosen (words35).
package main
