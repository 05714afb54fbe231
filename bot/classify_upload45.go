package bot

import "strings"

// Uploads (fp45). curl and wget send as well as fetch: a paste or a file
// drop's own instructions ("curl --data-binary @file https://paste.rs/",
// "cat log | curl -F 'file=@-' https://0x0.st", "curl -T report.pdf
// https://transfer.sh/") send a file to the site and print where it went.
// Chat writes such a command in a code span, whose backticks
// fetchedAndRun otherwise reads as a shell's command substitution, which
// runs what the command prints. A command that sends is read as run only
// when a shell or an evaluator is named reading what it prints: a pipe
// into one after it (… | sh), an evaluator around it (iex(…)), or one
// before the substitution (bash -c "$(curl -d … )", eval `…`); or when
// the substitution stands where a command starts, so that the shell runs
// what it prints (commandStart, rev45a). A pipe into the fetcher is no
// send of its own: curl sends what it reads only through an option
// (-d @-, -F 'f=@-', -T -), and ": | curl https://…" is a download
// (rev45a).

// sendFlags are the options of curl, wget and PowerShell's web commands
// that send data or a file in the request, written whole (lower case for
// the long ones; curl's short -d, -F and -T are matched by sendsShort).
var sendFlags = setOf("--data", "--data-binary", "--data-raw", "--data-ascii", "--data-urlencode", "--form",
	"--form-string", "--upload-file", "--json", "--post-data", "--post-file", "--body-data", "--body-file",
	"-infile", "-body")

// sendMethods are the request methods that send (curl -X POST, --request
// PUT, wget --method=POST, irm -Method Post).
var sendMethods = setOf("post", "put", "patch")

// sendsData reports whether a fetcher's command, cmd (from the fetcher's
// name to where the command ends: a pipe, a list's && or ;, a closing
// backtick or bracket, or the line's end), sends data or a file: an
// option of sendFlags or curl's -d, -F or -T (alone, glued to their value
// or last in a cluster: -sF), a sending method, or an argument naming a
// file to send (@file, name=@file). curl's short options are curl's
// alone: wget's -T is a timeout, its -d debugging and its -F a flag
// for HTML input, none of them a send (rev45a); a header file (curl -H
// @file) sends no data.
func sendsData(fetcher, cmd string) bool {
	fields := strings.FieldsFunc(cmd, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '"' || r == '\''
	})
	for i, f := range fields {
		if strings.HasPrefix(f, "@") && len(f) > 1 && !(i > 0 && headerFlags[strings.ToLower(fields[i-1])]) || strings.Contains(f, "=@") {
			return true
		}
		if !strings.HasPrefix(f, "-") || len(f) < 2 {
			continue
		}
		lower := strings.ToLower(f)
		name, value, glued := strings.Cut(lower, "=")
		if sendFlags[name] {
			return true
		}
		if name == "-x" || name == "--request" || name == "--method" || name == "-method" {
			if !glued && i+1 < len(fields) {
				value = strings.ToLower(fields[i+1])
			}
			if sendMethods[value] {
				return true
			}
			continue
		}
		if fetcher == "curl" && sendsShort(f) {
			return true
		}
	}
	return false
}

// headerFlags are curl's options that read request headers from an
// @file (curl -H @headers.txt): the file is read, not sent as a body.
var headerFlags = setOf("-h", "--header", "--proxy-header")

// sendsShort reports curl's short sending options: -d, -F or -T alone or
// glued to their value (-d@body.json, -Ffile=@x), or last in a cluster of
// short options (-sSF, -kd).
func sendsShort(f string) bool {
	if len(f) < 2 || f[0] != '-' || f[1] == '-' {
		return false
	}
	switch f[1] {
	case 'd', 'F', 'T':
		return true
	}
	for k := 1; k < len(f); k++ {
		c := f[k]
		if !isASCIILetter(c) {
			return false
		}
		if k == len(f)-1 && k > 1 && (c == 'd' || c == 'F' || c == 'T') {
			return true
		}
	}
	return false
}

// commandEnd returns s up to where a shell command ends: a pipe, a list's
// & or ;, a backtick, a closing bracket or a line's end.
func commandEnd(s string) string {
	if i := strings.IndexAny(s, "|&;`)\n"); i >= 0 {
		return s[:i]
	}
	return s
}

// evaluatorNamed reports whether a shell or an evaluator is named in
// s as a word (bash -c "$(…)", eval `…`, source <(…)).
func evaluatorNamed(s string) bool {
	for w := range runners {
		if lastWordFold(s, w) >= 0 {
			return true
		}
	}
	return lastWordFold(s, "eval") >= 0 || lastWordFold(s, "source") >= 0 || lastWordFold(s, "exec") >= 0
}

// commandStart reports whether a command's substitution in s, the text
// before a fetcher on its line, stands where a command starts: first in
// the line or the code span, or after a list's ; & |, a bracket or a
// colon ("run: $(curl -d … )"), outside a quoted string, where the shell
// runs what the substitution prints as a command; or whether a process's
// substitution follows the dot command (". <(curl …)", which is source).
// A substitution that is an argument or a value (echo $(…), TOKEN=$(…),
// -H "x: $(…)") runs nothing (rev45a).
func commandStart(s string) bool {
	// a substitution still open at the fetcher: the fetcher's own
	if i := strings.LastIndex(s, "$("); i >= 0 && strings.IndexByte(s[i:], ')') < 0 && startsCommand(s[:i]) {
		return true
	}
	if i := strings.LastIndex(s, "<("); i >= 0 && strings.IndexByte(s[i:], ')') < 0 {
		d, ok := strings.CutSuffix(strings.TrimRight(s[:i], " \t"), ".")
		return ok && startsCommand(d)
	}
	return false
}

// startsCommand reports whether a command starts after s: s is empty or
// ends (past its spaces) in a backtick, a list's ; & |, a bracket or a
// colon, with no double quote left open.
func startsCommand(s string) bool {
	if strings.Count(s, `"`)%2 == 1 {
		return false
	}
	t := strings.TrimRight(s, " \t")
	return t == "" || strings.IndexByte("`;&|({:", t[len(t)-1]) >= 0
}
