package bot

// Home, car, family and relationship words in the free-form part of a
// link on a host anyone can use (host51). host49 taught slugName
// (slug47's reader of shortened names, forms' and files' ids, IPFS
// uploads, hosting platforms' and site builders' tenants and cloud
// buckets) a theme's object beside its act, host50 the public services'
// words; the impostor pages of rentals, escrow and closings, car sales
// and recalls, ride-hailing drivers' bonuses, pets for sale, dating
// verifications, weddings, school fees and kids' game currencies name
// themselves with other words (sites.google.com/view/tenant-deposit-return,
// forms.gle/RentDepositRefund7, escrow-closing-wire.netlify.app,
// cutt.ly/datcoc-phongtro, rb.gy/petshipping-fee) and read low. No new
// reader: these words are host49's kinds of word, added to its
// vocabulary (themeVocab) and to the words slugHasAnchor looks for, so
// that links holding none of them pay nothing more.
//
//   - homeObjects: what such a notice is about — a rental, a lease, a
//     tenant, a landlord, escrow, a closing, a car, its vin, a recall, a
//     driver's bonus, a puppy, a kitten, a pet's shipping, a dating
//     match, a private video, a wedding, a gift, a school, its lunch
//     account, daycare, robux and v-bucks; Vietnamese syllables run
//     together (thuenha, phongtro, chunha, xethanhly, taixe, thuong,
//     phuhuynh, thiepcuoi, hendho, anhnong, capcuu);
//   - slugHomeActs: what it asks (a deposit, a wire, funds released, a video
//     unlocked; đặt cọc, chuyển tiền, nhận thưởng, giữ chỗ);
//   - homeOwed: objects a weak act beside is a demand of (a lunch
//     account's balance due, a pet's shipping fee, rent due);
//   - homeQuiet: words read beside an anchor but no anchor themselves
//     (đóng, "pay", is a syllable of place names: Đồng Nai).
//
// A finding whose words are this theme's says so (slug_home): a real
// landlord, dealer, breeder, school or app sends its own site's link.

// homeObjects are what a rental's, a car sale's, a pet sale's, a
// dating app's, a wedding's, a school's or a kids' game's notice is
// about.
var homeObjects = setOf("rental", "rentals", "rent", "lease", "tenant", "tenants", "landlord", "escrow",
	"closing", "apartment", "mortgage", "car", "cars", "vin", "recall", "driver", "drivers", "bonus", "puppy",
	"puppies", "kitten", "kittens", "pet", "pets", "petshipping", "crate", "dating", "match", "private", "wedding",
	"gift", "school", "lunch", "daycare", "robux", "vbucks",
	// thuê nhà, phòng trọ, nhà trọ, căn hộ, chủ nhà, xe thanh lý, tài
	// xế, thưởng, phụ huynh, thiệp cưới, hẹn hò, ảnh nóng, cấp cứu
	"thuenha", "phongtro", "nhatro", "canho", "chunha", "xethanhly", "taixe", "thuong", "phuhuynh", "thiepcuoi",
	"hendho", "anhnong", "capcuu")

// slugHomeActs are what such a notice asks of its reader.
var slugHomeActs = setOf("deposit", "deposits", "wire", "wired", "wiring", "unlock", "release",
	// đặt cọc, chuyển tiền, nhận thưởng, giữ chỗ
	"datcoc", "chuyentien", "nhanthuong", "giucho")

// homeOwed are the homeObjects a weak act beside (due, balance, fee) is a
// demand of: a lunch account's balance, rent, tuition, a pet's shipping
// (lunch-balance-due, petshipping-fee).
var homeOwed = setOf("lunch", "rent", "daycare", "petshipping", "crate", "escrow")

// homeQuiet are words read beside an anchor but no anchor themselves:
// đóng (pay) is a syllable of many names (Đồng Nai, Hồng Đông).
var homeQuiet = setOf("dong")

// homeVocab adds this theme's bits to the vocabulary slugReader.word
// reads (themeVocab calls it).
func homeVocab(v map[string]byte) {
	for w := range homeObjects {
		v[w] |= slugThemeObj
	}
	for w := range slugHomeActs {
		v[w] |= slugThemeAct
	}
	for w := range homeQuiet {
		v[w] |= slugThemeAct
	}
}

// homeAlone reports whether a theme's object read alone in an upload's
// page file or an id no one names makes a notice: never one of this
// theme's, a subject people's own forms and files are named for
// (forms.gle/WeddingRSVPlan, page48-benignh; a school's, a pet's, a
// car's).
func homeAlone(r *slugReader) bool { return !homeObjects[r.themeObj] }

// homeFinding reports whether a theme's words read are this theme's
// (the finding's detail says so).
func homeFinding(obj, act string) bool {
	return homeObjects[obj] && !themeObjects[obj] && !civicObjects[obj] || slugHomeActs[act] && !themeActs[act]
}

func init() {
	for k, v := range map[string][2]string{
		"slug_home": {"%[1]s is named, in the words its address hides, for a rental's, an escrow's, a car sale's, a driver's, a pet sale's, a dating app's, a wedding's or a school's notice (%[2]s) on a host anyone can use; a real landlord, agent, dealer, breeder, app or school sends its own site's link",
			"%[1]s được đặt tên, bằng các từ giấu trong địa chỉ, theo một thông báo đặt cọc thuê nhà, mua bán xe, thưởng tài xế, thú cưng, hẹn hò, thiệp cưới hay học phí (%[2]s) trên một nền tảng ai cũng dùng được; chủ nhà, đại lý, trại thú cưng, ứng dụng hay trường thật gửi liên kết trang của chính họ"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
