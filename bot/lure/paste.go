package lure

import "strings"

// Paste is a part of the fake human check that has a reader paste a
// command and run it ("ClickFix"): a page or a message poses as a CAPTCHA
// or a browser check and tells the reader to open the Run box (Win+R) or
// a terminal, paste what it put on the clipboard (Ctrl+V) and press
// Enter. No real CAPTCHA or site check asks anyone to run anything. The
// words are read apart from the lures (FindPaste); the bot's rule weighs
// them together, so that one part alone ("press Win+R and type
// %appdata%", "solve the captcha") is not a finding.
type Paste uint8

// The parts of a fake human check.
const (
	HumanCheck   Paste = iota // "verify you are human", "I'm not a robot", "xác minh bạn không phải robot"
	RunBox                    // "Win+R", "the Run dialog", "hộp thoại Run"
	PasteKeys                 // the paste keys: "Ctrl+V", "Cmd+V"
	PasteCommand              // a command to paste: "paste the command", "paste the following", "dán lệnh"
	PasteAny                  // a paste of anything: "paste this", "then paste", "dán vào" (a path, a code from an email)
	Warning                   // talk about the trick: "fake", "scam", "lừa đảo", "cảnh báo"
	NumPastes
)

var pasteNames = [NumPastes]string{"human_check", "run_box", "paste_keys", "paste_command", "paste", "warning"}

// String names the part.
func (p Paste) String() string { return pasteNames[p] }

// PasteFound holds, by part, the first phrase found of each ("" when
// none).
type PasteFound [NumPastes]string

// Lure reports whether the parts found make the fake check: a human
// check beside the Run box, the paste keys or a command to paste, or the
// Run box beside the paste keys or a command to paste, and no word of a
// warning about the trick. cmd is whether the message also pastes a
// command that fetches and runs a program (a human check beside one is
// the trick whatever it says of keys). A paste of anything else ("then
// paste this path", "paste the code from the email") is how help and
// logins are spoken of, beside the Run box or a captcha.
func (f *PasteFound) Lure(cmd bool) bool {
	if f[Warning] != "" {
		return false
	}
	paste := f[PasteKeys] != "" || f[PasteCommand] != ""
	if f[HumanCheck] != "" {
		return f[RunBox] != "" || paste || cmd
	}
	return f[RunBox] != "" && paste
}

// What returns the phrases that made the trick, for a finding: the human
// check and the keys, as written in folded form.
func (f *PasteFound) What() string {
	var parts []string
	for _, p := range []Paste{HumanCheck, RunBox, PasteKeys, PasteCommand} {
		if f[p] != "" {
			parts = append(parts, f[p])
		}
	}
	return strings.Join(parts, ", ")
}

type pastePhrase struct {
	text string
	part Paste
}

// pastes maps a phrase's first word to the phrases that start with it;
// pasteFirst is a filter of its keys.
var (
	pastes     = map[string][]pastePhrase{}
	pasteFirst wordFilter
)

func addPaste(part Paste, phrases ...string) {
	for _, p := range phrases {
		first, _, _ := strings.Cut(p, " ")
		pastes[first] = append(pastes[first], pastePhrase{text: p, part: part})
		pasteFirst.add(first)
	}
}

func init() {
	addPaste(HumanCheck, "not a robot", "im not a robot", "verify you are human", "verify youre human", "verify that you are human",
		"verify you are a human", "prove you are human", "prove youre human", "confirm you are human", "confirm youre human",
		"are you human", "human verification", "human check", "verification of human", "captcha", "recaptcha", "verify your browser",
		"browser verification", "browser check",
		// vi
		"khong phai robot", "khong phai la robot", "khong phai nguoi may", "ban la nguoi that", "la nguoi that",
		"xac minh nguoi dung", "xac minh ban la nguoi", "xac thuc ban la nguoi", "xac thuc trinh duyet", "xac minh trinh duyet")
	addPaste(RunBox, "win r", "windows r", "windows key r", "windows key and r", "win key r", "run dialog", "run box",
		"run window", "the run prompt", "hop thoai run", "cua so run")
	// a paste of what the page put on the clipboard, into the Run box
	// or a terminal: the keys, or paste with what it pastes
	addPaste(PasteKeys, "ctrl v", "control v", "cmd v", "command v")
	addPaste(PasteCommand, "paste the command", "paste this command", "paste the following", "dan lenh")
	addPaste(PasteAny, "paste the code", "paste this code", "paste it", "paste this", "and paste", "then paste",
		"dan ma", "dan doan ma", "dan vao")
	// the words people use when they warn about the trick or explain
	// it, which a page running it never says
	addPaste(Warning, "fake", "fake captcha", "scam", "scams", "scammer", "scammers", "phishing", "malware", "clickfix",
		"beware", "heads up", "dont paste", "never paste", "do not paste",
		"lua dao", "gia mao", "trang gia", "canh bao", "thu doan", "khong dan", "dung dan")
}

// FindPaste reports the parts of a fake human check in text already
// folded by Fold.
func FindPaste(buf []byte) PasteFound {
	var found PasteFound
	for i := 0; i < len(buf); {
		j := i
		for j < len(buf) && buf[j] != ' ' {
			j++
		}
		if !pasteFirst.may(buf[i:j]) {
			i = j + 1
			continue
		}
		for _, p := range pastes[string(buf[i:j])] {
			if !phraseAt(buf, i, p.text) {
				continue
			}
			if found[p.part] == "" || len(p.text) > len(found[p.part]) {
				found[p.part] = p.text
			}
		}
		i = j + 1
	}
	return found
}
