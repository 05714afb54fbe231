package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Archives of data in storage buckets. Tech chat links archives in
// public buckets all the time, and many are not programs at all but data
// a team or a lab publishes as dated or versioned drops: a model's
// checkpoints (storage.googleapis.com/bert_models/2020_02_20/
// uncased_L-12_H-768_A-12.zip), a dataset's annotations
// (….blob.core.windows.net/datasets/coco/annotations_trainval2017.zip).
// plainBucket notes a build only in a bucket named after it; these
// buckets are named after the team or the collection, so such an archive
// was warned about as any archive is (wArchiveLink).
//
// The droppers of the malware sets are named as the attachment they pass
// for (Invoice_88213.zip, Scan_0915.zip, Payment_Receipt.zip), as a setup
// or a crack (Setup_x64.zip, Photoshop_2024_Crack.zip), after a product,
// or at random; bucketArchive asks for a name made of data's words only
// (dataName), which no lure is: a lure that takes a data word keeps a
// word of its own beside it (Crypto_Dataset_2024.zip). A name that is
// data words alone (Dataset_2024.zip) is the rule's way past, measured in
// BENCHMARKS (dl25).

// bucketArchive reports an archive (a zip, rar or 7z) in a storage
// bucket on a reputable host (bucketName), over TLS, named as a drop of
// data and nothing else (dataName), with a version or a date in its name
// or in a folder below the bucket (versioned, filedByRelease: 2020_02_20/,
// 2024-12-03/, 131.0.6778.85/, releases/), and named as no dropper is
// (plainBuildName, bucketDropper; no second extension inside it,
// Scan_2024.pdf.zip), in no folder droppers sit in (dropperFolder:
// /invoice/, /share/, /images/) nor one named after a brand, nothing
// found about the host and a link the link model reads as ordinary (as
// plainBucket asks), in a message with no bait (k.baited) and no word of
// running or installing what it links (asksToRun). Such an archive is
// not warned about, as a plain download's archive is not. It is asked
// only of an archive's link that would otherwise be warned about.
func (c *Classifier) bucketArchive(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, k *knowledge) bool {
	if fd.Kind != filetype.Archive || !windowsArchive[fd.Ext] || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch {
		return false
	}
	if !overTLS(l) || l.Port != "" || l.UserInfo != "" || info.trusted || info.contextBrand != nil {
		return false
	}
	bucket := bucketName(l)
	if bucket == "" || !dataName(file) || !versioned(file) && !filedByRelease(l, bucket) {
		return false
	}
	if !plainSpelling(l, file, fd) || innerExt(file) || bucketDropper(l, file) || !plainBuildName(l, file, k.brands) ||
		dropperFolder(l.Path) || brandFolder(l, k.brands) {
		return false
	}
	reread := info.read != nil && !readsBrand(&info.signals)
	for i := range info.reasons {
		if info.nameFinding(i, reread) {
			return false
		}
	}
	return !k.baited() && !k.asksToRun() && c.readsOrdinary(l, info, k.brands)
}

// asksToRun reports a message that asks its reader to run or install
// what it links (run the setup inside, install it, launch the exe,
// double click): data is read, not run, so such words beside a data
// archive are a dropper's.
func (k *knowledge) asksToRun() bool {
	folded := k.folded()
	for w := range strings.FieldsSeq(string(folded)) {
		if programWords[strings.Trim(w, ".,:;!?()\"'")] {
			return true
		}
	}
	return containsWords(folded, "double click")
}

// programWords are the words of running or installing a program (folded).
var programWords = setOf("run", "runs", "running", "execute", "executes", "exec", "launch", "launches", "install", "installs",
	"installing", "installer", "setup", "exe", "doubleclick", "enable", "macros", "admin", "administrator")

// innerExt reports an archive's name holding a second extension of a
// file kind (Scan_2024.pdf.zip, Photo_4412.jpg.rar): an archive that
// passes for the document or the picture it names.
func innerExt(file string) bool {
	stem := file
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	i := strings.LastIndexByte(stem, '.')
	return i >= 0 && innerExts[strings.ToLower(stem[i+1:])]
}

// filedByRelease reports a folder between the bucket and the file named
// for a release or a drop: a version (131.0.6778.85, v1.2), a date or a
// year (2020_02_20, 2024-12-03, 2024), or a maker's release folder
// (releases, builds). bucket is the bucket's name, a path-style link's
// first folder, which is skipped.
func filedByRelease(l *linkx.Link, bucket string) bool {
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	found := false
	for seg := range strings.SplitSeq(dir, "/") {
		if seg == "" || strings.EqualFold(seg, bucket) || seg == "file" {
			continue
		}
		if releaseFolder(strings.ToLower(seg)) || versioned(seg) {
			found = true
		}
	}
	return found
}

// dataName reports an archive named as a drop of data is and as
// nothing else: a word of its name is one machine-learning and research
// data are published under (annotations_trainval2017.zip,
// checkpoints_2000.zip, uncased_L-12_H-768_A-12.zip; dataNameWords), and
// so is every other word of three letters or more (not
// Model_Weights_v2.zip, Crypto_Dataset_2024.zip, Val_Report_2024.zip:
// a lure takes a data word beside its own).
func dataName(file string) bool {
	data := false
	for _, w := range fileWords(file) {
		switch {
		case dataNameWords[w]:
			data = true
		case len(w) >= 3:
			return false
		}
	}
	return data
}

// dataNameWords are the words a data archive's name is made of: a split
// (train, val, trainval), a kind of labels, weights or text
// (annotations, checkpoints, embeddings, vocab, corpus), a model's
// casing (cased, uncased).
var dataNameWords = setOf("dataset", "datasets", "annotations", "annotation", "trainval", "train", "val", "validation",
	"checkpoint", "checkpoints", "ckpt", "weights", "pretrained", "embeddings", "vectors", "vocab", "corpus",
	"tokenizer", "cased", "uncased")
