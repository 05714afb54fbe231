package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestSuffixHostWithPath: a bare host that is itself a public suffix (a
// storage service's, a gateway's) is a link when a path follows it, as
// it is written https://; alone, or with a bare slash, it is talk of the
// platform.
func TestSuffixHostWithPath(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, text, raw string
	}{
		{"bucket", "grab s3.amazonaws.com/files-share-prod-ue1/app/Setup.exe now", "s3.amazonaws.com/files-share-prod-ue1/app/Setup.exe"},
		{"regional bucket", "s3.us-east-1.amazonaws.com/dl-cdn-bin/client/launcher.exe", "s3.us-east-1.amazonaws.com/dl-cdn-bin/client/launcher.exe"},
		{"spaces", "nyc3.digitaloceanspaces.com/files-dl/Client.exe", "nyc3.digitaloceanspaces.com/files-dl/Client.exe"},
		{"gateway", "cloudflare-ipfs.com/ipfs/bafybeigdy/Setup.zip", "cloudflare-ipfs.com/ipfs/bafybeigdy/Setup.zip"},
		{"country's second level", "renew at gov.uk/renew-driving-licence today", "gov.uk/renew-driving-licence"},
		{"alone", "we host the docs on github.io and the blog on blogspot.com", ""},
		{"bare slash", "anything under github.io/ is a user's", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ls := linkx.Extract(tc.text, nil)
			switch {
			case tc.raw == "" && len(ls) != 0:
				t.Errorf("Extract(%q) = %+v, want none", tc.text, foundOf(ls))
			case tc.raw != "" && (len(ls) != 1 || ls[0].Raw != tc.raw || !ls[0].Bare):
				t.Errorf("Extract(%q) = %+v, want one bare %q", tc.text, foundOf(ls), tc.raw)
			}
		})
	}
}
