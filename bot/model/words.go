package model

import (
	"bytes"
	"math/bits"
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/brand"
)

// The words phishing and scam names are built from, read by the
// classifier as signals of their own (domain words, scheme words) and by
// the link model as two concepts: a name built from words of a concept
// never seen in training still carries the concept's weight.

// domainWords are words a phishing domain is built from. The second value
// says whether the word also counts inside a longer word ("getfreenitro");
// short and common words count only as a whole hyphen-separated word.
var domainWords = map[string]bool{
	"gift": false, "gifts": false, "free": false, "login": false, "signin": false, "verify": false, "secure": false,
	"account": false, "accounts": false, "validate": false, "claim": false, "bonus": false, "reward": false,
	"rewards": false, "promo": false, "support": false, "recovery": false, "unlock": false, "confirm": false,
	"auth": false, "security": false, "update": false, "moderator": true, "moderators": true, "academy": false,
	"staff": false, "appeal": false, "appeals": false, "event": false, "events": false, "drop": false,
	"trade": false, "offer": false, "skins": false, "robux": true, "case": false, "cases": false, "forms": false,
	"form": false, "apply": false, "team": false, "official": false, "help": false, "center": false,
	"service": false, "wallet": true, "nitro": true, "airdrop": true, "giveaway": true, "verification": true,
	"hypesquad": true, "csgo": true, "steamgift": true, "freenitro": true, "validation": true,
	"xacthuc": true, "xacnhan": true, "xacminh": true, "khoa": false, "mokhoa": true, "taikhoan": true,
	"trungthuong": true, "nhanqua": true, "quatang": true, "mienphi": true, "khuyenmai": true, "nhanthuong": true,
	"uudai": true, "dangnhap": true, "hotro": false, "nganhang": true,
	"hypeteam": true, "hypeteams": true, "formulary": true, "exam": false, "testers": false, "tester": false,
	"giaohang": true, "buupham": true, "delivery": false, "parcel": false, "tracking": false,
	"beta": false, "captcha": true, "cs2": false, "source2": true, "skin": false, "knife": false, "premium": false,
	// written for this pass from everyday Vietnamese, not from the
	// training lists: the customer-thanks event (tri ân khách hàng), the
	// prize (giải thưởng, tặng quà), the update, upgrade and identity
	// check a fake bank or public-service portal asks for (cập nhật, nâng
	// cấp, định danh, dịch vụ công) and the payment (thanh toán)
	"trian": false, "triankhachhang": true, "khachhang": true, "giaithuong": true, "tangqua": true,
	"capnhat": true, "nangcap": true, "dinhdanh": true, "dichvucong": true, "thanhtoan": true,
}

// schemeWords name the schemes scam sites run rather than the account
// they ask for: wallet drainers and fake airdrops with no brand, and the
// betting, lottery, lucky-wheel, loan and task-commission sites of
// Vietnamese scams. They are a signal of their own (the combiner weighs
// them apart from domainWords); the value says, as there, whether the
// word also counts inside a longer one.
var schemeWords = map[string]bool{
	// wallet drainers and fake airdrops, with no brand: claim the
	// distribution, connect and validate the wallet, migrate or bridge
	// the tokens, restore it from its seed
	"claims": false, "distribution": true, "gives": false, "give": false, "migrate": true, "migration": true,
	"bridge": false, "dapps": true, "connect": false, "sync": false, "synchronize": true,
	"rectify": true, "rectification": true, "restore": false, "mnemonic": true, "seedphrase": true,
	"whitelist": true, "presale": true, "mint": false, "minting": true, "revoke": true, "unstake": true,
	"staking": false, "defi": false, "web3": false, "nft": false, "nfts": false, "token": false, "tokens": false,
	"eligible": true, "eligibility": true, "allocation": true, "refund": false,
	// Vietnamese betting, lottery and fake-finance names: tài xỉu, xóc
	// đĩa, chẵn lẻ, nổ hũ, bắn cá, xổ số, nhà cái, vay tiền, tín dụng,
	// đầu tư, hoa hồng, nhiệm vụ, tuyển dụng, việc làm, kiếm tiền, sự kiện
	"casino": true, "taixiu": true, "xocdia": true, "chanle": true, "cltx": true, "nohu": true, "banca": false,
	"xoso": true, "nhacai": true, "keonhacai": true, "bet": false, "slot": false, "slots": false,
	"vaytien": true, "vayonline": true, "vay": false, "tindung": true, "dautu": true, "hoahong": true,
	"nhiemvu": true, "tuyendung": true, "vieclam": true, "kiemtien": true, "sukien": true, "hoantien": true,
	"vongquay": true, "hanmuc": true, "daohan": true, "dangky": true, "quetthe": true, "cskh": false,
	// drainer sites dressed as a chain's own tools; Vietnamese gambling
	// brands scam sites borrow (kubet, sunwin, hitclub, go88, fb88) and
	// the game-event lures (giftcode, free fire, liên quân, play together)
	"protocol": true, "mainnet": true, "multichain": true, "validator": true, "validators": true, "launchpad": true,
	"dapp": true, "rpc": false, "fix": false, "hotlive": true, "clmm": true, "kubet": true, "sunwin": true,
	"hitclub": true, "go88": true, "fb88": true, "w88": false, "789bet": true, "giftcode": true, "freefire": true,
	"lienquan": true, "playtogether": true,
	// written for this pass from everyday Vietnamese, not from the
	// training lists: topping up and cashing out (nạp tiền, rút tiền,
	// nạp thẻ, đổi thưởng), card and betting games (game bài, đánh bài,
	// soi kèo, soi cầu, tỷ lệ kèo, lô đề, đá gà), loans paid out (giải
	// ngân) and the task scams' recruiting (cộng tác viên, việc tại nhà);
	// the English words of betting sites
	"naptien": true, "ruttien": true, "napthe": true, "doithuong": true, "gamebai": true, "danhbai": true,
	"soikeo": true, "soicau": true, "tylekeo": true, "lode": false, "daga": false, "giaingan": true,
	"congtacvien": true, "viectainha": true, "jackpot": true, "baccarat": true, "poker": false,
}

// names is the lexicon of domainWords and schemeWords together.
var names = newLexicon(domainWords, schemeWords)

// DomainWord reports whether w is one of the words phishing names are
// built from to ask for an account: account, verify, gift, nitro,
// xacthuc. Scheme words are not among them.
func DomainWord(w string) bool {
	_, ok := domainWords[w]
	return ok
}

// SchemeWord reports whether w names a scheme rather than an account:
// airdrop, migrate, dapps, taixiu, vaytien.
func SchemeWord(w string) bool {
	_, ok := schemeWords[w]
	return ok
}

// NameWords returns the words of DomainWords and SchemeWords a label is
// built from, each once (nitro is not counted again inside freenitro),
// always in the same order.
func NameWords(label string) []string {
	var f wordList
	names.find(label, &f)
	return append([]string(nil), f.w[:f.n]...)
}

// wordList holds the words found in a name, without allocating.
type wordList struct {
	n int
	w [8]string
}

func (f *wordList) add(w string) {
	for _, g := range f.w[:f.n] {
		if g == w || strings.Contains(g, w) {
			return
		}
	}
	if f.n < len(f.w) {
		f.w[f.n] = w
		f.n++
	}
}

// lexicon is a set of words a name is read for. Each word counts as a
// hyphen-separated word of the name; those marked so count inside longer
// words too, as written or in the skeleton (nltro-gifts is nitro-gifts).
type lexicon struct {
	words map[string]bool
	// inside are the words that count inside longer ones, the longest
	// first, so that a word inside another (nitro in freenitro) is not
	// counted twice, and the same name always gives the same words: in
	// map order it gave one word or two, and its score varied from one
	// run to the next.
	inside []insideWord
	// byWord and bySkel index inside by the first two bytes of each
	// word and of its skeleton (pairIndex): find looks, at each place
	// of a name, only at the words that could start there, instead of
	// searching the name for every word (about 7,500 instructions a
	// name, most of a new host's features). Each holds, for pair p,
	// the indexes into inside at [start[p], start[p+1]) of list.
	byWord, bySkel pairTable
	// short: indexes into inside of words whose word or skeleton is
	// shorter than two bytes, looked for as before (none are)
	short []uint8
}

// insideWord is a word looked for inside longer ones, with its skeleton.
type insideWord struct {
	word, skel string
}

// pairTable lists indexes into lexicon.inside by a pair of bytes of the
// word or the skeleton (key) of each.
type pairTable struct {
	start [1<<12 + 1]uint16
	list  []uint8
	key   []string // by index into inside
}

// pairIndex folds two bytes into 12 bits; words that share it are told
// apart by comparing them.
func pairIndex(a, b byte) int { return int(a&63)<<6 | int(b&63) }

// newPairTable indexes the words key returns for each of inside.
func newPairTable(inside []insideWord, key func(*insideWord) string) pairTable {
	var t pairTable
	var count [1 << 12]int
	for i := range inside {
		t.key = append(t.key, key(&inside[i]))
		if k := t.key[i]; len(k) >= 2 {
			count[pairIndex(k[0], k[1])]++
		}
	}
	n := 0
	for p := range count {
		t.start[p] = uint16(n)
		n += count[p]
	}
	t.start[len(count)] = uint16(n)
	t.list = make([]uint8, n)
	var at [1 << 12]int
	for i, k := range t.key {
		if len(k) >= 2 {
			p := pairIndex(k[0], k[1])
			t.list[int(t.start[p])+at[p]] = uint8(i)
			at[p]++
		}
	}
	return t
}

// mark sets in seen the index of each word of inside shorter than n
// whose key s holds.
func (t *pairTable) mark(seen *[4]uint64, inside []insideWord, s []byte, n int) {
	for i := 0; i+1 < len(s); i++ {
		p := pairIndex(s[i], s[i+1])
		for _, k := range t.list[t.start[p]:t.start[p+1]] {
			if len(inside[k].word) < n && bytes.HasPrefix(s[i:], []byte(t.key[k])) {
				seen[k>>6] |= 1 << (k & 63)
			}
		}
	}
}

func wordOf(w *insideWord) string { return w.word }
func skelOf(w *insideWord) string { return w.skel }

func newLexicon(sets ...map[string]bool) *lexicon {
	x := &lexicon{words: make(map[string]bool)}
	for _, ws := range sets {
		for w, inside := range ws {
			x.words[w] = inside
			if inside {
				sk := brand.Skeleton(w)
				x.inside = append(x.inside, insideWord{word: w, skel: sk})
			}
		}
	}
	slices.SortFunc(x.inside, func(a, b insideWord) int {
		if len(a.word) != len(b.word) {
			return len(b.word) - len(a.word)
		}
		return strings.Compare(a.word, b.word)
	})
	if len(x.inside) > 256 {
		panic("model: more than 256 words counted inside longer ones")
	}
	x.byWord, x.bySkel = newPairTable(x.inside, wordOf), newPairTable(x.inside, skelOf)
	for i := range x.inside {
		if len(x.inside[i].word) < 2 || len(x.inside[i].skel) < 2 {
			x.short = append(x.short, uint8(i))
		}
	}
	return x
}

// find adds the words of the lexicon a label is built from to f.
func (x *lexicon) find(label string, f *wordList) {
	for i := 0; i < len(label); {
		j := i
		for j < len(label) && label[j] != '-' && label[j] != '_' {
			j++
		}
		if _, ok := x.words[label[i:j]]; ok && j > i {
			f.add(label[i:j])
		}
		i = j + 1
	}
	var jb, sb [64]byte
	joined := dropHyphens(append(jb[:0], label...))
	skel := dropHyphens(brand.AppendSkeleton(sb[:0], label))
	// the words inside, in the order of inside (the longest first) as
	// if each were looked for in turn
	var seen [4]uint64
	x.byWord.mark(&seen, x.inside, joined, len(joined))
	x.bySkel.mark(&seen, x.inside, skel, len(joined))
	for _, k := range x.short {
		w := &x.inside[k]
		if len(joined) > len(w.word) && (bytes.Contains(joined, []byte(w.word)) || bytes.Contains(skel, []byte(w.skel))) {
			seen[k>>6] |= 1 << (k & 63)
		}
	}
	for b := range seen {
		for m := seen[b]; m != 0; m &= m - 1 {
			f.add(x.inside[b<<6+bits.TrailingZeros64(m)].word)
		}
	}
}

func dropHyphens(b []byte) []byte {
	w := 0
	for _, c := range b {
		if c != '-' {
			b[w] = c
			w++
		}
	}
	return b[:w]
}
