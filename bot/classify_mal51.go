package bot

import "strings"

// Malware aimed at renters, home owners, drivers, parents and couples
// (mal51). mal50's readings of a notice's paper (judgeCivicPaper) and of
// a share's download by an id (judgeCivicShare) knew a tax office's, a
// court's, a utility's and a clinic's papers; a household's were missed:
//
//   - a household's paper (homePaperWord: a lease, a tenancy or rent
//     agreement, a rental application, a deed, an appraisal, a bill of
//     sale, a car title, a vehicle history report, a move-in inspection,
//     a report card or a transcript, an enrollment form, a wedding
//     invitation, a vet certificate, a vaccination record, a pet
//     passport; Vietnamese hợp đồng (thuê nhà), giấy tờ xe, ảnh nhà,
//     thiệp cưới, bảng điểm, học bạ, đặt cọc, sổ đỏ) as a program, a
//     script or a disk image where anyone puts files or on a stranger's
//     site: deletes, as a notice's paper does (nobody's landlord, dealer,
//     school or vet sends one so); as an archive where anyone puts files:
//     warns — but photos (listing photos, wedding photos) are delivered
//     as archives by photographers and agents every day and are read
//     only as a program;
//   - a share's download naming no file whose id names such a paper
//     (gofile.io/d/RentalApplication, we.tl/t-ListingPhotos4Bd,
//     1drv.ms/u/s!SchoolReport_Term2, uc?export=download&id=1GiayToXe):
//     a file host's, Drive's or WeTransfer's ids are drawn at random, and
//     one that spells a household's paper was written to be read as one:
//     warns (wShareBait), with an archive's password besides deletes.
//
// A weak word (a rental, an application, photos, a title, a receipt, a
// report) says a paper only beside another of the household's words
// (RentalApplication, Car_Title, SchoolReport, PetHealthCert), so a
// project's Release_Notes or a model's Title_Embeddings is no paper.
// mal49's cheat reading (judgeCheatTool) learns kids' games and their
// currencies as topics (roblox, robux, fortnite, vbucks, minecraft,
// bedwars, brawl stars' gems, free fire's diamonds) and an executor, an
// aimbot, a mod menu as a cheat's tools; a Java archive served from
// Discord's attachments named as a hack client (GhostClient.jar,
// MeteorPlus_Hack.jar: hackClientJar) is read as one. The household's
// papers, the games and the packages (classify_typo51.go) are written by
// hand from general knowledge; all readings run at run time only.

// homeStrong are a household's papers' words that name a paper alone
// (lower case, one word as file names and ids are written; Vietnamese
// joined without its marks).
var homeStrong = setOf("lease", "leases", "tenancy", "sublease", "subletting", "deed", "deeds", "billofsale",
	"appraisal", "escrow", "mortgage", "preapproval", "movein", "moveout", "floorplan", "floorplans", "reportcard",
	"transcript", "transcripts", "enrollment", "enrolment", "permissionslip", "rsvp", "vaccination", "vaccinations",
	"pedigree", "petpassport", "vehiclehistory", "carfax", "titledeed",
	// Vietnamese: hợp đồng (thuê), giấy tờ (xe), ảnh nhà, thiệp cưới,
	// thiệp mời, ảnh cưới, bảng điểm, học bạ, đặt cọc, sổ đỏ, sổ hồng,
	// đăng kiểm, cà vẹt
	"hopdong", "hopdongthue", "thuenha", "anhnha", "giayto", "giaytoxe", "thiepcuoi", "thiepmoi", "anhcuoi",
	"bangdiem", "hocba", "datcoc", "sodo", "sohong", "dangkiem", "cavet")

// homeWeak are a household's words that say a paper only beside another
// of homeStrong's or homeWeak's (RentalApplication, Car_Title_Transfer,
// ListingPhotos, PetHealthCert, Bill_Of_Sale).
var homeWeak = setOf("rental", "rent", "application", "agreement", "title", "photos", "pictures", "pics",
	"listing", "property", "house", "home", "apartment", "condo", "inspection", "deposit", "receipt", "inventory",
	"closing", "purchase", "sale", "wedding", "engagement", "invitation", "report", "card", "school", "daycare",
	"certificate", "cert", "vet", "passport", "pet", "puppy", "kitten", "health", "vehicle", "car", "registration",
	"history", "transfer", "move", "moving", "checklist", "landlord", "tenant", "realtor", "bill", "term", "semester", "grades")

// homeViPair is a Vietnamese paper written apart, syllable by syllable
// (Hop_Dong, BangDiem_HK1, Giay_To_Xe): first then second, named by
// phrase.
type homeViPair struct{ first, second, phrase string }

// homeViPairs are a household's papers in Vietnamese written apart: hợp
// đồng, giấy tờ, thuê nhà, ảnh nhà, ảnh cưới, thiệp cưới, thiệp mời,
// bảng điểm, học bạ, đặt cọc, đăng kiểm, cà vẹt, sổ hồng. Their
// syllables (xe, mới, bản, anh, đồng, ba, đặt, mua, học, nhà) are among
// the language's commonest and name a paper only in such a pair, one
// right after the other: DuaXe_Moi.exe (a racing game), BanDo_XeBuyt (a
// bus map) are no papers (rev51b). tờ is no word of its own (How_To)
// but second to giấy.
var homeViPairs = []homeViPair{{"hop", "dong", "hop dong"}, {"giay", "to", "giay to"}, {"thue", "nha", "thue nha"},
	{"anh", "nha", "anh nha"}, {"anh", "cuoi", "anh cuoi"}, {"thiep", "cuoi", "thiep cuoi"},
	{"thiep", "moi", "thiep moi"}, {"bang", "diem", "bang diem"}, {"hoc", "ba", "hoc ba"}, {"dat", "coc", "dat coc"},
	{"dang", "kiem", "dang kiem"}, {"ca", "vet", "ca vet"}, {"so", "hong", "so hong"}}

// homePhotos are the weak words of photos: a photographer's or an
// agent's archive of them is the usual delivery, read only as a program.
var homePhotos = setOf("photos", "pictures", "pics")

// homeWords reads a file's stem or a share's id as a household's paper:
// the first word that names one (a strong word, a Vietnamese pair of
// homeViPairs, or the first of two weak ones, with no program's word
// beside them: civicTools), and whether
// it names photos (Wedding_Photos, ListingPhotos: no strong word, a
// photo's word among the weak ones). The
// words are split at marks, digits and where a capital follows a small
// letter; a word longer than 32 letters is passed over. It does not
// allocate: the returned word is the table's own key.
func homeWords(s string) (w string, photos bool) {
	var buf [32]byte
	weak, first, strong, tool := 0, "", "", false
	vi := -1 // the pair whose first syllable the last word was
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) && !(s[j] >= 'A' && s[j] <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z') {
			j++
		}
		if j-i > len(buf) {
			i = j
			continue
		}
		n := 0
		for k := i; k < j; k++ {
			buf[n] = s[k] | 0x20
			n++
		}
		i = j
		if vi >= 0 && homeViPairs[vi].second == string(buf[:n]) && strong == "" {
			strong = homeViPairs[vi].phrase
		}
		vi = -1
		for p := range homeViPairs {
			if homeViPairs[p].first == string(buf[:n]) {
				vi = p
				break
			}
		}
		if k, ok := tableKey(homeStrongList, string(buf[:n])); ok {
			if strong == "" {
				strong = k
			}
			continue
		}
		if civicTools[string(buf[:n])] {
			tool = true
		}
		if k, ok := tableKey(homeWeakList, string(buf[:n])); ok {
			weak++
			if first == "" {
				first = k
			}
			if homePhotos[k] {
				photos = true
			}
		}
	}
	switch {
	case strong != "":
		return strong, false
	case weak >= 2 && first != "" && !tool: // Car_Report_Viewer, Smart_Home_Card_Tool: a program for the papers
		return first, photos
	}
	return "", false
}

// homeStrongList and homeWeakList are the tables' keys in order, for
// tableKey (a key that outlives the caller's buffer).
var homeStrongList, homeWeakList = sortedKeys(homeStrong), sortedKeys(homeWeak)

// homePaperWord returns the household's paper's word a file's name (its
// stem, before the first dot) is made of, or "", and whether the name is
// only of photos (read as a program only).
func homePaperWord(file string) (string, bool) {
	stem := file
	if i := strings.IndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	if stem == "" || len(stem) > 64 {
		return "", false
	}
	return homeWords(stem)
}

// homeIDWord returns the household's paper's word a share's id spells
// (RentalApplication, t-ListingPhotos4Bd, s!SchoolReport_Term2,
// 1GiayToXe, a query's id=1TenancyAgreementXk2), or "". An id longer
// than 96 bytes is not read.
func homeIDWord(id string) string {
	if len(id) > 96 {
		return ""
	}
	w, _ := homeWords(id)
	return w
}

// gameTopics are kids' and teens' games and their currencies, read by
// mal49's cheat reading as a cheat's topics (a Robux generator, a
// Fortnite aimbot, a Blox Fruits auto farm, a Minecraft hack client).
var gameTopics = []string{"roblox", "rbx", "robux", "bloxfruits", "blox", "fortnite", "vbucks", "vbuck",
	"minecraft", "bedwars", "skywars", "hypixel", "brawl", "brawlstars", "gems", "freefire", "diamonds", "pubg",
	"genshin", "primogems", "valorant", "pokemongo", "pokego", "pogo", "amongus", "fivem", "stumble", "coinmaster",
	"spins", "adoptme"}

// gameTools are a game cheat's tools (an executor, an aimbot, a
// wallhack, a mod menu), read as mal49's strong cheat words.
var gameTools = []string{"executor", "executors", "aimbot", "wallhack", "triggerbot", "killaura", "modmenu",
	"esphack"}

// gameTopic holds gameTopics, for gameCheatWeak.
var gameTopic = setOf(gameTopics...)

// gameOwnTools are mal49's weak tools' words that name players' own
// tools beside a game's name (a seed finder, a Hypixel helper).
var gameOwnTools = setOf("finder", "helper")

// gameCheatWeak reports a cheat's name read by its game only beside a
// tool's word that names players' own tools (gameOwnTools): left to the
// other readings. A game's bot, farm or tool is read (eval18's malware
// lost one line when they were left too).
func gameCheatWeak(c *cheatName) bool {
	return gameTopic[c.topic] && c.strong == "" && gameOwnTools[c.tool]
}

func init() {
	for _, w := range gameTopics {
		cheatTopics[w] = true
	}
	for _, w := range gameTools {
		cheatTools[w], strongCheats[w] = true, true
	}
	cheatTopicList, cheatToolList = sortedKeys(cheatTopics), sortedKeys(cheatTools)
}

// hackWords are the words a Minecraft or a game hack client's jar is
// named with (a ghost client, a hacked client, a crasher, an exploit).
// A crash's, a dupe's or an exploit's plain word names a mod's own fix
// (CrashFix.jar, DupeFix) and is left out.
// A ghost alone names mods' own things (GhostBlockFix, Ghost-Mobs): it
// is read only beside a client (Ghost_Client.jar).
var hackWords = setOf("hack", "hacks", "hacked", "hackclient", "ghostclient", "cheat", "cheats", "cracked",
	"crack", "killaura", "xray", "crasher", "aimbot", "injector", "executor", "nuker", "duper")

// hackGhost and hackClient are a ghost client's words written apart.
var hackGhost, hackClient = setOf("ghost"), setOf("client")

// hackDefence are the words of a server's defence against hack clients
// (an anticheat, NoCheatPlus, an anti-xray, an xray detector, a checker,
// a fix): a server's admins hand such plugins around their channels
// every day, and a hack's word beside one is the thing it stops (rev51b).
var hackDefence = setOf("anti", "anticheat", "antixray", "antihack", "no", "nocheat", "detector", "detect",
	"detection", "guard", "checker", "check", "fix", "fixes", "patch", "blocker", "protect", "protection", "ac")

// hackClientJar reports a Java archive served from Discord's
// attachments (host) named as a hack client or a game's exploit (stem:
// the file's name before its first dot): a mod's real builds are
// published on Modrinth, CurseForge or the mod's forge, and a jar handed
// around a server's channel named as a hack is how stealers reach the
// players who run it.
func hackClientJar(host, stem string) bool {
	if host != "cdn.discordapp.com" && host != "media.discordapp.net" {
		return false
	}
	if nameWords(stem, hackDefence, nil) > 0 {
		return false // NoCheatPlus, Vulcan-AntiCheat, XrayDetector, GhostBlockFix: a server's defence
	}
	return nameWords(stem, hackWords, nil) > 0 || nameWords(stem, hackGhost, nil) > 0 && nameWords(stem, hackClient, nil) > 0
}

// The readings' findings, in English and Vietnamese (kept here, beside
// the readings, as mal50's are).
func init() {
	for k, v := range map[string][2]string{
		"home_paper": {
			"%s serves %s, named as a household's paper (%q) but an archive, a program, a script or a page that runs a script: landlords, agents, dealers, schools and vets send leases, titles, reports and certificates as documents or on their own sites, and a wrapped one is how stealers reach renters, buyers and parents",
			"%s phát tán %s, đặt tên như giấy tờ của gia đình (%q) nhưng là tệp nén, chương trình, kịch bản hoặc trang chạy kịch bản: chủ nhà, môi giới, đại lý xe, trường học và bác sĩ thú y gửi hợp đồng, giấy tờ xe, bảng điểm và giấy chứng nhận dưới dạng tài liệu hoặc trên trang của họ, và một tệp bị đóng gói là cách mã độc đánh cắp dữ liệu tiếp cận người thuê nhà, người mua và phụ huynh"},
		"home_share": {
			"the link %[1]s downloads a file shared on %[2]s by an id, with no name to judge it by, its id spelling %[3]s: a file host's ids are drawn at random, and one that names a lease, a car's papers, a school report or a family's photos was written to be opened as one — how stealers reach renters, buyers and parents",
			"liên kết %[1]s tải về một tệp chia sẻ trên %[2]s bằng mã, không có tên để xét, mã của nó ghi %[3]s: mã của dịch vụ lưu trữ tệp là ngẫu nhiên, và một mã ghi hợp đồng, giấy tờ xe, bảng điểm hay ảnh gia đình được đặt ra để người nhận mở — cách mã độc đánh cắp dữ liệu tiếp cận người thuê nhà, người mua và phụ huynh"},
		"hack_jar": {
			"%s serves %s, a Java archive named as a game's hack client or exploit (%q) handed around a chat: mods are published on their own sites and forges, and a hack client's jar is how stealers reach the players who run it",
			"%s phát tán %s, tệp Java đặt tên như bản hack hoặc khai thác lỗi trò chơi (%q) được chuyền tay trong nhóm chat: bản mod thật được phát hành trên trang riêng và kho mã, và tệp jar hack là cách mã độc đánh cắp dữ liệu tiếp cận người chơi chạy nó"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
