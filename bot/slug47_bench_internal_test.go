package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// BenchmarkSlugName measures slugName on a shortened link's ordinary
// name, one with a word of a notice run into an unknown one, a random
// IPFS content id and a name it reads (slug47).
func BenchmarkSlugName(b *testing.B) {
	bm := brand.New(brand.Protected())
	for _, u := range []string{"https://bit.ly/kubernetesdocumentation", "https://bit.ly/pycon-2026-schedule", "https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/", "https://bit.ly/ytStrikeAppeal"} {
		l, _ := linkx.Parse(u)
		info := &hostInfo{}
		sh := shortener(&l, nil)
		b.Run(u[8:20], func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				slugName(&l, info, bm, sh, func() string { return "x" })
			}
		})
	}
}
