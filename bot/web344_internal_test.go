package bot

import (
	"errors"
	"io/fs"
	"os"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/internal/trainlist"
)

// TestReputableAtRuntimeNotInTrainingLists: no site trusted at run time
// (reputableAtRuntime) is a domain the training lists name as phishing,
// as a shared host of phishing, or as an abused benign domain, nor the
// registrable domain of a phishing URL's host: trusting one would let a
// listed attack through. It reads the lists where they stand
// (IMMUNE_SHARED names where ../shared is) and is skipped without them.
func TestReputableAtRuntimeNotInTrainingLists(t *testing.T) {
	shared := os.Getenv("IMMUNE_SHARED")
	if shared == "" {
		shared = "../../shared"
	}
	dir := shared + "/train/"
	if _, err := os.Stat(dir + "phish-domains-2024-03.txt.gz"); errors.Is(err, fs.ErrNotExist) {
		t.Skip("training lists not found at " + dir)
	}
	for _, name := range []string{"phish-domains-2024-03", "phish-domains-vn-2024-03", "phish-shared-hosts-2024-03", "abused-benign-domains", "phish-urls-2024-03"} {
		err := trainlist.Read(dir+name+".txt.gz", func(item string, _ int) {
			d := item
			if name == "phish-urls-2024-03" {
				l, ok := linkx.Parse(item)
				if !ok {
					return
				}
				d = l.Domain
			}
			if reputableAtRuntime[d] {
				t.Errorf("%s: in %s (%s)", d, name, item)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
