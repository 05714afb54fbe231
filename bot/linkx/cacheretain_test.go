package linkx

import (
	"strings"
	"testing"
	"unsafe"
)

// within reports whether s's bytes lie in buf's.
func within(s, buf string) bool {
	if len(s) == 0 {
		return false
	}
	p, b := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(buf)))
	return p >= b && p < b+uintptr(len(buf))
}

// TestParseCacheKeepsNoMessage holds the parse cache to links of their
// own: a link cut from a long message, once cached, must not keep that
// message alive through its Raw, Path or Query (a busy group's 16,384
// cached links would otherwise pin as many messages).
func TestParseCacheKeepsNoMessage(t *testing.T) {
	msg := "read this first " + strings.Repeat("long message text ", 200) +
		"https://retain-check.example.org/docs/page.html?id=7 thanks"
	i := strings.Index(msg, "https://")
	raw := msg[i : len(msg)-len(" thanks")]
	l, ok := Parse(raw)
	if !ok || l.Host != "retain-check.example.org" || l.Path != "/docs/page.html" || l.Query != "id=7" {
		t.Fatalf("Parse(%q) = %+v, %v", raw, l, ok)
	}
	var c Link
	if !parsed.get(raw, &c) {
		t.Fatalf("Parse(%q) was not cached", raw)
	}
	for name, s := range map[string]string{"Raw": c.Raw, "Path": c.Path, "Query": c.Query, "Scheme": c.Scheme, "Host": c.Host} {
		if within(s, msg) {
			t.Errorf("the cached link's %s (%q) is a slice of the message it came from", name, s)
		}
	}
}
