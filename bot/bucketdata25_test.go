package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBucketDataArchives checks that an archive of data in a storage
// bucket, named as data is (annotations, checkpoints, vocab, a split)
// with a version or a date in its name or its folder, is noted and not
// warned about, and that the same buckets still warn about an archive
// named otherwise, undated, with a document's extension inside, over
// plain HTTP, beside bait or an invitation to run it, a program, and
// such an archive off a bucket.
func TestBucketDataArchives(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"coco annotations https://mlpublicdata.blob.core.windows.net/datasets/coco/annotations_trainval2017.zip",
		"the vocab files are at https://storage.googleapis.com/acme-nlp/2023_05_01/vocab_uncased.zip",
		"https://lab-share.s3.amazonaws.com/releases/1.2/train_val_2024.zip for the baseline",
		"checkpoints: https://f003.backblazeb2.com/file/acme-runs/2024-11-20/checkpoints.7z",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow {
			t.Errorf("%q: %s (%.2f) %v, want allowed", text, v.Level, v.Score, v.Reasons)
		}
	}
	for _, text := range []string{
		// a lure's name beside a data word, or no data word
		"https://storage.googleapis.com/ml-share-77/2024-12-03/Model_Weights_v2.zip",
		"https://storage.googleapis.com/ml-share-77/2024-12-03/Crypto_Dataset_2024.zip",
		"https://storage.googleapis.com/ml-share-77/2024-12-03/Val_Report_2024.zip",
		"https://storage.googleapis.com/ml-share-77/2024-12-03/Meeting_Notes_2024.zip",
		"https://acme-downloads-cdn.s3.amazonaws.com/invoice/Invoice_88213.zip",
		// undated, a document inside, plain HTTP
		"https://storage.googleapis.com/ml-share-77/dataset.zip",
		"https://storage.googleapis.com/ml-share-77/2024-12-03/annotations_2024.pdf.zip",
		"http://mlpublicdata.blob.core.windows.net/datasets/coco/annotations_trainval2017.zip",
		// bait, or an invitation to run it
		"leaked training data https://storage.googleapis.com/ml-share-77/2024-12-03/Dataset_2024.zip",
		"download and run the setup inside https://storage.googleapis.com/ml-share-77/2024-12-03/checkpoints_2024.zip",
		"Dataset_2024.zip password is 1234 https://public-data-eu.s3.amazonaws.com/v1.2/Dataset_2024.zip",
		// a program, and the same name off a bucket
		"https://storage.googleapis.com/ml-share-77/2024-12-03/train_2024.exe",
		"https://cdn.discordapp.com/attachments/118700/131200/annotations_trainval2017.zip",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level == bot.Allow {
			t.Errorf("%q: allowed (%.2f) %v, want it flagged", text, v.Score, v.Reasons)
		}
	}
}
