package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
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
// is judged as any other blog's (blogTopicRead: the model reads the
// topic's name, the path, the message). topic is the site's label
// without the brand's name ("onlinesecurity" for
// googleonlinesecurity, "security" for google-security).
// google-login-verify and gmail-security-alert keep their reading.
func ownBlog(site *linkx.Link, m brand.Match) (topic string, ok bool) {
	if m.Kind != brand.NameInDomain || m.Brand == nil {
		return "", false
	}
	platform, _, _ := strings.Cut(site.Suffix, ".")
	if owner, ok := brandBlogPlatforms[platform]; !ok || owner != m.Brand.Name {
		return "", false
	}
	full := site.Label()
	label := strings.ReplaceAll(full, "-", "")
	if len(label) > 40 {
		return "", false
	}
	for _, n := range m.Brand.Names {
		if rest, ok := strings.CutPrefix(label, n); ok {
			if !topicWords(rest) {
				return "", false
			}
			// the name's letters cut from the label as written,
			// hyphens and all
			i := 0
			for k := 0; k < len(n); i++ {
				if full[i] != '-' {
					k++
				}
			}
			return strings.Trim(full[i:], "-"), true
		}
	}
	return "", false
}

// blogTopicRead reports whether a site named after a brand is one of the
// brand's own blogs on its blog platform (ownBlog), and reads it as any
// blog named by its topic alone would be read: the link model's logits
// of the name are no lower than the topic's (the model was fitted with
// the brand's finding beside every such name, and without it reads the
// brand's name as a benign site's word: googlephonesystems.blogspot.com
// read lower than phonesystems.blogspot.com). A topic that names a
// brand of its own (google-microsoft, gmail-outlook) is no own blog's.
// Run time only, as brandPages is.
func (c *Classifier) blogTopicRead(bm *brand.Matcher, l, site *linkx.Link, m brand.Match, info *hostInfo) bool {
	topic, ok := ownBlog(site, m)
	if !ok {
		return false
	}
	if topic == "" {
		return true // the brand's bare name on its platform: its own
	}
	host := strings.TrimSuffix(l.Host, site.Domain) + topic + "." + site.Suffix
	t, ok := linkx.Parse("https://" + host + "/")
	if !ok {
		return false
	}
	if _, named := bm.Match(t.Host, t.Unicode, t.Suffix); named {
		return false
	}
	c.readNameAs(info, &t)
	return true
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

// readNameAs raises the link model's logits of a host (info) to those of
// the name t it is read as (a blog's topic, a site's bare name), where
// those read higher: a reading that says a host is read as another name
// is never read lower than that name is.
func (c *Classifier) readNameAs(info *hostInfo, t *linkx.Link) {
	fs := scratchFeatures()
	model.HostFeatures(t, fs)
	h, e, he := c.link.HostLogits(t, fs)
	featuresPool.Put(fs)
	info.hostLogit = max(info.hostLogit, h)
	if he {
		if info.hasExpert {
			e = max(e, info.expertLogit)
		}
		info.expertLogit, info.hasExpert = e, true
	}
}
