package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestBlogPostShapes (blog22): blogPost reads Blogger's and WordPress.com's
// dated posts, with the blog's homepage on the platform's main ending, and
// nothing else.
func TestBlogPostShapes(t *testing.T) {
	for raw, want := range map[string]string{
		"https://karelzak.blogspot.com/2018/11/lsblk-merge.html":                      "karelzak.blogspot.com lsblk-merge",
		"http://ludovicrousseau.blogspot.fr/2015/12/remove-andor-customize-pcsc.html": "ludovicrousseau.blogspot.com remove-andor-customize-pcsc",
		"http://www.a-blog.blogspot.com.es/2013/02/blog-post_24.html?m=1":             "a-blog.blogspot.com blog-post_24",
		"https://someone.wordpress.com/2016/09/19/a-post/":                            "someone.wordpress.com a-post",
		"https://karelzak.blogspot.com/2018/11/lsblk-merge.html?id=1":                 "",
		"https://karelzak.blogspot.com/2018/13/lsblk-merge.html":                      "",
		"https://karelzak.blogspot.com/p/about.html":                                  "",
		"https://karelzak.blogspot.com/2018/11/Lsblk-Merge.html":                      "",
		"https://blogspot.com.evil.net/2018/11/lsblk-merge.html":                      "",
		"https://a.b.blogspot.com/2018/11/lsblk-merge.html":                           "",
		"https://example.com/2018/11/lsblk-merge.html":                                "",
		"https://someone.wordpress.com/2016/09/a-post/":                               "",
	} {
		l, ok := linkx.Parse(raw)
		if !ok {
			t.Fatalf("Parse(%q) failed", raw)
		}
		got := ""
		if home, slug, ok := blogPost(&l); ok {
			got = home + " " + slug
		}
		if got != want {
			t.Errorf("blogPost(%q) = %q, want %q", raw, got, want)
		}
	}
}

// TestBlogSlugLures (blog22): a slug with a lure's, a scheme's, a
// dropper's, paperwork's or a download's word (also run together), a
// token or a host written in names a lure; a title's prose does not, and
// one prose word that phishing names are also built from alone does not.
func TestBlogSlugLures(t *testing.T) {
	for slug, want := range map[string]bool{
		"lsblk-merge": false, "pip-team-midyear-report": false, "whiplash": false, "blog-post_24": false,
		"card-auto-power-on-and-off": false, "git-reset-explained": false, "colourful-life-of-aij": false,
		"verify-your-account": true, "epayment-alert": true, "confirm-secure-payment": true, "auto-hide-ip-full-patch": true,
		"photoshop-crack-full-version": true, "claim-free-nitro": true, "team-support-center": true,
		"httpwwwgirlsvideosonlineinfosl2120843": true, "wallet-connect-restore": true, "invoice-overdue": true,
		"download-setup": true, "password-expired": true,
	} {
		if got := blogSlugLures(slug); got != want {
			t.Errorf("blogSlugLures(%q) = %v, want %v", slug, got, want)
		}
	}
}
