package brand

// Study are the platforms students learn, sit exams, apply, borrow and
// publish through (study49): learning-management systems, MOOCs and
// course marketplaces, language apps, homework and plagiarism checkers,
// exam and test boards and their proctors, admission and student-loan
// services, scholarly publishers, and Vietnam's learning sites. Their
// impostors name a page after the platform and what its notice to a
// student is about: a grade, a certificate, a result, an exam's
// booking, a licence or a subscription, an account to verify
// (coursera-certificate-claim, turnitin-licence-renewal,
// moodle-grade-appeal, hocmai-xacnhan), or misspell
// its name by a slip of the hand (udemyy, courserra, duollingo). They
// are protected at run time, as Runtime's brands are (the trainer reads
// links without them), and joined to Runtime when the package starts.
//
// Every one is a Tool brand: teachers, students and developers name
// their courses, plug-ins, prep sites and notes after them
// (moodle-plugin-attendance, ielts-writing-tips, coursera-notes), so
// the name is read only in a stranger's registrable name. Names that
// are words or names of their own, or that prep schools and plug-ins
// put in their own names every day (moodle, blackboard, springer,
// academia), are Beside brands: read only whole beside a notice's words
// (Match.NoticeName), never alone or inside another word (moodlerooms,
// blackboardpaint). The exam boards' test names (IELTS, TOEFL, TOEIC)
// and Pearson's own are no brands here: prep schools' and study apps'
// own sites are named ielts-exam, toeic-test, ielts-docs, pearson-test
// by the thousand; a stranger's name made of them and a student's
// notice's demand is read as a brandless student's notice's
// (studyName: ielts-result-lookup.online). All but Udemy's, Chegg's and
// vnEdu's names (five letters: read whole or by their look) are Words:
// read whole or by their look, and slipped by a hand when of seven
// letters or more (WordTypo: courserra, turnitinn), never an edit away
// as Names are (cambridge-news is no Cambridge English's, credit-suisse
// no Credly's, nlnet no Nelnet's, saleae no Sallie Mae's, proctor.io no
// ProctorU's: Proctorio is protected itself); Babbel is left out, an
// edit from Babel, the JavaScript compiler every package links.
// Developers' research tools (Overleaf, Mendeley, ResearchGate,
// Elsevier) and Kahoot are named in their tools' own names
// (overleaf-sync, mendeley-python): Beside brands too. Brands already
// protected (Microsoft's Office 365 and Outlook, Google's Classroom,
// LinkedIn Learning, Skillshare, Zoom) are not repeated; their names
// take the study notice's words (studyBrands). Moodle runs on every
// school's own server under a host named after it (moodle.hcmus.edu.vn,
// elearning.acme.edu): it is SelfHosted, and a school's tenant of a
// hosted platform (acme.instructure.com, acme.brightspace.com,
// acme.blackboard.com) is a subdomain of its Domains and stays trusted.
var Study = []Brand{
	// learning-management systems and classroom tools
	{Name: "Moodle", Domains: []string{"moodle.org", "moodle.com", "moodlecloud.com", "moodle.net"}, Words: []string{"moodle"}, Tool: true, Beside: true, SelfHosted: true},
	{Name: "Canvas", Domains: []string{"instructure.com", "canvaslms.com"}, Words: []string{"instructure", "canvaslms"}, Tool: true},
	{Name: "Blackboard", Domains: []string{"blackboard.com", "blackboardcdn.com", "anthology.com"}, Words: []string{"blackboard"}, Tool: true, Beside: true},
	{Name: "Brightspace", Domains: []string{"brightspace.com", "d2l.com", "desire2learn.com"}, Words: []string{"brightspace", "desire2learn", "d2l"}, Tool: true},
	{Name: "Schoology", Domains: []string{"schoology.com"}, Words: []string{"schoology"}, Tool: true},
	{Name: "ClassDojo", Domains: []string{"classdojo.com"}, Words: []string{"classdojo"}, Tool: true},
	{Name: "Kahoot", Domains: []string{"kahoot.com", "kahoot.it"}, Words: []string{"kahoot"}, Tool: true, Beside: true},
	{Name: "Quizlet", Domains: []string{"quizlet.com"}, Words: []string{"quizlet"}, Tool: true},
	{Name: "Gradescope", Domains: []string{"gradescope.com"}, Words: []string{"gradescope"}, Tool: true},
	// MOOCs, course marketplaces and language apps
	{Name: "Coursera", Domains: []string{"coursera.org", "coursera.com"}, Words: []string{"coursera"}, Tool: true},
	{Name: "Udemy", Domains: []string{"udemy.com", "udemycdn.com"}, Names: []string{"udemy"}, Tool: true},
	{Name: "edX", Domains: []string{"edx.org"}, Words: []string{"edx"}, Tool: true},
	{Name: "Khan Academy", Domains: []string{"khanacademy.org"}, Words: []string{"khanacademy"}, Tool: true},
	{Name: "Udacity", Domains: []string{"udacity.com"}, Words: []string{"udacity"}, Tool: true},
	{Name: "Codecademy", Domains: []string{"codecademy.com"}, Words: []string{"codecademy"}, Tool: true},
	{Name: "DataCamp", Domains: []string{"datacamp.com"}, Words: []string{"datacamp"}, Tool: true},
	{Name: "Pluralsight", Domains: []string{"pluralsight.com"}, Words: []string{"pluralsight"}, Tool: true},
	{Name: "FutureLearn", Domains: []string{"futurelearn.com"}, Words: []string{"futurelearn"}, Tool: true},
	{Name: "Duolingo", Domains: []string{"duolingo.com"}, Words: []string{"duolingo"}, Tool: true},
	{Name: "Memrise", Domains: []string{"memrise.com"}, Words: []string{"memrise"}, Tool: true},
	{Name: "Busuu", Domains: []string{"busuu.com"}, Words: []string{"busuu"}, Tool: true},
	// homework, writing and plagiarism checkers
	{Name: "Chegg", Domains: []string{"chegg.com", "cheggcdn.com"}, Names: []string{"chegg"}, Tool: true},
	{Name: "Course Hero", Domains: []string{"coursehero.com"}, Words: []string{"coursehero"}, Tool: true},
	{Name: "Studocu", Domains: []string{"studocu.com"}, Words: []string{"studocu"}, Tool: true},
	{Name: "Brainly", Domains: []string{"brainly.com", "brainly.in", "brainly.co.id", "brainly.ph", "brainly.lat", "brainly.com.br"}, Words: []string{"brainly"}, AnyCountry: true, Tool: true},
	{Name: "Turnitin", Domains: []string{"turnitin.com", "turnitin.co.uk", "turnitinuk.com"}, Words: []string{"turnitin"}, Tool: true},
	{Name: "Grammarly", Domains: []string{"grammarly.com"}, Words: []string{"grammarly"}, Tool: true},
	{Name: "Copyleaks", Domains: []string{"copyleaks.com"}, Words: []string{"copyleaks"}, Tool: true},
	// exam and test boards, their proctors and credentials
	{Name: "ETS", Domains: []string{"ets.org", "etsglobal.org", "toefl.org"}, Words: []string{"etsglobal"}, Tool: true},
	{Name: "British Council", Domains: []string{"britishcouncil.org", "britishcouncil.vn", "britishcouncil.co.uk", "britishcouncil.in"}, Words: []string{"britishcouncil"}, AnyCountry: true, Tool: true},
	{Name: "Cambridge English", Domains: []string{"cambridgeenglish.org", "cambridge.org", "cambridgeassessment.org.uk"}, Words: []string{"cambridgeenglish", "cambridgeassessment"}, Tool: true},
	{Name: "Pearson", Domains: []string{"pearson.com", "pearsonvue.com", "pearsoned.com", "pearsonpte.com", "pearsonvue.co.uk"}, Words: []string{"pearsonvue", "pearsonpte"}, Tool: true},
	{Name: "College Board", Domains: []string{"collegeboard.org", "collegeboard.com"}, Words: []string{"collegeboard"}, Tool: true},
	{Name: "Prometric", Domains: []string{"prometric.com"}, Words: []string{"prometric"}, Tool: true},
	{Name: "ProctorU", Domains: []string{"proctoru.com", "meazurelearning.com"}, Words: []string{"proctoru"}, Tool: true},
	{Name: "Proctorio", Domains: []string{"proctorio.com", "proctor.io"}, Words: []string{"proctorio"}, Tool: true},
	{Name: "Honorlock", Domains: []string{"honorlock.com"}, Words: []string{"honorlock"}, Tool: true},
	{Name: "Respondus", Domains: []string{"respondus.com"}, Words: []string{"respondus"}, Tool: true},
	{Name: "Credly", Domains: []string{"credly.com"}, Words: []string{"credly"}, Tool: true},
	{Name: "Magoosh", Domains: []string{"magoosh.com"}, Words: []string{"magoosh"}, Tool: true},
	// admissions, transcripts, student jobs and student loans
	{Name: "Common App", Domains: []string{"commonapp.org"}, Words: []string{"commonapp"}, Tool: true},
	{Name: "Federal Student Aid", Domains: []string{"studentaid.gov", "fafsa.gov", "ed.gov"}, Words: []string{"fafsa", "studentaid"}, Tool: true},
	{Name: "Parchment", Domains: []string{"parchment.com"}, Words: []string{"myparchment"}, Tool: true},
	{Name: "National Student Clearinghouse", Domains: []string{"studentclearinghouse.org"}, Words: []string{"studentclearinghouse"}, Tool: true},
	{Name: "Handshake", Domains: []string{"joinhandshake.com"}, Words: []string{"joinhandshake"}, Tool: true},
	{Name: "Sallie Mae", Domains: []string{"salliemae.com"}, Words: []string{"salliemae"}, Tool: true},
	{Name: "Navient", Domains: []string{"navient.com"}, Words: []string{"navient"}, Tool: true},
	{Name: "Nelnet", Domains: []string{"nelnet.com", "nelnet.net"}, Words: []string{"nelnet"}, Tool: true},
	{Name: "MOHELA", Domains: []string{"mohela.com"}, Words: []string{"mohela"}, Tool: true},
	// scholarly publishers and research networks (journal fees)
	{Name: "Elsevier", Domains: []string{"elsevier.com", "sciencedirect.com", "scopus.com"}, Words: []string{"elsevier", "sciencedirect", "scopus"}, Tool: true, Beside: true},
	{Name: "Springer Nature", Domains: []string{"springer.com", "springernature.com", "nature.com", "springerlink.com"}, Words: []string{"springernature", "springerlink", "springer"}, Tool: true, Beside: true},
	{Name: "ResearchGate", Domains: []string{"researchgate.net"}, Words: []string{"researchgate"}, Tool: true, Beside: true},
	{Name: "Academia.edu", Domains: []string{"academia.edu"}, Words: []string{"academia"}, Tool: true, Beside: true},
	{Name: "Mendeley", Domains: []string{"mendeley.com"}, Words: []string{"mendeley"}, Tool: true, Beside: true},
	{Name: "Overleaf", Domains: []string{"overleaf.com"}, Words: []string{"overleaf"}, Tool: true, Beside: true},
	// Vietnam's learning and admission sites
	{Name: "HOCMAI", Domains: []string{"hocmai.vn"}, Words: []string{"hocmai"}, Tool: true},
	{Name: "vnEdu", Domains: []string{"vnedu.vn"}, Names: []string{"vnedu"}, Tool: true},
	{Name: "Violympic", Domains: []string{"violympic.vn"}, Words: []string{"violympic"}, Tool: true},
	{Name: "VietJack", Domains: []string{"vietjack.com", "vietjack.me"}, Words: []string{"vietjack"}, Tool: true},
	{Name: "Hoc24", Domains: []string{"hoc24.vn"}, Words: []string{"hoc24"}, Tool: true},
	{Name: "K12Online", Domains: []string{"k12online.vn"}, Words: []string{"k12online"}, Tool: true},
	{Name: "Azota", Domains: []string{"azota.vn"}, Words: []string{"azota"}, Tool: true},
}

// studyOld are the brands protected before study49 that students sign in
// to for school: beside their names the study notice's words are a
// notice's too (studyBrands).
var studyOld = []string{"Microsoft", "Google", "LinkedIn", "Skillshare", "Zoom"}

func init() {
	// a name read whole run together with a notice's word reads as the
	// name (courseraverify, udemycertificate: Brand.Trade)
	for i := range Study {
		Study[i].Trade = studyTrade
	}
	Runtime = append(Runtime, Study...)
}

// studyTrade are the words a study platform's impostors run its name
// together with in one label (courseracertificate, turnitinlogin,
// courseraresult).
var studyTrade = []string{"login", "signin", "verify", "verification", "portal", "sso", "certificate", "certificates",
	"cert", "result", "results", "score", "scores", "grade", "grades", "exam", "exams", "booking", "refund",
	"premium", "plus", "pro", "licence", "license", "renew", "renewal", "account", "support", "student", "students"}

// studyBrands are the brands a student signs in to for school (Study's
// and studyOld): beside their names the study notice's words
// (studyNotice) are a notice's.
var studyBrands = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range Study {
		m[b.Name] = true
	}
	for _, n := range studyOld {
		m[n] = true
	}
	return m
}()

// studyNotice are what a study platform's notice to a student is about: a
// certificate, a grade or a result, a score, an exam or a test and its
// booking or slot, a licence or a subscription and its renewal, an
// enrolment, a transcript, a refund, a fee, a scholarship, a quota, a
// plagiarism report, a submission, a student's account or id, a
// journal's article-processing charge (apc), a manuscript, its
// publication or indexing; in
// Vietnamese kết quả (result), điểm (score), chứng chỉ (certificate),
// học phí (fee), học bổng (scholarship), xác nhận (confirm), đăng ký
// (register), đăng nhập (sign in), tra cứu (look up).
var studyNotice = setOfWords("certificate", "certificates", "certification", "cert", "grade", "grades",
	"gradebook", "result", "results", "score", "scores", "scorecard", "exam", "exams", "test", "booking",
	"slot", "licence", "license", "subscription", "renewal", "renew", "enrolment", "enrollment", "enroll",
	"transcript", "transcripts", "refund", "fee", "fees", "tuition", "scholarship", "grant", "quota", "plagiarism",
	"submission", "studentid", "appeal", "diploma", "reinstate", "deactivation", "deactivated", "apc", "manuscript",
	"publication", "indexing",
	"ketqua", "diem", "diemthi", "chungchi", "hocphi", "hocbong", "xacnhan", "dangky", "dangnhap", "tracuu")

// studyFiller are a student's words beside a study platform's name that
// say nothing alone: who the student is and the platform's products.
var studyFiller = setOfWords("student", "students", "learner", "learners", "course", "courses", "class", "classes",
	"campus", "school", "college", "university", "uni", "edu", "learning", "elearning", "online", "premium", "plus",
	"pro", "free", "lms", "sinhvien", "hocvien", "thisinh")

// studyKind says what w, a part of a stranger's registrable name beside
// the brand b's name, is for a study platform: 'n' a notice's word, 'f' a
// filler, 0 neither (or b is none of studyBrands).
func studyKind(b *Brand, w string) byte {
	switch {
	case !studyBrands[b.Name]:
		return 0
	case studyNotice[w]:
		return 'n'
	case studyFiller[w]:
		return 'f'
	}
	return 0
}

// studyPrep are the words that say a name is a teacher's, a prep
// school's or a guide's beside an exam's or a platform's name
// (coursera-exam-practice, udemy-certificate-tips, moodle-plugin-grades,
// coursera-course-notes): beside a study platform's name they leave the
// name unread (studyRefuses).
var studyPrep = setOfWords("prep", "practice", "tips", "tip", "tutor", "tutors", "tutoring", "coach", "coaching",
	"academy", "teacher", "teachers", "lesson",
	"lessons", "booster", "master", "mastery", "guide", "guides", "blog", "notes", "reviews", "plugin",
	"plugins", "theme", "themes", "hosting", "partner", "partners", "mock", "sample", "samples", "vocab",
	"vocabulary", "writing", "speaking", "listening", "reading", "grammar", "band", "simulator", "calculator",
	"converter", "predictor", "forum", "community", "club", "books", "material", "materials",
	"luyenthi", "luyen", "ontap", "trungtam", "hoc", "tuhoc", "giaovien", "khoahoc", "dethi", "meo")

// studyRefuses reports whether w, beside the brand b's name, says the
// name is a teacher's, a prep school's or a guide's (studyPrep) and b
// is a study platform.
func studyRefuses(b *Brand, w string) bool {
	return studyPrep[w] && studyBrands[b.Name]
}

// VietnameseName reports whether w, lower-case ASCII, is two or three
// Vietnamese syllables run together without their marks (thanhcong,
// anhngu): a school's, a centre's or a person's name in Vietnamese, not
// a school's abbreviation (hcmus, hust, ueh).
func VietnameseName(w string) bool {
	return vietnameseName(w)
}

// studyJoined reports whether rest, what follows a study platform's name
// run together in one label, is one word of its notice (courseraverify,
// turnitinlicence, udemyrefund).
func studyJoined(b *Brand, rest string) bool {
	return studyBrands[b.Name] && (studyNotice[rest] || noticeTrouble[rest] || accountWords[rest])
}
