package bot

import (
	"os"
	"regexp"
	"testing"
)

// TestScanDocListsEveryCode keeps the reason codes of docs/scan.md, the
// scan contract, in step with the codes the engine gives.
func TestScanDocListsEveryCode(t *testing.T) {
	doc, err := os.ReadFile("../docs/scan.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := map[Code]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\|").FindAllSubmatch(doc, -1) {
		documented[Code(m[1])] = true
	}
	for code := range english.codeShort {
		if !documented[code] {
			t.Errorf("docs/scan.md does not list the reason code %q", code)
		}
	}
	for code := range documented {
		if _, ok := english.codeShort[code]; !ok && !isField(code) {
			t.Errorf("docs/scan.md lists %q, which is no reason code", code)
		}
	}
}

// isField reports the table rows of docs/scan.md that are input or output
// fields, not reason codes.
func isField(c Code) bool {
	switch c {
	case "id", "platform", "chat", "group", "time", "member_since", "is_admin", "text", "links", "attachments",
		"edited", "forwarded_from", "verdict", "score", "reasons", "actions", "sweep", "user_state":
		return true
	}
	return false
}
