package linkx_test

import (
	"slices"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestCodeSpanNames: a bare name with a capital letter and no path inside
// a span of code is an identifier (`ValidationInfo.data`, a field of a
// class whose name ends in a top-level domain), not a link; a name in
// lower case there, one with a path, one outside a span, or one after a
// span that is closed is read as before.
func TestCodeSpanNames(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text string
		want []string // the hosts found
	}{
		{"`ValidationInfo.data` is None when the field fails", nil},
		{"use `Order.id` not the index", nil},
		{"```\nreq = Request.body\nprint(req)\n``` then it breaks", nil},
		{"the field `info.Data` is empty", nil},
		// lower case in a span: a host name being talked of
		{"add `api.example.com` to ALLOWED_HOSTS", []string{"api.example.com"}},
		// a path: written to be followed
		{"`Example.com/login` is the page", []string{"example.com"}},
		// outside any span
		{"ValidationInfo.data is None", []string{"validationinfo.data"}},
		{"`x` then Example.com after the span", []string{"example.com"}},
		// a span never closed
		{"`Example.com", []string{"example.com"}},
	}
	for _, tc := range cases {
		var got []string
		for _, l := range linkx.Extract(tc.text, nil) {
			got = append(got, l.Host)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Extract(%q): %q, want %q", tc.text, got, tc.want)
		}
	}
}
