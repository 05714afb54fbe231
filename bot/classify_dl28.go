package bot

import (
	"net/url"
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// What a link's file is, read at the margin (margin28). A .js or a .jar
// at the end of a link to a site the bot does not know weighs 0.45
// (softLinkScripts), which a member's first link lifted over the warn
// line (wFirstLink: 1 − 0.55 × 0.9 = 0.505). An editor's query names no
// file to download; a library's repository on a self-hosted forge, a
// page's library and a jar a repository or a build server lays out are
// noted, as a release is.

// libraryScript reports a script at the end of a link named or filed as
// a page's library or bundle is: minified or built (jquery-1.12.4.min.js,
// chart.umd.js), a userscript (NAME.user.js, which a userscript manager
// runs in the page), a version or a build's hash after its name
// (main.3f2a1b.js, htmx-2.0.3.js; a name of hex digits alone,
// a8f3b2c1.js, is no bundle's), or in a folder of a site's assets
// (/static/main.js, /dist/underscore.string.js). A browser shows such a
// link as text; it is not a program the reader downloads and runs, and
// it is noted as a release is (wReleaseFile), so that it stays under the
// warn line beside a member's first link (1 − 0.6 × 0.9 = 0.46). A name
// droppers take (Invoice_0923.js, Document_Scan.js, update.js,
// setup.min.js) keeps the weight of a script.
func libraryScript(l *linkx.Link, file string) bool {
	if dropperScript(file) {
		return false
	}
	lower := strings.ToLower(file)
	stem := strings.TrimSuffix(lower, ".js")
	for _, end := range [...]string{".min", ".user", ".umd", ".bundle", ".esm", ".prod", ".production"} {
		if strings.HasSuffix(stem, end) {
			return true
		}
	}
	named := false // a build's hash follows the bundle's name; a name of hex digits alone is no build's
	for part := range strings.FieldsFuncSeq(stem, func(r rune) bool { return r == '.' || r == '-' || r == '_' || r == '@' }) {
		if named && buildHash(part) {
			return true
		}
		named = true
	}
	if dottedVersion(stem) {
		return true
	}
	dir := strings.TrimSuffix(l.Path, "/"+l.File())
	if i := strings.LastIndexByte(dir, '/'); i >= 0 {
		return assetFolders[strings.ToLower(dir[i+1:])]
	}
	return false
}

// assetFolders are the folders sites and packages file their pages'
// scripts in.
var assetFolders = setOf("static", "dist", "assets", "js", "javascripts", "lib", "libs", "vendor", "build", "bundles")

// buildHash reports a part of a name that is a build's content hash:
// six to twenty hex digits with a digit and a letter among them
// (main.3f2a1b.js).
func buildHash(s string) bool {
	return len(s) <= 20 && hexID(s) && strings.ContainsAny(s, "abcdef")
}

// editorFile reports a link whose query names a page's script (a .js)
// that the page shows rather than serves: an online editor's or a
// sandbox's ?file=/src/index.js on a project's page (codesandbox.io/s/
// NAME, stackblitz.com/edit/NAME). A server's script that serves files
// (dl.php?file=…), an endpoint that does (get?file=…, download?f=…:
// editorPage) and a script named as droppers name theirs are read as before.
func editorFile(l *linkx.Link, v string) bool {
	fd := filetype.Check(v, "")
	return fd.Kind == filetype.Script && fd.Ext == "js" && !pageScript(l.File()) && editorPage(l.Path) && !dropperScript(v)
}

// editorPage reports a path of two segments or more, none of them a
// word an endpoint that serves files is named by: a project's page in
// an editor (/s/NAME, /edit/NAME, /p/sandbox/NAME), not a download
// endpoint (/get, /download, /api/files/dl) whose query names the file
// it sends.
func editorPage(path string) bool {
	n := 0
	for seg := range strings.SplitSeq(strings.Trim(path, "/"), "/") {
		if seg == "" || fileEndpoints[strings.ToLower(seg)] {
			return false
		}
		n++
	}
	return n >= 2
}

// fileEndpoints are the words a server's endpoint that sends a file the
// query names is called by.
var fileEndpoints = setOf("download", "downloads", "dl", "get", "getfile", "file", "files", "fetch", "attachment", "attachments",
	"raw", "serve", "upload", "uploads")

// dropperScript reports a script named as droppers name theirs: as a
// document or a bill (scriptDocument), or first as a setup, an update or
// a fix (codeDropperFirst).
func dropperScript(file string) bool {
	words := fileWords(file)
	return len(words) == 0 || scriptDocument(file) || codeDropperFirst[words[0]]
}

// forgeLibrary reports a link to a repository on a self-hosted forge
// (git.example.org/OWNER/NAME.js, as Gitea, Forgejo and GitLab lay out
// theirs) whose name ends as a library's script does: most likely the
// repository's page, as github.com/vercel/next.js is (repoName). It is
// noted as a page's library is (wReleaseFile), not passed over: anyone
// names a host git. and serves a script at /OWNER/NAME.js (rev28). A
// name droppers take (scriptDocument) is read as the file it would be.
func forgeLibrary(l *linkx.Link, file string) bool {
	first, _, _ := strings.Cut(l.Host, ".")
	if !forgeLabels[first] || l.Domain == "" || l.Query != "" {
		return false
	}
	owner, name, ok := strings.Cut(strings.Trim(l.Path, "/"), "/")
	if !ok || owner == "" || strings.IndexByte(name, '/') >= 0 || name != file {
		return false
	}
	fd := filetype.Check(file, "")
	return fd.Kind == filetype.Script && fd.Ext == "js" && !dropperScript(file)
}

// forgeLabels are the first labels self-hosted forges are served under.
var forgeLabels = setOf("git", "gitlab", "gitea", "forgejo", "cgit")

// layoutBuild reports a Java archive over TLS whose name its path spells
// out, as a repository or a build server lays out what it builds: a
// Maven repository's GROUP/ARTIFACT/VERSION/ARTIFACT-VERSION.jar
// (repo1.maven.org/maven2/org/postgresql/postgresql/42.7.4/
// postgresql-42.7.4.jar, maven.fabricmc.net/…/fabric-installer/1.0.1/
// fabric-installer-1.0.1.jar), a project's builds API
// (…/projects/paper/versions/1.21.1/builds/119/downloads/
// paper-1.21.1-119.jar), or a Jenkins job's artifact
// (…/job/BuildTools/lastSuccessfulBuild/artifact/target/BuildTools.jar).
// The host or the path says what serves it: a repository or a build
// server (maven., repo., api., ci. hosts; a maven2, repository or jenkins
// folder). A jar dropped on a site of one's own is named for the lure
// (optifine-installer.jar, sodium-fabric-0.6.0.jar in /data/ID/): its
// path does not name it. Noted as a release is (wReleaseFile).
func layoutBuild(l *linkx.Link, file string) bool {
	if !overTLS(l) || l.IP.IsValid() || l.Domain == "" || !buildServer(l) {
		return false
	}
	stem, ok := strings.CutSuffix(strings.ToLower(file), ".jar")
	if !ok || stem == "" {
		return false
	}
	if d, err := url.PathUnescape(stem); err == nil {
		stem = d
	}
	segs := strings.Split(strings.Trim(strings.ToLower(l.Path), "/"), "/")
	if len(segs) < 3 {
		return false
	}
	segs = segs[:len(segs)-1]
	for i := 0; i+3 < len(segs); i++ {
		// Jenkins: job/NAME/BUILD/artifact/…
		if segs[i] == "job" && segs[i+3] == "artifact" && jenkinsBuild(segs[i+2]) && segs[i+1] != "" && strings.HasPrefix(stem, segs[i+1]) {
			return true
		}
	}
	project, version := false, false
	for _, s := range segs {
		if s == "" {
			continue
		}
		if !project && hasLetter(s) && strings.HasPrefix(stem, s+"-") {
			project = true
		}
		if !version && versionSegment(s) && dashPart(stem, s) {
			version = true
		}
	}
	return project && version
}

// buildServer reports a host or a path that names a repository of
// builds or a build server: its first label (maven.fabricmc.net,
// repo1.maven.org, api.papermc.io, ci.example.org) or a folder of its
// path (/maven2/, /repository/, /jenkins/).
func buildServer(l *linkx.Link) bool {
	first, _, _ := strings.Cut(l.Host, ".")
	if buildHosts[first] {
		return true
	}
	for seg := range strings.SplitSeq(strings.ToLower(l.Path), "/") {
		if buildFolders[seg] {
			return true
		}
	}
	return false
}

// buildHosts are the first labels of hosts that serve a project's
// builds from a repository or a build server.
var buildHosts = setOf("maven", "repo", "repo1", "repository", "api", "ci", "jenkins", "nexus", "artifactory")

// buildFolders are the folders repositories and build servers serve
// builds under.
var buildFolders = setOf("maven2", "maven", "repository", "repositories", "jenkins", "artifactory", "nexus")

// jenkinsBuild reports a Jenkins build's segment: its number or one of
// its permalinks.
func jenkinsBuild(s string) bool {
	switch s {
	case "lastsuccessfulbuild", "laststablebuild", "lastbuild", "lastcompletedbuild":
		return true
	}
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// versionSegment reports a path segment that is a version: a digit
// first, and a dot (1.21.1, 42.7.4, 1.20.1-47.3.0).
func versionSegment(s string) bool {
	return s[0] >= '0' && s[0] <= '9' && strings.IndexByte(s, '.') > 0
}

// dashPart reports whether part stands in name between hyphens (or at
// either end, or before a "+" or "_" build note): paper-1.21.1-119
// holds 1.21.1, forge-1.20.1-47.3.0-installer holds 1.20.1-47.3.0.
func dashPart(name, part string) bool {
	for off := 0; ; {
		i := strings.Index(name[off:], part)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(part)
		before := i == 0 || name[i-1] == '-'
		after := end == len(name) || name[end] == '-' || name[end] == '+' || name[end] == '_'
		if before && after {
			return true
		}
		off = i + 1
	}
}

// hasLetter reports a string holding an ASCII letter.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}
