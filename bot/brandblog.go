package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// brandBlogPlatforms are the blog platforms a protected brand runs
// itself, by the first label of the public suffix their blogs are served
// under (blogspot.com, blogspot.fr), each with the brand (its Name in
// brand.Builtin): Google publishes its own blogs on its Blogger, named
// by its name and a topic (googleonlinesecurity, googleprojectzero,
// googlewebmastercentral .blogspot.com). Read at run time only (ownBlog).
var brandBlogPlatforms = map[string]string{"blogspot": "Google"}

// topicFillers are the fillerWords a brand's own blog is named by too
// (Google's online security blog): what a site is about, not what a
// page asks of its reader or warns them of (an account, an alert,
// support, a payment), nor a document (docs, doc: a shared document is
// what kits posing as Google's pages show most: googledocs.blogspot.com
// keeps its reading).
var topicFillers = setOf("online", "security", "web", "app", "apps")

// ownBlog reports whether a site on a blog platform that a brand runs
// (brandBlogPlatforms) is named as the brand names its own blogs there:
// the brand's name first, then nothing or words of the language (of
// four letters or more, hyphenated or run together), none of them what
// a phishing page asks for or threatens with (askWords, troubleWords)
// nor a word of a kit's name other than a topic's (fillerWords but
// topicFillers). m is the brand's name found in the site's name. Such a
// blog is the brand's own or a reader's of it, as the platform's blogs
// are anyone's; the name alone is no impostor's evidence, and the link
// is judged as any other blog's (the model, the path, the message).
// google-login-verify and gmail-security-alert keep their reading.
func ownBlog(site *linkx.Link, m brand.Match) bool {
	if m.Kind != brand.NameInDomain || m.Brand == nil {
		return false
	}
	platform, _, _ := strings.Cut(site.Suffix, ".")
	if owner, ok := brandBlogPlatforms[platform]; !ok || owner != m.Brand.Name {
		return false
	}
	label := strings.ReplaceAll(site.Label(), "-", "")
	if len(label) > 40 {
		return false
	}
	for _, n := range m.Brand.Names {
		if rest, ok := strings.CutPrefix(label, n); ok {
			return topicWords(rest)
		}
	}
	return false
}

// topicWords reports whether s is empty or splits into words of the
// language of four letters or more (englishWord), none of them a word
// that ownBlog refuses. It takes the fewest words.
func topicWords(s string) bool {
	if s == "" {
		return true
	}
	var bestBuf, fromBuf [41]int
	best, from := bestBuf[:len(s)+1], fromBuf[:len(s)+1]
	for i := 4; i <= len(s); i++ {
		for j := max(0, i-14); j <= i-4; j++ {
			if (j == 0 || best[j] > 0) && englishWord(s[j:i]) && (best[i] == 0 || best[j]+1 < best[i]) {
				best[i], from[i] = best[j]+1, j
			}
		}
	}
	if best[len(s)] == 0 {
		return false
	}
	for i := len(s); i > 0; i = from[i] {
		w := s[from[i]:i]
		if refusedBlogWord(w) || len(w) > 4 && w[len(w)-1] == 's' && refusedBlogWord(w[:len(w)-1]) {
			return false
		}
	}
	return true
}

// refusedBlogWord reports whether w names what a kit's page asks for, or
// warns of, or is one of a kit's name's words other than a topic's.
func refusedBlogWord(w string) bool {
	return askWords[w] || troubleWords[w] || fillerWords[w] && !topicFillers[w]
}
