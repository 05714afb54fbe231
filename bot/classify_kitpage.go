package bot

import (
	"math"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A phishing kit uploaded to a compromised site unpacks into a folder at
// the site's root, named for what it imitates: a brand (/chase/,
// /netflix/, /desjardins/) or a webmail (/owa/, /zimbra/, /roundcube/),
// with an index page or a sign-in page in it. The learned model reads
// that shape by its path (the phishing feeds hold thousands of it), and
// that reading is weaker wherever the model also learns ordinary sites'
// short pages (cmd/train's -shortpages) and over HTTPS. What tells the
// kit apart is the folder's name on a site that is not the brand's or a
// mail server's, read here by rule (kit19).

// wKitFolder is kitFolderPage's weight: alone it warns (a folder of a
// kit on a stranger's site, whatever the model reads of the site), and
// beside a model that reads the link as at all odd it deletes.
const wKitFolder = 0.7

// ordinarySite reports a link to a site of a registered name that no
// brand owns and no platform hosts (a hosting platform's sites are
// hostedBrandPage's and lurePage's): where a kit on a compromised site
// is.
func ordinarySite(l *linkx.Link, info *hostInfo) bool {
	if l.Domain == "" || l.IP.IsValid() || !l.ICANN || info.userContent || info.official != nil {
		return false
	}
	hosted := siteHosted(l)
	return !hosted
}

// kitFolderWords are the folder names of webmail kits: the webmail
// programs' names (kitPathWords) and Microsoft's mail and files.
var kitFolderWords = setOf("webscr", "webmail", "zimbra", "roundcube", "rainloop", "squirrelmail", "horde",
	"owa", "cpanel", "webmin", "office365", "onedrive", "sharepoint")

// mailboxFolderWords name a mailbox: a kit's folder only with a page
// in it (/mail/index.html); a site's own /email/ is its contact page.
var mailboxFolderWords = setOf("mail", "email", "mailbox")

// mailHostLabels are the first labels of a host that is an
// organisation's own mail server (mail.example.edu/owa/): its webmail is
// where it belongs there.
var mailHostLabels = setOf("mail", "webmail", "email", "owa", "exchange", "outlook", "mx", "imap", "autodiscover", "remote")

// plainTree reports a page's tree that reads as a document tree's
// (docPage) and holds none of a kit's signs: no folder named for a
// brand, no kit's folder or page. The page readings of older and
// smaller sites (indexPageReading, namedPageReading, rootWordReading,
// contentPathReading, programPageReading) read a link only where it
// holds.
func plainTree(tree *linkx.Link, info *hostInfo, k *knowledge) bool {
	if !docPage(tree, info, k) || namedBrandFolder(tree, info, k) {
		return false
	}
	kf, b := kitFolderPage(tree, info, k)
	return kf == "" && b == nil
}

// kitFolderPage returns what a link's folder is named for (a brand's
// name or a webmail's) when the link is a folder at an ordinary site's
// root, or a page in it (/paypal/index.html, /owa/, /netflix/login.php,
// /mail/index.html), on a site whose name is not the brand's, nor a mail
// server's; its page named by a filler or a sign-in word only. A brand's
// name that is a word of English too (outlook, apple) is not read. Read where the link is
// posted bare, beside a lure or paperwork, or over plain HTTP (kits on
// compromised sites run without TLS); an organisation's own webmail
// over HTTPS, talked of plainly ("our OWA is at https://corp.example/owa/"),
// is not read so.
func kitFolderPage(l *linkx.Link, info *hostInfo, k *knowledge) (string, *brand.Brand) {
	// The path's shape is asked first, the site and the message last:
	// every test reads l, info or k and changes none of them, so the
	// answer is the same in any order, and most links' paths are no kit
	// folder's (the message's words cost the most to read).
	if len(l.Path) < 3 {
		return "", nil
	}
	if sub := strings.TrimSuffix(l.Host, l.Domain); sub != "" {
		if first, _, _ := strings.Cut(sub, "."); mailHostLabels[strings.ToLower(first)] {
			return "", nil
		}
	}
	path := lurePath(l.Path)
	if path == "" {
		return "", nil // a path cut at a ';' before its first '/'
	}
	folder, page, ok := strings.Cut(path[1:], "/")
	if !ok || folder == "" || strings.IndexByte(page, '/') >= 0 || page != "" && !pageFile(page) {
		return "", nil
	}
	name := strings.ToLower(folder)
	label := strings.ToLower(strings.TrimSuffix(l.Domain, "."+l.Suffix))
	var b *brand.Brand
	switch {
	case kitFolderWords[name]:
	case mailboxFolderWords[name] && page != "":
	case allLetters(name) && info.brands != nil && !englishWord(name):
		// a brand's name that is a word of English too (outlook,
		// apple, chase) names a site's own topic as often
		if b = info.brands.Named(name, math.MaxInt); b == nil || strings.Contains(label, name) {
			return "", nil
		}
	default:
		return "", nil
	}
	if page != "" {
		if _, ok := pathWordsOnly("/"+page, func(w string) bool { return credentialWords.has(w) || kitFolderWords[w] }); !ok {
			return "", nil
		}
	}
	if !ordinarySite(l, info) {
		return "", nil
	}
	if l.Scheme != "http" && !k.postedBare() && !k.luresHard() && !paperworkMessage(k) {
		return "", nil
	}
	return folder, b
}

// codeHostWords are the words of a host name built to take a one-time
// code: the code's names, in English and in Vietnamese written without
// its marks (zalo-otp.net, whatsapp-code.net, momo-xacnhan.com).
var codeHostWords = setOf("otp", "code", "codes", "sms", "2fa", "pin", "xacnhan", "xacthuc", "maxacnhan")

// codeMessagePhrases are what a message that asks for a one-time code
// says of it, folded: the code, the digits, the message it came in.
// A code alone is no such word: tech chat's code is a program's.
var codeMessagePhrases = []string{"otp", "6 digit", "six digit", "verification code", "login code", "security code", "sent a code",
	"sent you a code", "the code you", "code you got", "code you just", "ma xac nhan", "ma xac thuc", "ma vua gui", "tin nhan ma", "gui ma",
	"nhap ma"}

// brandCodeHost returns the brand whose name a link's host carries
// beside a code's word (zalo-otp.net, whatsapp-code.net) on a name the
// brand does not own, when the message speaks of a code ("nhan ho minh
// cai ma OTP", "I sent a code to your phone by mistake"): the stolen-code
// trick, where the page takes the code that signs the victim's account
// in elsewhere. A brand sends its codes itself and asks for them on its
// own site or app.
func brandCodeHost(l *linkx.Link, info *hostInfo, k *knowledge) *brand.Brand {
	if info.brands == nil || info.official != nil || l.Domain == "" || l.IP.IsValid() ||
		info.signals[model.SigBrandName] == 0 && info.signals[model.SigBrandSub] == 0 && info.signals[model.SigHostingBrand] == 0 {
		return nil
	}
	host := strings.ToLower(strings.TrimSuffix(l.Host, "."+l.Suffix))
	// a code's word first: most names carry none, and then no brand's
	// name need be looked for (nor the name split: speed46)
	code := false
	for rest := host; rest != "" && !code; {
		part := rest
		if i := strings.IndexAny(rest, "-."); i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		code = codeHostWords[part]
	}
	if !code {
		return nil
	}
	parts := strings.FieldsFunc(host, func(r rune) bool { return r == '-' || r == '.' })
	var b *brand.Brand // the first brand named by a part that is no code's word
	for _, part := range parts {
		if !codeHostWords[part] {
			if b = info.brands.Named(part, math.MaxInt); b != nil {
				break
			}
		}
	}
	if b == nil || !codeMessage(k) {
		return nil
	}
	return b
}

// codeMessage reports a message whose words, its links aside, speak of a
// one-time code (codeMessagePhrases).
func codeMessage(k *knowledge) bool {
	return containsAnyWords(k.folded(), codeMessagePhrases)
}

// rootCredentialPage returns the sign-in words of a single page at an
// ordinary site's root named for them alone (/verify.html, /login.php,
// /signin.html, /account-update.html), posted bare or beside a lure: the
// page a kit puts at the root of a site it broke into. The learned
// model reads the shape over plain HTTP; over HTTPS, which kits on
// compromised sites now have too, a short page at the root reads as a
// site's own. A site's own sign-in page a member talks of is not read
// so, nor a platform's page (lurePage's).
func rootCredentialPage(l *linkx.Link, info *hostInfo, k *knowledge) []string {
	if len(l.Path) < 2 || strings.LastIndexByte(l.Path, '/') != 0 || !pageFile(l.Path) || !ordinarySite(l, info) {
		return nil
	}
	if !k.postedBare() && !k.luresHard() {
		return nil
	}
	words, ok := pathWordsOnly(lurePath(l.Path), credentialWords.has)
	if !ok || len(words) == 0 {
		return nil
	}
	for _, w := range words {
		if !weakRootWords[w] {
			return words
		}
	}
	return nil
}

// weakRootWords are credential words that name a site's own scripts and
// pages as often as a kit's (/update.php, /auth.php, /connect.html,
// /payment.html): a page at the root named by them alone is not read
// as a kit's.
var weakRootWords = setOf("update", "connect", "payment", "restore", "recover", "recovery", "claim", "airdrop", "secure",
	"security", "auth", "confirm", "confirmation", "sign", "validation")
