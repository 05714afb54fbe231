package bot

import "testing"

// TestIndexFolder (page25): indexFolder reads a folder's index page
// written out, in lower case, and its copies in a language; userTree
// reads a folder from a user's home named by letters alone.
func TestIndexFolder(t *testing.T) {
	for path, want := range map[string]string{
		"/gebbdoom/index.html":              "/gebbdoom/",
		"/info/unicode/char/200b/index.htm": "/info/unicode/char/200b/",
		"/index.html":                       "/",
		"/software/simstring/index.html.en": "/software/simstring/",
		"/software/simstring/index.htm.de":  "/software/simstring/",
		"/static/editobj/index_en.html":     "/static/editobj/",
		"/docs/index.fr.html":               "/docs/",
		"/gebbdoom/Index.html":              "",
		"/gebbdoom/index.php":               "",
		"/gebbdoom/index2.html":             "",
		"/gebbdoom/index.html.eng":          "",
		"/gebbdoom/index_EN.html":           "",
		"/gebbdoom/index.html/":             "",
		"/gebbdoom/myindex.html":            "",
		"/gebbdoom/index.html.en.html":      "",
		"/gebbdoom/":                        "",
	} {
		got, ok := indexFolder(path)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("indexFolder(%q) = %q, want %q", path, got, want)
		}
	}
	for folder, want := range map[string]string{
		"/~tim/programs/dclock/": "/programs/dclock/",
		"/~tim/":                 "/",
		"/~e3fxdqqgwhw8/x/":      "/~e3fxdqqgwhw8/x/",
		"/~globlkc1/cgi-bob/":    "/~globlkc1/cgi-bob/",
		"/~Tim/programs/":        "/~Tim/programs/",
		"/software/~tim/":        "/software/~tim/",
	} {
		if got := userTree(folder); got != want {
			t.Errorf("userTree(%q) = %q, want %q", folder, got, want)
		}
	}
}
