package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// wViActionName: a protected brand's name, or a Vietnamese service's or
// paper's (cccd, vnnic, tinnhiemmang, wp-admin), hyphenated with a
// Vietnamese word of what a scam's page asks (viActionName:
// vietcombank-baove.net, cccd-dongbo.com, vnnic-giahan.com) warns alone,
// as the other names read by their shape do (wNoticeName).
const wViActionName = 0.6

// A Vietnamese action name (vi45, session 45). The Vietnamese smishing
// waves name their sites after the brand or the paper they speak for and
// what they have the reader do, written without marks and hyphenated:
// bảo vệ (protect) vietcombank-baove.net, kích hoạt (activate)
// mobifone-kichhoat.click, đồng bộ (sync) cccd-dongbo.com, gia hạn
// (renew) vnnic-giahan.com, đăng ký (register) tinnhiemmang-dangky.com,
// đổi quà (redeem a gift) shopee-doiqua.shop, tặng (a gift)
// baoviet-tang.click. Several of those words are no word of the link
// model's or the name lexicon's (baove, baomat, dongbo, giahan, doiqua,
// tang), and cccd, vnnic and tinnhiemmang are no protected brand's
// names, so such a name scored under warn beside a plain lure.
// viActionName reads it at run time, outside the trainer's view.

// viActions are the Vietnamese words, written without marks, of what a
// scam's page has its reader do or promises: protect, secure, verify,
// activate, update, sync, renew, pay, refund, redeem, receive or give a
// gift, an offer, thanks, register, recover, unlock, support.
var viActions = setOf("baove", "baomat", "xacminh", "xacthuc", "xacnhan", "kichhoat", "capnhat", "dongbo", "giahan",
	"thanhtoan", "hoantien", "hoantra", "doiqua", "doidiem", "nhanqua", "tangqua", "quatang", "uudai", "trian",
	"dangky", "khoiphuc", "mokhoa", "hotro", "cskh", "nhanthuong", "trungthuong", "dinhdanh", "sinhtrac", "nangcap")

// viBrandOffers are words that ask something only beside a Vietnamese
// brand's name (viBrand) or an insurer's (viInsurers): a carrier's data
// (viettel-data.click), a gift (viettel-qua, baoviet-tang.click). Beside
// another brand data is a developer's word (twitter-data), and tăng
// (raise) is what follower sellers name themselves by
// (tiktok-tang-follow.com); beside a domain, a gift is a host's offer
// (hosting-tang-ten-mien.com; rev45f).
var viBrandOffers = setOf("data", "qua", "tang")

// viInsurers are the viSubjects that are insurers, whose free cover the
// waves offer (baoviet-tang, prudential-tang).
var viInsurers = setOf("baoviet", "prudential", "manulife", "daiichi", "generali", "bidvmetlife", "baominh", "pjico", "baohiem")

// viSubjects are the services and papers Vietnamese scams speak for that
// are no protected brand: the citizen's identity card (căn cước, cccd,
// cmnd), the domain registry and the registrars small businesses renew
// with (vnnic, tên miền), the national trust mark for websites (tín
// nhiệm mạng), a site's admin panel (wp-admin, cpanel), an account, the
// insurers whose free cover the waves offer (viInsurers). Not website
// nor hosting: they are what web designers and hosts sell, and name
// their own sites by with the same words (website-tang-hosting.com,
// hosting-uudai.com, baomat-website.com; rev45f).
var viSubjects = union(setOf("cccd", "cmnd", "cancuoc", "vnnic", "tenmien", "tinnhiemmang", "tinnhiem", "wpadmin", "cpanel",
	"matbao", "pavietnam", "nhanhoa", "tenten", "taikhoan", "nganhang"), viInsurers)

// viActionName returns the brand's or the subject's name and the action
// of a registrable label built as above, and whether it is one: at most
// five hyphenated parts, read as the longest runs of up to three parts
// that join into a word (bao-ve, wp-admin), one the subject's (a
// protected brand's name, whole: bm.Named; or viSubjects), one an action
// (viActions; viBrandOffers beside a Vietnamese brand or an insurer),
// and at most one other part; a label with no hyphen, a paper's name run
// together with an action (viJoinedName). The brand's own site is no
// such name: the caller reads only links off it, nor under Vietnam's
// ending (vnEnding).
func viActionName(label string, bm *brand.Matcher) (subject, action string, ok bool) {
	if len(label) > 48 {
		return "", "", false
	}
	if strings.IndexByte(label, '-') < 0 {
		return viJoinedName(trimNumber(label))
	}
	var partsBuf [5]string
	n := 0
	for part := range strings.SplitSeq(trimNumber(label), "-") {
		if n == len(partsBuf) {
			return "", "", false
		}
		partsBuf[n] = part
		n++
	}
	parts := partsBuf[:n]
	others := 0
	isBrand := false
	var joined [48]byte
	for i := 0; i < len(parts); {
		j, word := i+1, parts[i]
		for k := min(len(parts), i+3); k > i+1; k-- {
			b := joined[:0]
			for _, p := range parts[i:k] {
				b = append(b, p...)
			}
			if viActions[string(b)] || viSubjects[string(b)] {
				// the set's own key, not a copy of the bytes
				j, word = k, viKey(b)
				break
			}
		}
		i = j
		switch {
		case word == "":
			return "", "", false
		case viActions[word] && action == "":
			action = word
		case viSubjects[word] && subject == "":
			subject, isBrand = word, viInsurers[word]
		case subject == "" && len(word) >= 3 && bm != nil && viBrandWord(word, bm) != nil:
			subject, isBrand = word, viBrand(viBrandWord(word, bm))
		case viBrandOffers[word] && action == "":
			action = word
		case noticeFillers[word]:
		default:
			others++
		}
	}
	if subject == "" || action == "" || others > 1 {
		return "", "", false
	}
	if viBrandOffers[action] && !isBrand {
		// a gift or data beside a Vietnamese brand or an insurer only
		return "", "", false
	}
	return subject, action, true
}

// vnEnding reports Vietnam's own ending (.vn, .com.vn, .edu.vn …), which
// viActionName is not read under: a .vn name is registered with the
// holder's identity papers, and Vietnamese dealers, agents, resellers and
// shops name their own sites so (honda-uudai.vn, prudential-hotro.vn,
// matbao-hotro.vn, baomat-website.vn, viettel-data.vn), while the waves
// register their action names under cheap foreign endings (.com, .net,
// .click, .online, .top). The brand's name beside a word is still read
// there by brand_in_domain and the link model (rev45f).
func vnEnding(suffix string) bool {
	return suffix == "vn" || strings.HasSuffix(suffix, ".vn")
}

// viPapers are the viSubjects a name run together with an action is read
// by (cccddongbo.com, vnnicgiahan.com): papers and offices no business
// names itself after, unlike a brand, an insurer or an account.
var viPapers = []string{"cccd", "cmnd", "cancuoc", "vnnic", "tinnhiemmang", "tinnhiem", "wpadmin", "cpanel"}

// viJoinedName returns the paper's name and the action of a label that
// is a paper's name run together with an action that is no shop's offer,
// support or sign-up word (viSlugMild), nothing between or after:
// cccddongbo, vnnicgiahan (rev45f). A brand's name run together with a
// word is the link model's and brand_in_domain's.
func viJoinedName(label string) (subject, action string, ok bool) {
	for _, p := range viPapers {
		if rest, found := strings.CutPrefix(label, p); found && viActions[rest] && !viSlugMild[rest] {
			return p, rest, true
		}
	}
	return "", "", false
}

// viLabel returns the registrable label viActionName reads: a name
// written with Vietnamese marks (xn--cccd-ng-ug6b: cccd-đồngbộ) as its
// reader spells it without them, as the link model reads it (rev45f).
func viLabel(site *linkx.Link) string {
	label := site.Label()
	if !strings.HasPrefix(label, "xn--") {
		return label
	}
	u := site.Unicode
	for n := strings.Count(site.Domain, "."); n > 0; n-- {
		i := strings.LastIndexByte(u, '.')
		if i < 0 {
			return label
		}
		u = u[:i]
	}
	u = u[strings.LastIndexByte(u, '.')+1:]
	var buf [48]byte
	b := buf[:0]
	for _, r := range u {
		switch c := lure.Base(r); {
		case len(b) == len(buf):
			return label
		case c != 0:
			b = append(b, c)
		case r == '-':
			b = append(b, '-')
		case r >= 0x300 && r < 0x370: // a combining mark
		default:
			return label
		}
	}
	return string(b)
}

// viBrandWord returns the protected brand a part of a name is the name
// of, whole (vietcombank, viettel, shopee), not a word that only holds
// one, or nil.
func viBrandWord(word string, bm *brand.Matcher) *brand.Brand {
	return bm.Named(word, len(word)+1)
}

// viBrand reports a brand whose first site is under Vietnam's ending
// (.vn): a Vietnamese bank, carrier, shop or office (viettel.vn,
// shopee.vn), not a brand that also serves Vietnam (google.com,
// google.com.vn: data-google.com is on the popular benign list).
func viBrand(b *brand.Brand) bool {
	return len(b.Domains) > 0 && strings.HasSuffix(b.Domains[0], ".vn")
}

// viSlugWords are the words a shortened link's name adds to a brand's or
// an office's in Vietnamese smishing, beside viActions: an order (đơn,
// đơn hàng), a redelivery (giao lại), a delivery, a gift (quà), a
// benefit (trợ cấp), a fine (phạt).
var viSlugWords = setOf("don", "donhang", "giaolai", "giaohang", "nhanhang", "qua", "trocap", "hotrotien", "phat",
	"nopphat", "hoanthue", "nhantien")

// viSlugMild are viActions a shortened link's name is not read by: a
// shop's offer, support and sign-up are what affiliates and resellers
// name their short links too (bit.ly/tiki-uudai, bit.ly/dangky-viettel).
var viSlugMild = setOf("uudai", "tang", "hotro", "dangky", "cskh")

// viSlugGuide are viActions a shortened link's name is not read by
// either: how to pay, update, confirm or upgrade are what guides and
// offices' forms are named (bit.ly/momo-thanhtoan,
// bit.ly/bhxh-capnhat), while the waves' short links name the parcel,
// the gift or the benefit (ghtkdon, viettel-qua, bhxh-trocap; rev45f).
var viSlugGuide = setOf("thanhtoan", "capnhat", "xacnhan", "nangcap")

// viSlugAction reports a word viSlugName reads as what a scam asks.
func viSlugAction(w string) bool {
	return viActions[w] && !viSlugMild[w] && !viSlugGuide[w] || viSlugWords[w]
}

// viSlugSubjects are offices a shortened link's name speaks for beside
// viSubjects and the protected brands: social insurance (bhxh), the
// traffic police (csgt), electricity (evn), the tax office (thue).
var viSlugSubjects = setOf("bhxh", "csgt", "evn", "thue", "baohiem", "vneid", "dichvucong")

// viSlugName returns the subject and the action a shortened link's first
// path segment names (is.gd/ghtkdon, t.ly/vnpost-giaolai,
// rebrand.ly/viettel-qua, tinyurl.com/bhxh-trocap), read as viActionName
// reads a host's name, with viSlugWords and viSlugSubjects besides; a
// segment of one word is read as a brand's name run together with such a
// word (ghtkdon: ghtk, don). A shortener hides the site; the name its
// link was given says what it speaks for.
func viSlugName(path string, bm *brand.Matcher) (subject, action string, ok bool) {
	seg := strings.Trim(path, "/")
	if i := strings.IndexByte(seg, '/'); i >= 0 {
		seg = seg[:i]
	}
	if len(seg) < 5 || len(seg) > 40 {
		return "", "", false
	}
	seg = strings.ToLower(strings.ReplaceAll(seg, "_", "-"))
	for i := 0; i < len(seg); i++ {
		if c := seg[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return "", "", false
		}
	}
	parts := strings.Split(seg, "-")
	if len(parts) == 1 {
		// a name run together: a subject's name, then a word
		for i := 3; i <= len(seg)-2; i++ {
			a, b := seg[:i], seg[i:]
			if !viSlugAction(b) {
				continue
			}
			if viSubjects[a] || viSlugSubjects[a] || bm != nil && viBrandWord(a, bm) != nil {
				return a, b, true
			}
		}
		return "", "", false
	}
	if len(parts) > 4 {
		return "", "", false
	}
	others := 0
	for _, p := range parts {
		switch {
		case p == "":
			return "", "", false
		case action == "" && viSlugAction(p):
			action = p
		case subject == "" && (viSubjects[p] || viSlugSubjects[p] || len(p) >= 3 && bm != nil && viBrandWord(p, bm) != nil):
			subject = p
		default:
			others++
		}
	}
	if subject == "" || action == "" || others > 1 {
		return "", "", false
	}
	return subject, action, true
}

// wViSlugName: a shortened link named for a brand or an office and what a
// Vietnamese scam has its reader do (viSlugName) warns alone.
const wViSlugName = 0.6

// viIPWords are the words of a refund, a prize or a gift in the path of a
// link to a bare IP address (103.145.22.18/hoantien): a server of one's
// own has a port, a panel or a file there, not a refund.
var viIPWords = setOf("hoantien", "hoantra", "nhantien", "trungthuong", "nhanthuong", "nhanqua", "doiqua", "tangqua",
	"quatang", "uudai", "trian", "thanhtoan", "xacminh", "xacthuc", "kichhoat", "capnhat", "khoiphuc", "mokhoa",
	"giahan", "dongbo", "baove", "refund", "claim", "reward", "prize", "verify", "giaohang", "donhang")

// viJoiner reads a path's hyphens and underscores away (hoan-tien), made
// once: a Replacer built per link cost its tables on every bare address.
var viJoiner = strings.NewReplacer("-", "", "_", "")

// viIPPath returns the word of a refund, a prize or an account's check
// (viIPWords) that the path of a link names, its hyphens and
// underscores read away (hoan-tien), or "".
func viIPPath(path string) string {
	found := ""
	forPathWords(viJoiner.Replace(path), func(w string) bool {
		if viIPWords[w] {
			found = w
			return false
		}
		return true
	})
	return found
}

// wViIPPath: a link to a bare IP address whose path names a refund, a
// prize or an account's check (viIPPath), weighed beside the raw address
// and the message's lure so that it warns.
const wViIPPath = 0.5

// viKey returns the word of viActions or viSubjects that b spells, as the
// sets hold it (no copy of b is made).
func viKey(b []byte) string {
	for w := range viActions {
		if w == string(b) {
			return w
		}
	}
	for w := range viSubjects {
		if w == string(b) {
			return w
		}
	}
	return string(b)
}
