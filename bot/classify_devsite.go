package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// sampleAppMax is the link model's logit a sample app's link is read at
// most at (sampleAppReading): the bound a plain-HTTP page in plain talk
// is read under (plainHTTPTalkMax), a link the model finds unremarkable.
const sampleAppMax = plainHTTPTalkMax

// sampleAppReading returns a link's signals with a sample app on a
// hosting platform read as an ordinary site when a developer talks of it:
// a demo, an example or a tutorial's app deployed for free
// (supabase-auth-example.vercel.app/login,
// flask-login-tutorial-xyz.onrender.com/login) is named after what it
// shows, often a login, and its builder pastes its sign-in route with an
// error or a stack trace beside it. The link model reads such a name's
// lure words (auth, login) and the platform's cheap ending as a kit's;
// here they are the demo's subject. The name must hold a word only a
// sample is named by (sampleWords) as a whole word of its own, and no
// brand; the link must be written out or carried behind a plain word
// (behindWord), not behind text that shows another address, and the
// message must talk as a developer does (devTalk: code in backticks, an error, a deploy, localhost) and not as a lure does (the
// caller asks knowledge.stopsReadings: one mild word, the login of
// flask-login, is tech chat's). Then the model's reading is bound (sampleAppMax) and the
// name's lure words and the platform's ending do not count. Of the
// training lists' 4,852 phishing sites on hosting platforms, one name
// holds such a word whole (a bank's: read as a brand's, and so in full).
func sampleAppReading(l *linkx.Link, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if !sampleApp(l, &sig, k) {
		return sig
	}
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(sampleAppMax))
	sig[model.SigDomainWords], sig[model.SigSchemeWords], sig[model.SigAbusedTLD] = 0, 0, 0
	return sig
}

// sampleApp reports a sample app's link a developer talks of, as
// sampleAppReading reads it (sig: the link's signals, read for a brand).
// Its caller asks knowledge.stopsReadings.
func sampleApp(l *linkx.Link, sig *model.LinkSignals, k *knowledge) bool {
	if !k.hosted(l) {
		return false
	}
	site, _ := model.Site(*l)
	return !readsBrand(sig) && sig[model.SigShortener] == 0 && sampleName(site.Label()) && !asksBeyondSignIn(site.Label()) &&
		(!l.Carried || behindWord(l, k.brands)) && devTalk(k)
}

// sampleWords are the words a demo, an example or a tutorial's app is
// named by (my-next-auth-demo, social-login-demo, flask-login-tutorial).
var sampleWords = setOf("demo", "demos", "example", "examples", "sample", "samples", "tutorial", "tutorials", "starter",
	"boilerplate", "playground", "workshop", "codelab")

// sampleName reports a site's label holding a sample's word (sampleWords)
// as a whole word of its own, between hyphens.
func sampleName(label string) bool {
	for w := range strings.SplitSeq(label, "-") {
		if sampleWords[w] {
			return true
		}
	}
	return false
}

// signInWords are the words of what phishing asks for (askWords) that a
// sample app is named after as often as a kit is: the sign-in it shows
// (next-auth-demo, social-login-demo).
var signInWords = setOf("login", "signin", "logon", "auth", "authenticate")

// asksBeyondSignIn reports a site's label holding a word of what
// phishing asks for or offers (askWords) other than a sign-in's
// (signInWords), whole between hyphens or run together
// (walletrestore-demo): a drainer's or a prize's name (wallet, seed,
// claim, airdrop, verify, nitro, giveaway) is no sample's subject a
// developer pastes, and "-demo" beside it makes no kit a sample (rev16).
func asksBeyondSignIn(label string) bool {
	for w := range strings.SplitSeq(label, "-") {
		if askWords[w] && !signInWords[w] {
			return true
		}
		for _, p := range model.NameWords(w) {
			if askWords[p] && !signInWords[p] {
				return true
			}
		}
	}
	return false
}

// devWords are the folded words a developer talks of an app they run
// with: its deploy, its errors, its code and its settings, the database
// it keeps its users in (a sqlite user table, postgres, a migration) and
// the web framework it is built on (flask, django, fastapi, laravel,
// nextjs): no lure names the store or the framework behind its page.
var devWords = setOf("deploy", "deployed", "deploying", "deployment", "error", "errors", "exception", "traceback",
	"stack", "crash", "crashes", "localhost", "config", "configured", "env", "cookie", "cookies", "cors", "callback",
	"redirect", "smtp", "oauth", "csrf", "session", "endpoint", "api", "backend", "frontend", "repo", "commit", "build",
	"logs", "docker", "staging", "prod", "npm", "pip", "bug", "debug", "500", "404", "503",
	"sqlite", "postgres", "postgresql", "mysql", "mariadb", "mongodb", "redis", "database", "sql", "orm", "schema",
	"migration", "migrations", "flask", "django", "fastapi", "laravel", "rails", "nextjs", "nuxt", "sveltekit", "vite")

// devTalk reports a message, its links aside, that talks as a developer
// does (devWords), or that holds code in backticks.
func devTalk(k *knowledge) bool {
	if strings.IndexByte(k.text, '`') >= 0 {
		return true
	}
	folded := k.folded()
	for w := range strings.FieldsFuncSeq(string(folded), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if devWords[w] {
			return true
		}
	}
	return false
}
