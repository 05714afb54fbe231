package brand

import (
	"bufio"
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// TestNoticeTailWords (rev47b): no word of Debian's american-english-large
// list (the classifier's premiumwords.gz) is a short brand name followed
// by a notice's words (noticeTail), so NewRuntime's reading of
// hsbcsecuritycheck and dhlparcelhold reads no ordinary word as a brand.
func TestNoticeTailWords(t *testing.T) {
	t.Parallel()
	f, err := os.Open("../premiumwords.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	x := NewRuntime(Builtin).index
	if _, ok := x.shortNames["hsbc"]; !ok || !noticeTail("securitycheck") {
		t.Fatal("hsbc and securitycheck: not read")
	}
	sc := bufio.NewScanner(zr)
	n := 0
	for sc.Scan() {
		n++
		w := strings.ToLower(strings.TrimSpace(sc.Text()))
		for p := 1; p <= 5 && p+3 < len(w); p++ {
			if _, ok := x.shortNames[w[:p]]; ok && noticeTail(w[p:]) {
				t.Errorf("%q reads as %q and a notice's words", w, w[:p])
			}
		}
	}
	if n < 50000 {
		t.Fatalf("%d words read", n)
	}
}
