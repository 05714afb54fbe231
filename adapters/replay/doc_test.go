package replay_test

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/immunebot/immune/adapters/replay"
)

// TestScanDocNamesEveryField keeps docs/scan.md, the scan contract, in step
// with the input and output the scanner reads and writes.
func TestScanDocNamesEveryField(t *testing.T) {
	doc, err := os.ReadFile("../../docs/scan.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[replay.Input](), reflect.TypeFor[replay.Output](), reflect.TypeFor[replay.ErrorLine]()} {
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			if !strings.Contains(string(doc), "`"+name+"`") && !strings.Contains(string(doc), `"`+name+`"`) {
				t.Errorf("docs/scan.md does not name the %s field %q", typ.Name(), name)
			}
		}
	}
}
