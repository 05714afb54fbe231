package bot

import "testing"

// TestPublishingSitesTrustedAtRuntime (rev44d): every site read as a
// publishing site is one of reputableAtRuntime, so the trainer's view
// (which trusts none of them) and the weights stay as they were.
func TestPublishingSitesTrustedAtRuntime(t *testing.T) {
	for d := range publishingSites {
		if !reputableAtRuntime[d] {
			t.Errorf("%s: a publishing site not in reputableAtRuntime", d)
		}
	}
}
