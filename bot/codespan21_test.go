package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCodeReferenceScripts checks that a .js written alone in a span of
// code in a README's sentence, on a site with nothing against it, is not
// read as a download (UglifyJS's source-map example), and that the same
// shape still reads the file as a download where droppers are sent so:
// an invitation to run or save it, the link as the line's only code, a
// dropper's or a lure's name, a folder named as a program, a command
// around it.
func TestCodeReferenceScripts(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	readme := "The above will compress and mangle `file1.js` and `file2.js`, will drop the output in `foo.min.js` and the source map in `foo.min.js.map`. The source mapping will refer to `http://foo.com/src/js/file1.js` and `http://foo.com/src/js/file2.js` (in fact it will list `http://foo.com/src` as the source map root, and the original files as `js/file1.js` and `js/file2.js`)."
	if v := judgeText(c, bot.Telegram, readme).Verdict; v.Level != bot.Allow {
		t.Errorf("README sentence: %s (%.2f) %v, want allowed", v.Level, v.Score, v.Reasons)
	}
	for _, text := range []string{
		// invitations, in the same README-like shape
		"The source mapping will refer to `http://foo.com/src/js/file1.js`, save it and double click it, and the original files as `js/file1.js` and `js/file2.js`.",
		"The updated build is at `http://foo.com/src/js/file1.js`; run it with wscript and the original files as `js/file1.js` and `js/file2.js` stay.",
		// the link as the only code of the line
		"The source mapping will refer to `http://foo.com/src/js/file1.js` (in fact it will list the root as the source map root).",
		// named as droppers are, or in a folder named as a program
		"The source mapping will refer to `http://foo.com/src/js/chrome_update.js` and the original files as `js/file1.js` and `js/file2.js` in the output folder.",
		"The source mapping will refer to `http://foo.com/src/svchost.exe/app.min.js` and the original files as `js/file1.js` and `js/file2.js` in the output folder.",
		"The source mapping will refer to `http://foo.com/src/js/Invoice_0923.js` and the original files as `js/file1.js` and `js/file2.js` in the output folder.",
		// a command around it
		"The source mapping will refer to `mshta http://foo.com/src/js/file1.js` and the original files as `js/file1.js` and `js/file2.js` in the output folder.",
	} {
		v := judgeText(c, bot.Telegram, text).Verdict
		if !hasReason(v, bot.CodeDangerousFile) {
			t.Errorf("%q: %s (%.2f) %v, want the file read as a download", text, v.Level, v.Score, v.Reasons)
		}
	}
}
