package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Group invites. Paid-task, "trading signals" and betting schemes recruit
// into a messenger's group (t.me/+…, t.me/joinchat/…, zalo.me/g/…,
// chat.whatsapp.com/…): the invite's host is the messenger's own and its
// path a random code, so nothing in the link says what the group is. The
// message says it: a scheme's own phrases (việc nhẹ lương cao, làm nhiệm
// vụ, nạp đầu) or a promise of money by the day or the week with the
// words of tasks, trading or betting. Communities and employers post
// invites too, with neither, or with a wage for work at a place
// (employerWage). Weighed by hand: the training data has no
// messages of the kind.
const (
	// one sign of a scheme beside an invite: warns
	wInviteScheme = 0.7
	// two (a scheme's phrase and a promise of money, or two schemes'
	// phrases): deletes
	wInviteSchemes = 0.85
)

// inviteLink reports a link that invites into a messenger's group: a
// Telegram invite (t.me/+CODE, t.me/joinchat/CODE), a Zalo group
// (zalo.me/g/CODE) or a WhatsApp group (chat.whatsapp.com/CODE), with
// or without www. before the host (www.zalo.me/g/CODE goes to the same
// group).
func inviteLink(l *linkx.Link) bool {
	switch strings.TrimPrefix(l.Host, "www.") {
	case "t.me", "telegram.me", "telegram.dog":
		return strings.HasPrefix(l.Path, "/+") || strings.HasPrefix(l.Path, "/joinchat/")
	case "zalo.me":
		return strings.HasPrefix(l.Path, "/g/") && len(l.Path) > len("/g/")
	case "chat.whatsapp.com":
		return len(l.Path) > 1
	}
	return false
}

// inviteSchemes are the lure categories of schemes that recruit into a
// group: paid tasks, quick loans, betting, and crypto's promises (an
// airdrop, "lợi nhuận cao", "double your").
var inviteSchemes = [lure.NumCategories]bool{lure.Job: true, lure.Loan: true, lure.Gambling: true, lure.Crypto: true}

// schemePhrases are how task and trading schemes recruit in English that
// the lure words do not hold: tasks paid by the piece, tips sold by
// their win rate (folded).
var schemePhrases = []string{"paid tasks", "simple tasks", "easy tasks", "complete tasks", "commission on every",
	"commission per order", "like and review", "rate products", "signals group", "vip signals", "win rate", "guaranteed profit"}

// judgeInvite finds a scheme's words (a strong phrase of inviteSchemes,
// one of schemePhrases, or a promise of money by the day or the week:
// moneyPromise) in a
// message (folded) that carries a group invite.
func judgeInvite(rs *reasons, folded []byte, invite *linkx.Link) {
	found := lure.FindFolded(folded)
	var what []string
	for cat, h := range found {
		if inviteSchemes[cat] && h.Weight >= lure.Strong {
			what = append(what, h.Phrase)
		}
	}
	for _, p := range schemePhrases {
		if containsWords(folded, p) {
			what = append(what, p)
			break
		}
	}
	if p := moneyPromise(folded); p != "" && !employerWage(folded) {
		what = append(what, p)
	}
	if len(what) == 0 {
		return
	}
	w := wInviteScheme
	if len(what) > 1 {
		w = wInviteSchemes
	}
	shown := linkx.Defang(invite.Unicode) + invite.Path
	rs.add(handRule(CodeGroupInvite, w, shown, say2("group_invite", shown, strings.Join(what, ", "))))
}

// promisePeriods are the folded words of a short period that a scheme
// promises money by (500k/ngày, $300 daily, 20%/tuần); a salary by the
// month or the hour is how employers write.
var promisePeriods = setOf("daily", "day", "week", "weekly", "ngay", "Ngay", "tuan") // ngày folds apart from ngay (lure.Fold)

// earnPhrases are the folded phrases of earnings without work or of
// trading returns; returnPhrases those of returns alone, beside which a
// small number (20 %/tuần, 10x a week) is a promise too.
var (
	earnPhrases   = []string{"earn", "earning", "earnings", "income", "commission", "thu nhap", "hoa hong", "kiem tien", "kiem them"}
	returnPhrases = []string{"profit", "profits", "returns", "loi nhuan"}
)

// moneyPromise returns the words of a promise of money by the day or the
// week in folded text that speaks of earnings or returns: an amount
// followed within three words by a short period (promisePeriods). An
// amount is a number of three digits or more, or one with a unit (500k,
// 1tr, 10x), or after kiếm ("kiếm 200k"); beside returns, any number. It
// returns "amount … period", or "" when there is none.
func moneyPromise(folded []byte) string {
	earns, returns := false, false
	for _, p := range earnPhrases {
		if containsWords(folded, p) {
			earns = true
			break
		}
	}
	for _, p := range returnPhrases {
		if containsWords(folded, p) {
			returns = true
			break
		}
	}
	words := strings.Fields(string(folded))
	for i, w := range words {
		if !amount(w, returns) && !(i > 0 && words[i-1] == "kiem" && amount(w, true)) {
			continue
		}
		if !earns && !returns && !(i > 0 && words[i-1] == "kiem") {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if promisePeriods[words[k]] {
				return w + " … " + words[k]
			}
		}
	}
	return ""
}

// amount reports a folded word that is a sum of money: three digits or
// more (300, 1000), or digits with a unit (500k, 1tr, 10x, 2m, 50usd);
// any number when small is true.
func amount(w string, small bool) bool {
	digits := 0
	for digits < len(w) && w[digits] >= '0' && w[digits] <= '9' {
		digits++
	}
	if digits == 0 {
		return false
	}
	switch w[digits:] {
	case "":
		return digits >= 3 || small
	case "k", "tr", "trieu", "m", "x", "usd", "usdt", "d":
		return true
	}
	return false
}

// hiringWords are the folded words of an employer's post (tuyển, hiring,
// an interview, a shift); easyWorkWords those of the work a scheme
// promises money for (online, at home, by phone, tasks, likes, reviews,
// no experience), which an employer's wage for work at a place lacks.
var (
	hiringWords = []string{"tuyen", "hiring", "needed", "phong van", "interview", "ca toi", "ca sang", "ca chieu", "shift", "shifts",
		"part time", "full time", "freelance"}
	easyWorkWords = []string{"online", "tai nha", "at home", "from home", "dien thoai", "phone", "viec nhe", "easy", "simple",
		"nhiem vu", "task", "tasks", "khong can kinh nghiem", "no experience", "like", "likes", "review", "reviews", "danh gia",
		"rut tien", "withdraw", "nap", "deposit", "moi don", "per order", "commission", "hoa hong"}
)

// employerWage reports a folded post that hires for work at a place
// (hiringWords, and none of easyWorkWords): its money by the day or the
// week is a wage (phụ bếp 350k/ngày, shippers 500k per day, translators
// $300 per week), not a scheme's promise.
func employerWage(folded []byte) bool {
	hiring := false
	for _, w := range hiringWords {
		if containsWords(folded, w) {
			hiring = true
			break
		}
	}
	if !hiring {
		return false
	}
	for _, w := range easyWorkWords {
		if containsWords(folded, w) {
			return false
		}
	}
	return true
}
