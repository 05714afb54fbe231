package bot

import (
	"strings"
	"sync"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

func init() { linkx.SoldNamed = soldNamed }

// soldMatcher is the built-in protected brands' matcher that soldNamed
// reads names with (a deployment's own brands are not known to linkx).
var soldMatcher = sync.OnceValue(func() *brand.Matcher { return brand.New(brand.Protected()) })

// soldNamed (linkx.SoldNamed) reports whether a bare lower-case name
// under .app, .cc or .ml that linkx would read as a file holds a word
// phishing names are built from or a protected brand's name: on the
// training side of the phishing-domain list 319 of 2,127 such names do
// (95 of 370 under .app), and none of 192 file names of the kind in
// harv33's READMEs (node.cc, env.cc, main.cc, myapp.app, monitor.ml).
//
// A name that is one such word and nothing else (token.cc, wallet.cc,
// event.ml, login.ml, sync.app) is how a source file is named for what it
// does, and stays a file unless it is a brand's name (rev35): of the
// 282 training-side names with no hyphen and one dot read so, 9 are one
// word alone and no brand (forms.app, appeals.cc, taixiu.cc;
// hypesquad.app is Discord's), where in code talk token.cc, event.ml and
// service.ml were deleted.
func soldNamed(host, suffix string) bool {
	name := strings.TrimSuffix(host, "."+suffix)
	if words := model.NameWords(name); len(words) > 1 || len(words) == 1 && words[0] != name {
		return true
	}
	_, ok := soldMatcher().Match(host, host, suffix)
	return ok
}
