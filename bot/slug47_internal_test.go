package bot

import (
	"math/rand/v2"
	"testing"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// TestSlugRandomIDs measures how often slugName reads words into the
// random ids it reads (slug47): shortened links' codes, forms.gle codes,
// Google Forms' and Drive files' ids, OneDrive and WeTransfer codes, MEGA
// keys and IPFS content ids of both versions, 20,000 of each drawn from
// their alphabets with a fixed seed. A random id read as a brand and a
// notice, a crack or a notice's word is a false alarm on an ordinary
// shared file or form.
func TestSlugRandomIDs(t *testing.T) {
	t.Parallel()
	const (
		alnum  = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
		b64url = alnum + "-_"
		base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
		base32 = "abcdefghijklmnopqrstuvwxyz234567"
	)
	shapes := []struct {
		name, before, alphabet, after string
		n                             int
	}{
		{"bit.ly code", "https://bit.ly/", alnum, "", 7},
		{"tinyurl code", "https://tinyurl.com/", "abcdefghijklmnopqrstuvwxyz0123456789", "", 8},
		{"forms.gle code", "https://forms.gle/", alnum, "", 17},
		{"Google Form id", "https://docs.google.com/forms/d/e/1FAIpQLS", b64url, "/viewform", 48},
		{"Drive file id", "https://drive.google.com/file/d/1", b64url, "/view", 32},
		{"OneDrive code", "https://1drv.ms/u/s!A", b64url, "", 30},
		{"WeTransfer code", "https://we.tl/t-", alnum, "", 10},
		{"MEGA key", "https://mega.nz/file/AbCd1234#", b64url, "", 43},
		{"CIDv0", "https://ipfs.io/ipfs/Qm", base58, "/", 44},
		{"CIDv1", "https://ipfs.io/ipfs/bafybei", base32, "/", 52},
	}
	bm := brand.New(brand.Protected())
	rng := rand.New(rand.NewPCG(47, 47))
	info := &hostInfo{}
	total := 0
	for _, s := range shapes {
		read := 0
		for range 20000 {
			b := []byte(s.before)
			for range s.n {
				b = append(b, s.alphabet[rng.IntN(len(s.alphabet))])
			}
			u := string(append(b, s.after...))
			l, ok := linkx.Parse(u)
			if !ok {
				t.Fatalf("%s: no link", u)
			}
			if r, ok := slugName(&l, info, bm, shortener(&l, nil), func() string { return u }); ok {
				if read < 3 {
					t.Logf("%s: %s", s.name, r.Detail)
				}
				read++
			}
		}
		t.Logf("%s: %d of 20,000 random ids read", s.name, read)
		total += read
	}
	if total > 5 {
		t.Errorf("%d of %d random ids read as words", total, 20000*len(shapes))
	}
}
