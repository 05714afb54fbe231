package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Download sites named for a program. Fake download pages, found through
// ads and search results, are named after the program they imitate with
// a download word around it (obsidian-download.com, get-notion.app,
// krita-download.org) and link a page, not a file, so that the file rules
// have nothing to read; the table of products (takenProduct) knows 67
// programs. A maker names its site after the program (obsidian.md,
// getfedora.org, getpaint.net), and its download host is a subdomain
// (download.blender.org), not a hyphenated registrable name. Weighed by
// hand.
const (
	// a site named <program>-download or get-<program> in a message
	// about downloading or installing: warns
	wDownloadName = 0.6
	// the same on a cheap ending, or offering a program file: deletes
	wDownloadNameCheap = 0.8
)

// downloadName returns the program's name a registrable name joins to a
// download word with a hyphen (obsidian for obsidian-download.com,
// davinci-resolve for davinci-resolve-download.com, notion for
// get-notion.app), or "": a name of three letters or more that is not a
// download word itself (get-app.link).
func downloadName(l *linkx.Link) string {
	if l.Domain == "" || l.IP.IsValid() {
		return ""
	}
	label := l.Label() // lower case, as Domain is
	first := strings.IndexByte(label, '-')
	if first < 0 {
		return ""
	}
	var name string
	if i := strings.LastIndexByte(label, '-'); downloadSuffix(label[i+1:]) {
		name = label[:i]
	} else if downloadPrefix(label[:first]) {
		name = label[first+1:]
	}
	if len(name) < 3 || downloadSuffix(name) || downloadPrefix(name) || siteTakers[name] {
		return ""
	}
	return name
}

// downloadSuffix and downloadPrefix report the words a fake download
// site joins to a program's name with a hyphen, after it
// (obsidian-download, capcut-setup) and before it (get-notion,
// download-capcut).
func downloadSuffix(w string) bool {
	switch w {
	case "download", "downloads", "dl", "setup", "installer":
		return true
	}
	return false
}

func downloadPrefix(w string) bool { return w == "get" || w == "download" }

// judgeDownloadNames finds a stranger's site named for a program with a
// download word (downloadName) in a message about downloading or
// installing (found holds an install's words) or naming the program
// (folded holds its name), or at a program file's link.
func (c *Classifier) judgeDownloadNames(rs *reasons, folded []byte, found *lure.Found, j *Judgement, k *knowledge) {
	install := found[lure.Install].Weight > 0
	for _, i := range j.Suspect {
		l := &j.Links[i]
		file := false
		if f, fd := k.fileFinding(l); f != "" {
			file = fd.Dangerous() || fd.Kind == filetype.Archive
		}
		name, key := downloadName(l), "download_name"
		if name == "" && file {
			name, key = deliveryName(l), "delivery_name" // classify_files31.go
		}
		if name == "" {
			continue
		}
		if !file && !install && !containsWords(folded, strings.ReplaceAll(name, "-", " ")) {
			continue
		}
		w := wDownloadName
		if file || abusedTLD(l.Suffix) > 0 {
			w = wDownloadNameCheap
		}
		shown := linkx.Defang(l.Unicode)
		rs.add(handRule(CodeDownloadName, w, shown, say2(key, shown, name)))
		return
	}
}
