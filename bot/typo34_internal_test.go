package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/brand"
)

// TestTypoWarnOnlyNamesBrands (look34): every name typoWarnOnly holds is
// a protected brand's, so that a brand renamed in brands.go cannot
// quietly move its typosquats from warned to deleted.
func TestTypoWarnOnlyNamesBrands(t *testing.T) {
	names := map[string]bool{}
	for _, b := range brand.Protected() {
		names[b.Name] = true
	}
	for n := range typoWarnOnly {
		if !names[n] {
			t.Errorf("typoWarnOnly holds %q, no protected brand's name", n)
		}
	}
}
