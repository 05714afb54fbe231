package bot

// A version's digit on a famous package's name (mal49). mal47 read no
// name with a digit (pytube3, mysql2, pyqt5 are real), so the commonest
// shape of a typosquat after a slip of the keys went unread: the name of
// one of the most-downloaded packages with a version's digit added
// (numpy2, pandas3, axios1, lodash4 passed off as "the new major") or
// its own digit changed (beautifulsoup5, urllib4). digitSlip reads it
// against topPyPI and topNPM, the most-downloaded names written by hand
// from general knowledge (no registry was looked up), whose digit
// variants are not other real projects as far as general knowledge goes;
// real ones (requests3, pypdf3, elasticsearch8, mysql2 …) are on the
// popular lists or in realDigitNames and are never read.

// topPyPI and topNPM are the most-downloaded packages whose name with a
// version's digit added is a typosquat's (normalized as popularPyPI's).
var (
	topPyPI = setOf("requests", "numpy", "pandas", "matplotlib", "scipy", "selenium", "flask", "django", "pillow",
		"colorama", "pyautogui", "openai", "tensorflow", "pytest", "setuptools", "cryptography", "pyyaml", "scrapy",
		"discord-py", "pygame", "opencv-python", "transformers", "seaborn", "scikit-learn", "beautifulsoup4",
		"urllib3", "boto3", "pydantic", "fastapi", "sqlalchemy", "paramiko", "psutil", "pyinstaller", "tqdm",
		"python-dotenv", "openpyxl", "yfinance", "aiohttp", "httpx", "playwright", "undetected-chromedriver",
		"pytesseract", "pymupdf", "python-docx", "sympy", "statsmodels", "nltk", "pyttsx3", "gtts", "keyboard",
		"pynput", "telethon", "tweepy", "spotipy", "pytube", "yt-dlp", "instaloader", "web3")
	topNPM = setOf("axios", "lodash", "express", "chalk", "moment", "commander", "dotenv", "puppeteer", "cheerio",
		"mongoose", "nodemailer", "discord.js", "colors", "yargs", "inquirer", "request", "dayjs", "nodemon",
		"jsonwebtoken", "bcrypt", "ethers", "playwright", "sharp", "cors", "body-parser", "multer", "ytdl-core",
		"telegraf", "node-telegram-bot-api", "openai", "stripe", "twilio", "firebase", "mysql", "sequelize", "xlsx",
		"exceljs", "pdfkit", "crypto-js", "ws", "uuid", "cross-env")
	// realDigitNames are real projects named a top package's name with a
	// digit (normalized): never read.
	realDigitNames = setOf("requests3", "pypdf2", "pypdf3", "pypdf4", "pyyaml5", "pyttsx4", "boto", "boto2", "urllib2",
		"mysql2", "pytube3", "web3", "web4", "django2", "pillow2", "tensorflow1", "tensorflow2", "httpx2",
		"cryptography3", "selenium2", "beautifulsoup3", "gtts2", "tweepy2")
)

// digitSlip returns the most-downloaded package a name (lower case,
// normalized as typoPackage normalizes it) is with one version's digit
// added at its end (numpy2, axios1) or its own last digit changed
// (beautifulsoup5 for beautifulsoup4), or "".
func digitSlip(name string, pypi bool) string {
	n := len(name)
	if n < 5 || name[n-1] < '0' || name[n-1] > '9' || !isASCIILetter(name[n-2]) {
		return ""
	}
	top, popular := topNPM, popularNPM
	if pypi {
		top, popular = topPyPI, popularPyPI
	}
	if popular[name] || realDigitNames[name] {
		return ""
	}
	base := name[:n-1]
	if top[base] && len(base) >= 4 {
		return base // a digit added
	}
	for t := range top {
		if len(t) == n && t[:n-1] == base && t[n-1] >= '0' && t[n-1] <= '9' {
			return t // its own digit changed
		}
	}
	return ""
}
