package bot

import (
	"strings"
	"testing"
	"time"
	"unsafe"
)

// TestHostMemosHoldNoMessage: what the host cache keeps of a link it
// judged (the host's key, the link's signals and explanation) shares no
// memory with the message the link was read from. A link is a slice of
// its message's text, so keeping it kept the whole message: 65,536
// hosts, each with eight slots, could pin gigabytes of chat that anyone
// can send (a 4,000-character message around each of four links of a
// fresh subdomain).
func TestHostMemosHoldNoMessage(t *testing.T) {
	c := NewClassifier(ClassifierConfig{})
	pad := strings.Repeat("words around the link ", 180)
	for i, link := range []string{
		"https://pin-test-one.example-shop.top/login/verify-account-now",
		"https://pin-test-one.example-shop.top/login/verify-account-again",
	} {
		text := pad + link + " " + pad
		m := Message{ID: "x", Platform: Telegram, Chat: "c", User: "u", Time: time.Unix(1.7e9, 0), Text: text,
			MemberSince: time.Unix(1.6e9, 0)}
		c.Classify(&m, Hints{})
		inText := func(s string) bool {
			if len(s) == 0 {
				return false
			}
			p, b := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
			return p >= b && p < b+uintptr(len(text))
		}
		found := 0
		for si := range c.hosts.shards {
			s := &c.hosts.shards[si]
			for _, info := range s.m {
				host := info.host
				if !strings.HasPrefix(host, "pin-test-one.") {
					continue
				}
				found++
				if inText(host) {
					t.Errorf("link %d: the host cache's name %q is a slice of the message", i, host)
				}
				for j := range info.sigs {
					if m := info.sigs[j].Load(); m != nil && inText(m.link) {
						t.Errorf("link %d: the signals memo's link %q is a slice of the message", i, m.link)
					}
					if m := info.pattern[j].Load(); m != nil && inText(m.link) {
						t.Errorf("link %d: the explanation memo's link %q is a slice of the message", i, m.link)
					}
				}
			}
		}
		if found == 0 {
			t.Fatalf("link %d: host not cached", i)
		}
	}
}
