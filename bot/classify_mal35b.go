package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Share links offered as malware is (mal35b). A file host's or a cloud
// drive's share link (mega.nz/file/ID#KEY, drive.google.com/file/d/ID,
// gofile.io/d/ID, 1drv.ms/u/…) names no file, so the file rules have
// nothing to read; what gives a dropper away is the message around it.
// People share datasets, recordings, slides, build logs and mod packs
// there every day, in words of what the file is; droppers are offered
// as a crack, a cheat or a friend's game (shareBaitWords), with the
// archive's password (passwordGiven), with a request to run it as
// administrator or to turn the antivirus off (shareAdminWords), or as
// an invoice or a statement to view (sharePaperWords). One such tell
// warns; two of different kinds delete. The link's own path counts as
// words too (4shared.com/file/ID/Crack.html).
const (
	wShareBait    = 0.6 // one tell beside a share link: warns
	wShareBaitTwo = 0.9 // two tells of different kinds: deletes
)

// shareLink reports a link to a file or folder anyone shared by an id:
// on a file host (fileHosts), a Google Drive or OneDrive share, a
// transfer service's (sendgb.com, wetransfer.com/downloads/, we.tl), or a
// Dropbox share link. A host's name alone, as security talk writes it
// (mega.nz, hxxps://gofile[.]io), shares nothing.
func shareLink(l *linkx.Link) bool {
	p := l.Path
	if len(p) < 3 {
		return false
	}
	if fileHosts[l.Domain] {
		return true
	}
	return shareOnHost(l)
}

// shareOnHost is shareLink for a link of two bytes or more of path not
// on a file host: a Drive, OneDrive, transfer or Dropbox share.
func shareOnHost(l *linkx.Link) bool {
	p := l.Path
	switch l.Host {
	case "drive.google.com":
		return strings.HasPrefix(p, "/file/") || strings.HasPrefix(p, "/uc") || strings.HasPrefix(p, "/open") ||
			strings.HasPrefix(p, "/drive/folders/") || strings.HasPrefix(p, "/drive/u/")
	case "docs.google.com":
		return strings.HasPrefix(p, "/uc")
	case "onedrive.live.com", "1drv.ms", "sendgb.com", "www.sendgb.com", "we.tl":
		return true
	case "wetransfer.com", "www.wetransfer.com":
		return strings.HasPrefix(p, "/downloads/")
	case "dropbox.com", "www.dropbox.com", "dl.dropbox.com", "dl.dropboxusercontent.com":
		return strings.HasPrefix(p, "/s/") || strings.HasPrefix(p, "/scl/") || strings.HasPrefix(p, "/sh/")
	}
	return false
}

// shareBaitWords are what a dropper on a share link is offered as
// (folded): baitPhrases (a crack, a cheat, a friend's game) and a paid
// program given away whole or a leak. Words tech chat shares files with
// (mod, build, patch notes, update, download, install) are not among
// them.
var shareBaitWords = append(append([]string(nil), baitPhrases...), "full version", "free download", "preactivated",
	"pre activated", "repack", "leaked", "executor", "bypass", "crack free", "free crack", "tai crack", "phan mem crack")

// shareAdminWords are the folded words of a request to run a file with
// the rights to do harm or past the antivirus.
var shareAdminWords = []string{"run as admin", "run as administrator", "run it as admin", "run it as administrator",
	"disable antivirus", "disable your antivirus", "disable the antivirus", "turn off antivirus", "turn off your antivirus",
	"turn off the antivirus", "disable defender", "disable windows defender", "turn off defender", "turn off windows defender",
	"disable your av", "turn off your av", "disable av", "turn off av", "tat antivirus", "tat diet virus", "tat windows defender",
	"tat defender", "quyen admin", "quyen administrator"}

// sharePaperWords are a business's papers a lure asks the reader to view
// (folded), and shareViewWords the asking.
var (
	sharePaperWords = []string{"invoice", "invoices", "remittance", "proforma", "purchase order", "payment advice",
		"bank statement", "account statement", "payment receipt", "hoa don", "sao ke", "bien lai", "uy nhiem chi"}
	shareViewWords = []string{"view", "open", "attached", "see attached", "xem", "dinh kem"}
)

// passwordWords name a password in folded text; passwordPhrases give
// one for an archive without the password itself.
var (
	passwordWords   = setOf("password", "passwd", "pass", "pw", "pwd", "khau")
	passwordPhrases = []string{"archive password", "zip password", "rar password", "unzip password", "extract password",
		"password for the zip", "password for the rar", "password for the archive", "mat khau giai nen", "pass giai nen",
		"mk giai nen", "pass unzip"}
)

// passwordGiven returns the words that give an archive's password in
// folded text ("pass 1234", "password is 2024", "mật khẩu: 1111", "mk
// giải nén"), or "": a password word followed, past an "is" or "là",
// by a word with a digit in it.
func passwordGiven(folded []byte) string {
	if p := firstPhrase(folded, passwordPhrases); p != "" {
		return p
	}
	words := strings.Fields(string(folded))
	for i, w := range words {
		if !passwordWords[w] || w == "khau" && (i == 0 || words[i-1] != "mat") {
			continue
		}
		j := i + 1
		if j < len(words) && (words[j] == "is" || words[j] == "la") {
			j++
		}
		if j < len(words) && strings.ContainsAny(words[j], "0123456789") {
			if w == "khau" {
				return "mat khau " + strings.Join(words[i+1:j+1], " ")
			}
			return strings.Join(words[i:j+1], " ")
		}
	}
	return ""
}

// firstPhrase returns the first of phrases folded holds as words, or "".
func firstPhrase(folded []byte, phrases []string) string {
	for _, p := range phrases {
		if containsWords(folded, p) {
			return p
		}
	}
	return ""
}

// shareTells returns the tells of malware a message's words (folded)
// and a share link's path (pathWords, folded) hold, one a kind, in
// order: bait, password, admin or antivirus, a paper to view.
func shareTells(folded, pathWords []byte) []string {
	var tells []string
	bait := firstPhrase(folded, shareBaitWords)
	if bait == "" {
		bait = firstPhrase(pathWords, baitPhrases)
	}
	if bait != "" {
		tells = append(tells, bait)
	}
	if p := passwordGiven(folded); p != "" {
		tells = append(tells, p)
	}
	if a := firstPhrase(folded, shareAdminWords); a != "" {
		tells = append(tells, a)
	}
	if d := firstPhrase(folded, sharePaperWords); d != "" && firstPhrase(folded, shareViewWords) != "" {
		tells = append(tells, d)
	}
	return tells
}

// judgeShareBait finds a share link (shareLink) in a message whose words
// (folded) offer it as malware is offered (shareTells), and adds the
// finding for the first such link: warned for one tell, deleted for two.
func judgeShareBait(rs *reasons, folded []byte, clean string, j *Judgement) {
	named, read := "", false
	for i := range j.Links {
		l := &j.Links[i]
		if !shareLink(l) {
			continue
		}
		var stack [128]byte
		path := lure.Fold(l.Path, stack[:0])
		tells := shareTells(folded, path)
		if !endsInFile(l) {
			// a program or a dropper's archive the message names
			// beside a link that names no file (classify_mal41.go)
			if !read {
				named, read = namedBesideFile(clean, j.Links), true
			}
			if named != "" && !siteNamedFile(l, named) {
				tells = append(tells, named)
			}
		}
		if len(tells) == 0 {
			continue
		}
		if len(tells) == 1 && tells[0] == named {
			shown := linkx.Defang(l.Host) + l.Path
			d := say2("named_beside", shown, named)
			rs.add(Reason{Code: CodeDangerousFile, Weight: wShareBait, Subject: shown, File: "shared_file", text: d, Detail: d.inEnglish()})
			return
		}
		w := wShareBait
		if len(tells) >= 2 {
			w = wShareBaitTwo
		}
		shown := linkx.Defang(l.Host) + l.Path
		quoted := make([]string, len(tells))
		for k, t := range tells {
			quoted[k] = "\"" + t + "\""
		}
		d := say2("share_bait", shown, linkx.Defang(l.Host), strings.Join(quoted, ", "))
		rs.add(Reason{Code: CodeDangerousFile, Weight: w, Subject: shown, File: "shared_file", text: d, Detail: d.inEnglish()})
		return
	}
}
