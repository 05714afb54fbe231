package model

import (
	"slices"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// hostFeaturesOf returns HostFeatures of a URL's host and the embedded
// model's logit of them.
func hostFeaturesOf(t *testing.T, raw string) ([]Feature, float32) {
	t.Helper()
	l, ok := linkx.Parse(raw)
	if !ok {
		t.Fatalf("%s does not parse", raw)
	}
	var fs Features
	HostFeatures(&l, &fs)
	return append([]Feature(nil), fs.List[:fs.N]...), Link().Logit(&fs)
}

// TestGeneratedPartsReadOff: the part of a host name a platform writes
// into every new site's (Heroku's 12-hex identifier, Netlify's deploy id
// and deploy-preview number, a Cloudflare Pages deployment's 8-hex
// subdomain) is read off, so that the model reads the name its owner
// chose: the features and the logit are the bare site's. Before
// model27, each of these read otherwise (authdemo's Heroku identifier
// raised it as a random, number-laden name).
func TestGeneratedPartsReadOff(t *testing.T) {
	for _, c := range []struct{ generated, bare string }{
		{"https://authdemo-8f3c2a1d9e4b.herokuapp.com/login", "https://authdemo.herokuapp.com/login"},
		{"https://example-app-1234567890ab.herokuapp.com/", "https://example-app.herokuapp.com/"},
		{"https://61bf94e5e73b010007ea2a05--modest-murdock-6e792e.netlify.app/", "https://modest-murdock-6e792e.netlify.app/"},
		{"https://deploy-preview-71--my-blog.netlify.app/", "https://my-blog.netlify.app/"},
		{"https://4c525ba6.devpossible-ton.pages.dev/", "https://devpossible-ton.pages.dev/"},
	} {
		g, gl := hostFeaturesOf(t, c.generated)
		b, bl := hostFeaturesOf(t, c.bare)
		if !slices.Equal(g, b) || gl != bl {
			t.Errorf("%s reads otherwise than %s (logit %.3f, %.3f)", c.generated, c.bare, gl, bl)
		}
	}
}

// TestOwnersPartsKept: what the owner chose stays read — a branch's name
// (dev--site.netlify.app, fix-login.project.pages.dev), a name that only
// looks like an identifier (hex letters without a digit, the wrong
// length, the whole label), and the same shapes on other platforms.
func TestOwnersPartsKept(t *testing.T) {
	for _, c := range []struct{ kept, bare string }{
		{"https://dev--my-blog.netlify.app/", "https://my-blog.netlify.app/"},
		{"https://61bf94e5e73b010007ea2a0--my-blog.netlify.app/", "https://my-blog.netlify.app/"},
		{"https://deploy-preview-x1--my-blog.netlify.app/", "https://my-blog.netlify.app/"},
		{"https://fix-login.acme-web.pages.dev/", "https://acme-web.pages.dev/"},
		{"https://4c525ba.acme-web.pages.dev/", "https://acme-web.pages.dev/"},
		{"https://myapp-cafebabefeed.herokuapp.com/", "https://myapp.herokuapp.com/"},
		{"https://myapp-8f3c2a1d9e4.herokuapp.com/", "https://myapp.herokuapp.com/"},
		{"https://myapp-8f3c2a1d9e4b.vercel.app/", "https://myapp.vercel.app/"},
		{"https://myapp-8f3c2a1d9e4b.com/", "https://myapp.com/"},
	} {
		k, _ := hostFeaturesOf(t, c.kept)
		b, _ := hostFeaturesOf(t, c.bare)
		if slices.Equal(k, b) {
			t.Errorf("%s reads as %s", c.kept, c.bare)
		}
	}
	// the identifier alone is no name to read
	if got, _ := ownName("herokuapp.com", "8f3c2a1d9e4b", ""); got != "8f3c2a1d9e4b" {
		t.Errorf("a bare identifier read as %q", got)
	}
	if got, _ := ownName("herokuapp.com", "-8f3c2a1d9e4b", ""); got != "-8f3c2a1d9e4b" {
		t.Errorf("a hyphen and an identifier read as %q", got)
	}
	if got, _ := ownName("netlify.app", "deploy-preview-3---x", ""); got != "deploy-preview-3---x" {
		t.Errorf("a site named from a hyphen read as %q", got)
	}
}
