package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A site's standard metadata file under /.well-known/ (RFC 8615), linked
// by name: an app's Android app links and iOS universal links files
// (assetlinks.json, apple-app-site-association), a site's security.txt,
// an identity provider's OpenID discovery document, a server's
// WebFinger, NodeInfo or Matrix delegation, a mail domain's MTA-STS
// policy. Mobile, web and mail developers and sysadmins post them in
// chat when a deep link does not open an app, a sign-in is set up or a
// federation fails ("assetlinks file is at
// https://acme-notes.app/.well-known/assetlinks.json"). The link model
// reads the folder /.well-known/ as a kit's, and rightly: of the
// training lists' 90,286 phishing URLs 556 have it, kits unpacked on
// compromised sites in the folder certificate checks write to
// (/.well-known/pki-validation/…, /.well-known/acme-challenge/…) or
// named for their target (/.well-known/bankofamerica.com/…,
// /.well-known/login.php). A made-up app's site under .app read 0.51
// (warned) for that folder where its root passes (tech32-mobilet).
//
// None of those 556 is a registered file's name: a kit's page is a page
// to fill in, and a metadata file is a document machines read (JSON or
// plain text) at a fixed name one level down. wellKnownReading reads
// such a link no higher than its site's root (siteRootLogit, as
// docPageReading does), when the path is exactly /.well-known/ and one
// name of wellKnownFiles (matrix's two under its folder), with no query,
// over a host of its own (docHost: no kit's mark in the labels in front,
// no cheap ending; no address, port, user's name, hosting platform or
// page anyone publishes), not written to hide (defanged, disguised or
// hidden), no brand read in the link, no shortener, in a message that
// talks of it plainly with no brand named and names it: a word of the
// host or the file (talksOf: "assetlinks file is at …", "security
// contact is in …/security.txt"), or the kind of file
// (wellKnownWords: "android app links still fail, our file is …",
// "universal links broken? …"). Posted bare, the link is read in full.
// The host's name is read in full: a name read as a scam's still warns.
// What it gives up: a kit that names its page as a registered file and
// serves a form there, posted with such talk, passes for that link where
// its site's root passes; none of the training lists' phishing URLs
// does. Written onto 6,000 of the training lists' phishing domains
// (/.well-known/ and four of the files, bare or after "our app links
// file is" or "security contact is in"), 737 probes lose a level
// against main (361 delete to allow), all in the two framings, none
// below the level the domain's root reads; posted bare (2,000), none.
// Read on any plain talk (postedPlainly), 2,027 lost a level, 1,083 of
// them delete to allow. change-password is left out
// (a site's redirect to its password page: a sign-in's step), and so are
// pki-validation and acme-challenge (folders, where the kits sit). Run
// time only: the trainer fits the combiner on the model's readings as
// they are.

// wellKnownFiles are the names of RFC 8615's registry (and two common
// unregistered ones, jwks.json and nostr.json) that a well-known link
// ends in, in lower case: app links (assetlinks.json,
// apple-app-site-association), security.txt, OpenID and OAuth discovery
// (openid-configuration, oauth-authorization-server,
// oauth-protected-resource, jwks.json), federation (webfinger, nodeinfo,
// host-meta, host-meta.json, atproto-did, nostr.json, matrix/server,
// matrix/client), mail (mta-sts.txt), privacy (gpc.json,
// dnt-policy.txt), identity and payment verification (did.json,
// did-configuration.json, keybase.txt, web-identity, passkey-endpoints,
// apple-developer-merchantid-domain-association,
// microsoft-identity-association.json) and funding-manifest-urls.
var wellKnownFiles = setOf("assetlinks.json", "apple-app-site-association", "security.txt", "openid-configuration",
	"oauth-authorization-server", "oauth-protected-resource", "jwks.json", "webfinger", "nodeinfo", "host-meta",
	"host-meta.json", "atproto-did", "nostr.json", "matrix/server", "matrix/client", "mta-sts.txt", "gpc.json",
	"dnt-policy.txt", "did.json", "did-configuration.json", "keybase.txt", "web-identity", "passkey-endpoints",
	"apple-developer-merchantid-domain-association", "microsoft-identity-association.json", "funding-manifest-urls")

// wellKnownReading returns a link's signals with a site's registered
// metadata file under /.well-known/ read no higher than its site's root,
// in a message that names the link or talks of such files.
func (c *Classifier) wellKnownReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || sig[model.SigModel] < docPageFrom || !wellKnownFile(l.Path) || l.Query != "" || l.Disguised || l.Hidden ||
		readsBrand(&sig) || sig[model.SigShortener] > 0 || !wellKnownHost(l, info, k) ||
		!k.talksOf(l) && !(k.postedPlainly(l) && k.talksWellKnown()) {
		return sig
	}
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(siteRootLogit(info))))
	return sig
}

// wellKnownWords are the words, in a message's folded text, by which
// developers and sysadmins talk of a site's metadata files when they
// name no word of the file itself: the folder (well-known), an app's
// links files (asset, assetlinks, aasa, applinks, universal, deep:
// "universal links", "deep links"; "app links" as two words too), sign-in discovery (openid,
// oidc, oauth, jwks, discovery), federation (webfinger, nodeinfo,
// fediverse, federation, delegation, matrix, mastodon, bluesky, atproto,
// nostr, nip05) and mail policy (mta, sts).
var wellKnownWords = setOf("well", "wellknown", "asset", "assetlinks", "aasa", "applinks", "universal", "deep", "deeplink",
	"deeplinks", "openid", "oidc", "oauth", "jwks", "discovery", "webfinger", "nodeinfo", "fediverse", "federation",
	"delegation", "matrix", "mastodon", "bluesky", "atproto", "nostr", "nip05", "mta", "sts")

// talksWellKnown reports a message that talks of a site's metadata files
// (wellKnownWords), the words of its links aside.
func (k *knowledge) talksWellKnown() bool {
	prev := ""
	for w := range strings.FieldsFuncSeq(string(k.folded()), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if wellKnownWords[w] || prev == "app" && (w == "link" || w == "links") {
			return true
		}
		prev = w
	}
	return false
}

// wellKnownFile reports a path that is /.well-known/ and one name of
// wellKnownFiles, as written (lower case, no trailing slash).
func wellKnownFile(path string) bool {
	name, ok := strings.CutPrefix(path, "/.well-known/")
	return ok && wellKnownFiles[name]
}

// wellKnownHost reports a host a site's metadata file is on: a host of
// its own (no address, port, user's name; no page anyone can publish,
// no site on a hosting platform), under no cheap ending and with no
// kit's mark in the labels in front of its registered name (docHost).
func wellKnownHost(l *linkx.Link, info *hostInfo, k *knowledge) bool {
	if l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || info.userContent || abusedTLDs[l.Suffix] >= 0.2 {
		return false
	}
	if hosted := model.Hosted(l); hosted {
		return false
	}
	return docHost(l, info, k.brands)
}
