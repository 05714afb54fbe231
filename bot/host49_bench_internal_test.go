package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// BenchmarkSlugNameOrdinary (host49): slugName on links with no name or
// id to read — a bare host, www, a subdomain, a tenant's site with no
// theme's word — what most links pay.
func BenchmarkSlugNameOrdinary(b *testing.B) {
	bm := brand.New(brand.Protected())
	for _, u := range []string{"https://example.com/", "https://www.example.com/a/b", "https://docs.python.org/3/library/os.html",
		"https://mylittleshop.weebly.com/", "https://storage.googleapis.com/cs101-materials/week3/lecture.pdf"} {
		l, _ := linkx.Parse(u)
		info := &hostInfo{}
		b.Run(u[8:20], func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				slugName(&l, info, bm, false, func() string { return "x" })
			}
		})
	}
}
