package bot

import "strings"

// A name made for a scam's business, with no brand in it (bizword48).
// The scam economy's sites are named for what they sell, not for a brand
// or a login: an investment or mining platform (steady-yield-capital.com,
// crypto-arbitrage-daily.net, usdt-staking-profit.com), a job that pays
// for tasks or orders (order-task-earn.vip, like-video-earn.site), an
// instant loan (fast-cash-loan-now.com, vay-tien-nhanh-24h.com), a shop
// closing down (warehouse-liquidation-sale.shop), a generator of free
// codes (giftcard-generator.net), a lucky spin, a prize or a survey
// (lucky-spin-prize.shop), a grant, a refund or lost funds to recover
// (unclaimed-funds-search.org, crypto-recovery-experts.com). The link
// model learned credential phishing, and the name lexicon holds
// phishing's words (login, verify, wallet), so such names passed with
// no finding at all. bizName reads a registrable label's words against
// the scam economy's word families (bizWords), English and Vietnamese,
// and weighs them with a promise's or an urgency's word, a number and a
// cheap ending: enough of them warn (wBizName), more delete
// (wBizNameStrong). A word of a tool, a news site, a guide or a warning
// about scams (calculator, news, tracker, scam) names another trade, and
// a part of the name that is no word it knows is someone's own name,
// which weighs against the reading (a venture firm's northwind-capital,
// a community's elixir-jobs).

const (
	// wBizName: a scam economy's name (bizName) warns alone, as a
	// notice's name does (wNoticeName)
	wBizName = 0.6
	// wBizNameStrong: a scam economy's name with more signs deletes,
	// as a brand's notice with more does (wBrandNoticeStrong)
	wBizNameStrong = 0.8
)

// bizWarnPoints and bizDeletePoints are the points (bizRead.points) a
// name needs to warn and to delete.
const (
	bizWarnPoints   = 3
	bizDeletePoints = 5
)

// Kinds of bizWords' words.
const (
	bizCore    = 'c' // a word of a family of the scam economy
	bizStrong  = 'C' // one the scam economy's names hold and few others do: three points
	bizPlain   = 'b' // a family's word real firms name themselves with too (capital, markets, jobs, outlet): a core word that needs a sign beside it
	bizSoft    = 's' // what a task scam asks (like, rate, order): counts beside a task's or a job's word
	bizPromise = 'p' // a promise or an urgency (fast, daily, guaranteed, vip)
	bizFiller  = 'f' // a word such names are padded with
	bizOther   = 'x' // a word of another trade: a tool, a news site, a guide, a warning
)

// Families of bizWords' core words, as bits.
const (
	famInvest = 1 << iota
	famAsset
	famTask
	famLoan
	famShop
	famGen
	famPrize
	famGrant
)

// bizWord is what bizWords says of a word: the word itself (a joined
// run of parts is read as it without a copy), its kind and, for a core
// word, its family.
type bizWord struct {
	word string
	kind byte
	fam  uint8
}

// bizWords are the words bizName reads, each with its kind and family.
var bizWords = func() map[string]bizWord {
	m := map[string]bizWord{}
	add := func(kind byte, fam uint8, ws string) {
		for _, w := range strings.Fields(ws) {
			m[w] = bizWord{w, kind, fam}
		}
	}
	// investment, trading and mining platforms
	add(bizCore, famInvest, `invest invests investing investment investments investor investors profit profits
		profitable yield yields quant staking stake mining miner miners copytrade arbitrage pips roi presale loi
		trade trades trading trader traders forex dividend dividends wealth asset assets signal signals options
		futures von`)
	add(bizPlain, famInvest, `capital fx fund funds markets returns income growth trust pool hedge bullion`)
	add(bizStrong, famInvest, `hyip doubler cloudmining hashpower binaryoptions sanvang sandautu`)
	// the coins and metals they take
	add(bizCore, famAsset, `crypto bitcoin btc eth usdt trx bnb defi vang`)
	add(bizPlain, famAsset, `gold`)
	// jobs that pay for tasks or orders
	add(bizCore, famTask, `task tasks earn earning earnings commission commissions wfh payout payouts microtask`)
	add(bizCore, famTask, `parttime recruit recruiting recruitment vacancy vacancies gig gigs`)
	add(bizPlain, famTask, `job jobs hiring hire salary remote`)
	add(bizStrong, famTask, `ordergrabbing grabbing workfromhome taskearn ordergrab graborder grabbingorder`)
	// loans
	add(bizCore, famLoan, `payday approval approved approve microloan microloans microcredit nocreditcheck
		lending lend lender lenders borrow advance installment`)
	add(bizPlain, famLoan, `loan loans cash credit debt`)
	add(bizStrong, famLoan, `paydayloan paydayloans cashadvance`)
	// shops closing down
	add(bizCore, famShop, `liquidation closeout megastore blowout megasale bigsale clearance`)
	add(bizPlain, famShop, `outlet outlets discount discounts sale sales`)
	add(bizStrong, famShop, `closingdown`)
	// generators of free codes and currency
	add(bizCore, famGen, `generator generators gen giftcard giftcards redeem vbucks gift gifts gems diamonds`)
	add(bizPlain, famGen, `codes coins hack hacks`)
	// lucky spins, prizes and surveys
	add(bizCore, famPrize, `lucky prize prizes winner winners jackpot reward rewards giveaway luckydraw spinwheel
		sweepstakes sweepstake winning congratulations spin spins draw bonus lottery lotto raffle`)
	add(bizPlain, famPrize, `wheel survey`)
	add(bizStrong, famPrize, `luckyspin`)
	// grants, relief, refunds, unclaimed and lost funds
	add(bizCore, famGrant, `refund refunds unclaimed recovery recover stimulus restitution chargeback`)
	add(bizCore, famGrant, `subsidy subsidies reimbursement`)
	add(bizPlain, famGrant, `grant grants relief compensation claim forgiveness assistance`)
	// the same in Vietnamese, syllables joined (vay tien, to borrow
	// money; kiem tien, to earn money; chot don, to close orders; hoa
	// hong, a commission; nhiem vu, a task; ctv, a collaborator; dau tu,
	// to invest; sinh loi, profit; giai ngan, to pay a loan out; hoan
	// tien, a refund; nhan qua, to receive a gift; vong quay, a wheel;
	// may man, lucky; tri an, gratitude; tuyen dung, hiring; luong, a
	// wage; viec lam, a job; lam viec, to work; tai nha, at home; viec
	// nhe, light work; luong cao, a high wage; rut tien, to withdraw;
	// lai suat, interest; trung thuong, to win a prize; giam gia, a
	// discount; thanh ly, a liquidation; xa kho, a stock cleared; mien
	// phi, free; uu dai, an offer)
	add(bizStrong, famLoan, `vay`)
	add(bizCore, famLoan, `giaingan`)
	add(bizCore, famTask, `kiemtien chotdon hoahong nhiemvu ctv congtacvien tuyendung luong nhanluong vieclam
		lamviec tainha donhang tuyen viecnhe luongcao rutien ruttien`)
	add(bizCore, famInvest, `dautu sinhloi loinhuan laisuat`)
	add(bizCore, famGrant, `hoantien`)
	add(bizCore, famPrize, `nhanqua nhanthuong vongquay mayman trian quatang trungthuong`)
	add(bizCore, famShop, `giamgia thanhly xakho`)
	// what a task scam asks beside its task's word
	add(bizSoft, famTask, `like likes click clicks ads rate rating review reviews order orders optimize data typing
		hotel products video videos pay grab boost`)
	// promises and urgency
	add(bizPromise, 0, `fast quick instant now today daily weekly easy guaranteed free vip steady stable passive
		double unlimited high smart sameday 24h 247 24x7 usd money dollar dollars emergency off bad nhanh ngay mienphi uudai`)
	// padding
	add(bizFiller, 0, `online hub club plan plans center centre pro ltd group global cloud ai bot robot app site web
		home us uk vn my your the and per from at to of for official master prime world platform team deal deals
		store shop luxury factory warehouse mega super best no check same day apply search plus asia binary all
		everything win work lam hang tien san nha member members customer
		loyalty experts expert lost`)
	// other trades: a tool, a news site, a guide, a school, a warning
	add(bizOther, 0, `news blog calculator calculators tracker trackers stats wiki guide guides academy school
		magazine journal podcast forum community tools tool api docs research report reports scam scams fraud
		watch alert alerts lawyer lawyers attorney tax taxes simulator insider insights compare
		comparison rates index analytics university college institute foundation`)
	return m
}()

// bizLongest is the longest word of bizWords, for splitRunInto.
const bizLongest = 16

// bizKnown reports whether a word is one of bizWords.
func bizKnown(w string) bool {
	_, ok := bizWords[w]
	return ok
}

// bizRead is what bizName found in a name.
type bizRead struct {
	points  int
	core    int   // distinct core words
	fams    uint8 // their families
	unknown int   // parts that are no word bizWords knows
	other   bool  // a word of another trade
	number  bool  // a run of digits
	plain   int   // distinct core words real firms name themselves with too (bizPlain)
	soft    int   // distinct soft words
	promise int   // distinct promise words
	// first and second are the first two core words, for the reason;
	// sign is the first promise word, task the first soft one
	first, second, sign, task string
}

// bizName returns the first two scam economy's words of a registrable
// label (site.Label()) read as a scam's business name, and its weight:
// wBizName or wBizNameStrong, 0 when it is none. suffix is the public
// suffix: a cheap ending (abusedTLD) counts a point; a country's
// registry of papers (.vn) and a government's or a school's endings are
// not read.
func bizName(label, suffix string) (first, second string, w float64) {
	if len(label) < 6 || len(label) > 60 || bizSkipped(suffix) || strings.Contains(label, "scam") {
		return "", "", 0
	}
	r, ok := bizParts(label)
	if !ok || r.other || r.core == 0 || r.unknown > 2 {
		return "", "", 0
	}
	if r.core >= 2 && r.unknown == 1 {
		r.points++
	}
	r.points -= r.unknown
	if strings.IndexByte(label, '-') < 0 {
		// written run together, as a firm's own name is
		// (personalcapital, signalfx); the scam economy's names
		// hyphenate their words
		r.points--
	}
	if abusedTLD(suffix) > 0 {
		r.points++
	}
	switch {
	case r.points >= bizDeletePoints && r.core >= 2:
		w = wBizNameStrong
	case r.points >= bizWarnPoints:
		w = wBizName
	default:
		return "", "", 0
	}
	switch {
	case r.second != "":
	case r.sign != "":
		// one word of the families: the promise beside it
		r.second = r.sign
	case r.task != "" && r.fams&famTask != 0:
		// a task's word: what the task asks (typing-jobs-pay)
		r.second = r.task
	case abusedTLD(suffix) > 0:
		r.second = suffix
	default:
		r.second = r.first
	}
	return r.first, r.second, w
}

// bizSkipped reports whether bizName leaves names under suffix alone:
// .vn (registered with papers, bizActionName's reason too), and
// governments', schools' and armies' endings.
func bizSkipped(suffix string) bool {
	if vnEnding(suffix) {
		return true
	}
	for _, e := range [...]string{"gov", "edu", "mil", "int"} {
		if suffix == e || strings.HasPrefix(suffix, e+".") || strings.HasSuffix(suffix, "."+e) || strings.Contains(suffix, "."+e+".") {
			return true
		}
	}
	return false
}

// bizParts reads the hyphenated parts of a label: a run of up to three
// parts that joins into one of bizWords is read as it (Vietnamese writes
// a word's syllables apart: vay-tien, kiem-tien; work-from-home), a part
// is read as one word or split wholly into bizWords (cashloan,
// cloudminingusdt), or, in a hyphenated name, past a name of its own of
// three letters or more, into two of them or more (goldrushfx-invest:
// one unknown part); digits
// before or after a part count as a number. It is false when the label
// has more than eight parts or is an internationalized name (xn--); an
// empty part (a doubled hyphen) is skipped.
func bizParts(label string) (r bizRead, ok bool) {
	var parts [8]string
	n := 0
	if strings.HasPrefix(label, "xn--") {
		// an internationalized name's ASCII form, not words
		return r, false
	}
	for part := range strings.SplitSeq(label, "-") {
		if part == "" {
			// a doubled hyphen (daily--profit--crypto) joins the
			// same words (rev48c)
			continue
		}
		if n == len(parts) {
			return r, false
		}
		parts[n] = part
		n++
	}
	var seen [8]string
	ns := 0
	var joined [64]byte
	var split [8]string
	for i := 0; i < n; {
		// the longest run of two or three parts that joins into a word
		j := i + 1
		for k := min(n, i+3); k > i+1; k-- {
			b := joined[:0]
			for _, p := range parts[i:k] {
				b = append(b, p...)
			}
			if len(b) <= bizLongest {
				if bw, found := bizWords[string(b)]; found {
					r.add(bw.word, bw, &seen, &ns)
					j = k
					break
				}
			}
		}
		if j > i+1 {
			i = j
			continue
		}
		p := parts[i]
		i++
		if bw, found := bizWords[p]; found {
			r.add(p, bw, &seen, &ns)
			continue
		}
		if d := digitRun(p); d > 0 {
			r.number, p = true, p[d:]
		}
		if t := strings.TrimRight(p, "0123456789"); t != p {
			r.number, p = true, t
		}
		if p == "" {
			continue
		}
		if bw, found := bizWords[p]; found {
			r.add(p, bw, &seen, &ns)
			continue
		}
		if k, done := splitRunInto(p, split[:], 0, bizKnown, bizLongest); done {
			for _, w := range split[:k] {
				r.add(w, bizWords[w], &seen, &ns)
			}
			continue
		}
		r.unknown++
		if n == 1 {
			// a name run together past a name of its own reads as a
			// firm's (bizName weighs both against it): not looked at
			continue
		}
		// a name of its own before two words or more (goldrushfx-invest)
		for s := 3; s+4 <= len(p); s++ {
			if k, done := splitRunInto(p[s:], split[:], 0, bizKnown, bizLongest); done && k >= 2 {
				for _, w := range split[:k] {
					r.add(w, bizWords[w], &seen, &ns)
				}
				break
			}
		}
	}
	if r.soft > 0 && r.fams&famTask != 0 {
		r.points += min(r.soft, 2)
	}
	r.points += min(r.promise, 2)
	if r.core >= 2 {
		// two of the families' words or more
		r.points++
	}
	if r.number {
		r.points++
	}
	if r.plain == r.core && r.promise == 0 && !r.number && (r.soft == 0 || r.fams&famTask == 0) {
		// only words real firms name themselves with, and no sign
		// beside them: a fund's capital-markets, a job board's
		// remote-jobs, a tyre shop's wheel-outlet, a charity's
		// debt-relief (rev48c)
		r.points--
	}
	return r, true
}

// add counts word w of kind bw once (seen holds the ns words counted).
func (r *bizRead) add(w string, bw bizWord, seen *[8]string, ns *int) {
	for _, s := range seen[:*ns] {
		if s == w {
			return
		}
	}
	if *ns < len(seen) {
		seen[*ns] = w
		*ns++
	}
	switch bw.kind {
	case bizCore, bizStrong, bizPlain:
		r.core++
		if bw.kind == bizPlain {
			r.plain++
		}
		r.fams |= bw.fam
		r.points++
		if bw.kind == bizStrong {
			r.points += 2
		}
		if r.first == "" {
			r.first = w
		} else if r.second == "" {
			r.second = w
		}
	case bizSoft:
		r.soft++
		if r.task == "" {
			r.task = w
		}
	case bizPromise:
		r.promise++
		if r.sign == "" {
			r.sign = w
		}
	case bizOther:
		r.other = true
	}
}

func init() {
	for k, v := range map[string][2]string{
		"biz_name": {
			"%[1]s is named for a scam's business (%[2]s, %[3]s) and no brand's, as the sites of fake investment, task, loan, shop, generator, prize and grant scams are",
			"%[1]s được đặt tên theo một kiểu làm ăn lừa đảo (%[2]s, %[3]s) chứ không theo thương hiệu nào, như các trang lừa đầu tư, làm nhiệm vụ, vay tiền, bán hàng, tạo mã, trúng thưởng và trợ cấp giả",
		},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
