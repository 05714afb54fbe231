package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestDomainWordsAreCountedOnce: a domain word inside a longer one
// (nitro in freenitro) counts once, whatever the order words are tried in:
// the same name always scores the same.
func TestDomainWordsAreCountedOnce(t *testing.T) {
	for i := 0; i < 20; i++ {
		c := NewClassifier(ClassifierConfig{})
		l, _ := linkx.Parse("https://freenitrogift.example/")
		info := c.analyse(c.brands.Load(), &l)
		if len(info.words) != 1 || info.words[0] != "freenitro" {
			t.Fatalf("freenitrogift: words %v, want [freenitro]", info.words)
		}
	}
}

// TestInstitutionalSuffixes: a country's suffixes for its government,
// military and universities are known by their shape; a country's
// commercial ones, and a second level under a longer suffix, are not.
func TestInstitutionalSuffixes(t *testing.T) {
	for suffix, want := range map[string]bool{
		"gov.vn": true, "edu.vn": true, "ac.vn": true, "gov.uk": true, "ac.uk": true, "edu.au": true, "gov.au": true,
		"gov.tr": true, "go.jp": true, "ac.kr": true, "gob.mx": true, "gouv.fr": true, "govt.nz": true, "mil.id": true,
		"com.vn": false, "co.uk": false, "org.vn": false, "gov": false, "com": false, "gov.example.com": false, "gov.xyz": false,
	} {
		if got := institutional(suffix); got != want {
			t.Errorf("institutional(%q) = %v, want %v", suffix, got, want)
		}
	}
	c := NewClassifier(ClassifierConfig{})
	for _, raw := range []string{"https://dichvucong.gov.vn/", "https://www.ox.ac.uk/", "https://www.turkiye.gov.tr/"} {
		l, _ := linkx.Parse(raw)
		if info := c.analyse(c.brands.Load(), &l); !info.trusted {
			t.Errorf("%s: not trusted", raw)
		}
	}
}

// TestChatListsAllocateNothing: finding a chat's lists writes its key on
// the stack.
func TestChatListsAllocateNothing(t *testing.T) {
	s := NewListSet([]ListEntry{{Scope: "telegram:-1001234567890", Kind: BlockList, Value: "cats-daily.net"}})
	k := ChatKey{Platform: Telegram, Chat: "-1001234567890"}
	if s.chatTable(k) == nil {
		t.Fatal("the chat's lists were not found")
	}
	if n := testing.AllocsPerRun(100, func() { s.chatTable(k) }); n != 0 {
		t.Errorf("chatTable allocates %.0f times", n)
	}
}

// TestInfrastructureNames: a content-delivery network's customers name
// their hosts after their own (www.apple.com.edgekey.net,
// apple-relay.fastly-edge.com, which iCloud Private Relay uses): trusted
// as they stand, not read as a site named after a brand on a host anyone
// can publish on.
func TestInfrastructureNames(t *testing.T) {
	c := NewClassifier(ClassifierConfig{})
	for _, host := range []string{"www.apple.com.edgekey.net", "apple-relay.fastly-edge.com", "www.linkedin.com.cdn.cloudflare.net"} {
		l, ok := linkx.Parse("https://" + host + "/")
		if !ok {
			t.Fatalf("%s: not parsed", host)
		}
		if info := c.analyse(c.brands.Load(), &l); !info.trusted || len(info.reasons) > 0 {
			t.Errorf("%s: trusted %v, reasons %v", host, info.trusted, info.reasons)
		}
	}
}
