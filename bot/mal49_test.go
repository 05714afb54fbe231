package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot/filetype"
)

// TestMal49CheatTools: a quiz solver, an XP farmer, a proctoring bypass,
// a ticket or a sneaker bot as a program from a forge's account, a file
// host or a stranger's site named for it is flagged; a student's own
// quiz game or sudoku solver, a class bot's sources and a real study
// program's release are not (mal49).
func TestMal49CheatTools(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"here https://github.com/quizbot-lab/quizlet-autoanswer/releases/download/v0.9/QuizletBot.exe", true},
		{"here https://raw.githubusercontent.com/duo-xp-farmer/farm/main/farm.bat", true},
		{"here https://snkrs-cop-bot.com/download/CopBot_Installer.msi", true},
		{"here https://proctor-bypass-kit.com/RespondusBypass.zip", true},
		{"here https://github.com/ticket-grabber-pro/tm-bot/releases/download/v3.2/TicketBot.exe", true},
		{"here https://github.com/linh-nguyen/quiz-game/releases/download/v1.0/QuizGame.exe", false},
		{"here https://github.com/minh-tran/sudoku-solver/releases/download/v1.0/SudokuSolver.exe", false},
		{"here https://github.com/cs101-tas/course-bot/archive/refs/heads/main.zip", false},
		{"here https://github.com/hackathon-team7/price-compare/releases/download/v0.1/price-compare.zip", false},
		{"here https://github.com/ankitects/anki/releases/download/24.11/anki-24.11-windows-qt6.exe", false},
	})
}

// TestMal49TripShares: a file host's page or a share's download naming
// no file, offered as a boarding pass, an e-ticket or vé máy bay, is
// flagged; a share of a trip's photos or of slides named as a PDF is not
// (mal49).
func TestMal49TripShares(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"boarding pass inside https://www.sendspace.com/file/k2m9x1", true},
		{"your e-ticket https://gofile.io/d/Rt5Yu7", true},
		{"vé máy bay của bạn https://pixeldrain.com/u/Zq8Wm3Xp", true},
		{"photos from the trip https://gofile.io/d/Xy78Pq", false},
		{"lecture slides https://www.mediafire.com/file/q1w2e3r4t5/Final_Review_Slides.pdf/file", false},
		{"booking confirmation https://www.dropbox.com/s/p2k9x1m3/Booking_Confirmation.pdf?dl=0", false},
	})
}

// TestMal49TripPapers: a booking's paper as a Java Web Start launcher
// is flagged (.jnlp is read as a script now); a project's generator
// named for the paper on its own forge repository is not (mal49).
func TestMal49TripPapers(t *testing.T) {
	t.Parallel()
	if k := filetype.Check("BookingDetails.jnlp", "").Kind; k != filetype.Script {
		t.Errorf("a .jnlp is read as %v, want a script", k)
	}
	checkFlagged(t, []flagCase{
		{"here https://bookingdetails-view.com/BookingDetails.jnlp", true},
		{"here https://www.mediafire.com/file/x8k2p1q7w/Boarding_Pass_Baggage.rar/file", true},
		{"here https://github.com/someone/boarding-pass-generator/releases/download/v1/BoardingPassGenerator.exe", false},
	})
}

// TestMal49DigitTypos: a famous package's name with a version's digit
// added or its own digit changed is flagged in an install command; real
// names with digits (pyqt5, mysql2, pypdf2, pyttsx3, web3, urllib3,
// boto3, requests3) and versions written with @ are not (mal49).
func TestMal49DigitTypos(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"pip install numpy2 https://github.com/a/b", true},
		{"npm i axios1 https://github.com/a/b", true},
		{"pip install beautifulsoup5 https://github.com/a/b", true},
		{"pip install pyqt5 mysql2 https://github.com/a/b", false},
		{"pip install pypdf2 pyttsx3 web3 urllib3 boto3 https://github.com/a/b", false},
		{"npm i lodash@4 mysql2 https://github.com/a/b", false},
		{"pip install requests3 https://github.com/a/b", false},
		{"npm i node-fetch@2 https://github.com/a/b", false},
	})
}
