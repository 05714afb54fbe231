package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// Typosquatted packages (mal47). A package named one slip of the keys
// from a very well-known one (ffmpeg-pyhton for ffmpeg-python, requestss,
// pydubb, axois, expresss, crossenv) is how stealers reach the people
// who copy an install line from a chat: its setup script or install hook
// runs on the reader's machine. typoPackage reads a name given to an
// install command (pip, pip3, pipx, uv, poetry, pdm; npm, pnpm, yarn,
// bun, npx) or a package's page on pypi.org or npmjs.com as a near-miss
// of a name of popularPyPI or popularNPM, written by hand from general
// knowledge (no registry was looked up: the workplace forbids it):
//
//   - a letter doubled or undoubled (requestss, pilow, openai-whisperrr);
//   - two letters next to each other swapped (ffmpeg-pyhton, axois);
//   - a letter left out inside the name (tensorfow), not at its start
//     or end (request beside requests, python beside ipython);
//   - a letter added inside the name, not at its start or end (whisperx,
//     preact and plurals are other projects' names);
//   - a letter changed in a name of 7 letters or more;
//   - the separators dropped or changed (crossenv, discord_py on npm).
//
// A name on the lists is never a near-miss (pydub and pydantic, request
// and requests are all real); scoped npm packages (@ffmpeg/ffmpeg),
// digits (pytube3, mysql2), names shorter than 5 letters and a member's
// own package (any name far from the lists) are not read. It warns
// (wTypoPackage); nothing here deletes alone.

// wTypoPackage weighs a near-miss of a well-known package's name: warns.
const wTypoPackage = 0.6

// popularPyPI are well-known PyPI packages, normalized as PyPI compares
// names (lower case, runs of -, _ and . as one -).
var popularPyPI = setOf(
	"requests", "urllib3", "numpy", "pandas", "scipy", "matplotlib", "seaborn", "scikit-learn", "scikit-image",
	"tensorflow", "keras", "torch", "torchvision", "torchaudio", "transformers", "datasets", "tokenizers",
	"accelerate", "diffusers", "huggingface-hub", "safetensors", "sentencepiece", "sentence-transformers",
	"openai", "anthropic", "langchain", "langchain-core", "langchain-community", "langchain-openai", "llama-index",
	"tiktoken", "openai-whisper", "faster-whisper", "whisperx", "pydantic", "pydantic-core", "pydantic-settings",
	"fastapi", "flask", "django", "djangorestframework", "starlette", "uvicorn", "gunicorn", "celery", "redis",
	"sqlalchemy", "psycopg2", "psycopg2-binary", "psycopg", "pymysql", "pymongo", "boto3", "botocore", "awscli",
	"google-cloud-storage", "google-api-python-client", "google-auth", "google-generativeai", "beautifulsoup4",
	"lxml", "html5lib", "selenium", "playwright", "scrapy", "httpx", "aiohttp", "websockets", "websocket-client",
	"python-dotenv", "pyyaml", "pyaml", "toml", "tomli", "click", "typer", "rich", "tqdm", "colorama", "termcolor",
	"pillow", "opencv-python", "opencv-contrib-python", "opencv-python-headless", "imageio", "imageio-ffmpeg",
	"moviepy", "pydub", "librosa", "soundfile", "sounddevice", "pyaudio", "ffmpeg-python", "yt-dlp", "youtube-dl",
	"pytube", "spotipy", "discord-py", "python-telegram-bot", "telethon", "pyrogram", "tweepy", "praw", "pygame",
	"pyinstaller", "setuptools", "wheel", "virtualenv", "poetry", "pipenv", "black", "flake8", "pylint",
	"mypy", "pytest", "pytest-cov", "pytest-asyncio", "coverage", "isort", "ruff", "jupyter", "jupyterlab",
	"notebook", "ipython", "ipykernel", "nltk", "spacy", "gensim", "networkx", "sympy", "statsmodels", "xgboost",
	"lightgbm", "catboost", "plotly", "streamlit", "gradio", "bokeh", "cryptography", "pycryptodome", "paramiko",
	"pyjwt", "bcrypt", "passlib", "certifi", "charset-normalizer", "chardet", "attrs", "packaging",
	"python-dateutil", "pytz", "arrow", "pendulum", "jinja2", "markupsafe", "werkzeug", "itsdangerous", "markdown",
	"docutils", "sphinx", "mkdocs", "mkdocs-material", "pyserial", "pyusb", "psutil", "pywin32", "pyautogui",
	"pynput", "keyboard", "pyperclip", "openpyxl", "xlrd", "xlsxwriter", "python-docx", "python-pptx", "pypdf",
	"pypdf2", "pdfplumber", "pymupdf", "reportlab", "qrcode", "pyqt5", "pyqt6", "pyside6", "kivy", "wxpython",
	"pywebview", "mediapipe", "onnx", "onnxruntime", "onnxruntime-gpu", "ultralytics", "insightface", "deepface",
	"face-recognition", "rembg", "basicsr", "realesrgan", "gfpgan", "demucs", "spleeter", "audiocraft",
	"edge-tts", "gtts", "pyttsx3", "speechrecognition", "vosk", "elevenlabs", "replicate", "instaloader",
	"instagrapi", "twitchio", "obsws-python", "obs-websocket-py", "simpleobsws", "pyvirtualcam", "mido",
	"python-rtmidi", "music21", "pretty-midi", "essentia", "pedalboard", "noisereduce", "matchering", "aiofiles",
	"requests-html", "cloudscraper", "fake-useragent", "pillow-heif", "exifread", "piexif", "imagehash", "pyvips",
	"numba", "cython", "pybind11", "grpcio", "protobuf", "docker", "kubernetes", "ansible", "fabric", "invoke",
	"supervisor", "loguru", "structlog", "sentry-sdk", "prometheus-client", "orjson", "ujson", "simplejson",
	"msgpack", "marshmallow", "jsonschema", "pyzmq", "kafka-python", "web3", "eth-account", "ccxt",
	"python-binance", "yfinance", "pycoingecko", "stripe", "twilio", "sendgrid", "slack-sdk", "slack-bolt",
	"pygithub", "gitpython", "oauthlib", "requests-oauthlib", "authlib", "pyotp", "keyring", "tabulate",
	"prettytable", "pyfiglet", "emoji", "unidecode", "regex", "fuzzywuzzy", "rapidfuzz", "python-levenshtein",
	"thefuzz", "faker", "hypothesis", "responses", "freezegun", "factory-boy", "sqlmodel", "alembic", "peewee",
	"asyncpg", "elasticsearch", "pinecone-client", "chromadb", "faiss-cpu", "bitsandbytes", "peft", "xformers",
	"einops", "timm", "lightning", "pytorch-lightning", "wandb", "mlflow", "optuna", "dask", "polars", "pyarrow",
	"h5py", "xarray", "shapely", "geopandas", "folium", "pyproj", "geopy", "crewai", "pyautogen", "instructor",
	"ollama", "groq", "cohere", "mistralai", "python-socketio", "flask-socketio", "flask-cors", "flask-login",
	"flask-sqlalchemy", "django-cors-headers", "channels", "pyside2", "pyqt5-tools", "matplotlib-inline",
	"pyworld", "praat-parselmouth", "torchcrepe", "fairseq", "coqui-tts", "tts", "bark",
	"stable-baselines3", "gymnasium", "gym", "opencv-contrib-python-headless", "scikit-video", "ffmpeg",
	"yt-dlp-ejs", "streamlink", "chatterbot", "pytesseract", "easyocr", "paddleocr", "pyttsx4", "pywhatkit",
	"selenium-wire", "undetected-chromedriver", "webdriver-manager", "pyppeteer", "mutagen", "eyed3", "tinytag")

// popularNPM are well-known npm packages, unscoped, as written.
var popularNPM = setOf(
	"react", "react-dom", "preact", "react-router", "react-router-dom", "next", "vue", "vue-router", "vuex", "pinia",
	"nuxt", "svelte", "express", "koa", "fastify", "axios", "node-fetch", "got", "request", "superagent",
	"lodash", "underscore", "ramda", "moment", "dayjs", "date-fns", "luxon", "chalk", "commander", "yargs",
	"inquirer", "ora", "debug", "dotenv", "cross-env", "nodemon", "pm2", "concurrently", "rimraf", "mkdirp",
	"glob", "fs-extra", "chokidar", "uuid", "nanoid", "classnames", "clsx", "prop-types", "redux", "react-redux",
	"mobx", "zustand", "jotai", "immer", "rxjs", "typescript", "ts-node", "esbuild", "vite", "webpack",
	"webpack-cli", "webpack-dev-server", "rollup", "parcel", "babel-loader", "eslint", "prettier", "jest", "mocha",
	"chai", "sinon", "vitest", "cypress", "playwright", "puppeteer", "puppeteer-core", "puppeteer-extra",
	"selenium-webdriver", "jsdom", "cheerio", "socket.io", "socket.io-client", "ws", "mongoose", "mongodb",
	"mysql", "mysql2", "sequelize", "typeorm", "prisma", "knex", "redis", "ioredis", "sqlite3", "better-sqlite3",
	"jsonwebtoken", "bcrypt", "bcryptjs", "passport", "cors", "helmet", "body-parser", "cookie-parser", "multer",
	"morgan", "winston", "pino", "compression", "express-session", "nodemailer", "twilio", "stripe", "discord.js",
	"telegraf", "node-telegram-bot-api", "tmi.js", "obs-websocket-js", "electron", "electron-builder", "sharp",
	"jimp", "canvas", "fluent-ffmpeg", "ffmpeg-static", "ytdl-core", "youtube-dl-exec", "yt-dlp-wrap",
	"tailwindcss", "postcss", "autoprefixer", "sass", "styled-components", "bootstrap", "jquery", "three", "d3",
	"chart.js", "gsap", "framer-motion", "swiper", "lottie-web", "howler", "wavesurfer.js", "video.js", "hls.js",
	"plyr", "konva", "pixi.js", "phaser", "babylonjs", "aframe", "leaflet", "mapbox-gl", "firebase",
	"firebase-admin", "aws-sdk", "graphql", "apollo-server", "openai", "langchain", "zod", "yup", "joi", "ajv",
	"validator", "query-string", "form-data", "formidable", "busboy", "async", "bluebird", "colors", "cli-table",
	"figlet", "boxen", "semver", "minimist", "execa", "shelljs", "cross-spawn", "node-cron", "http-proxy",
	"http-proxy-middleware", "http-server", "live-server", "browser-sync", "gulp", "grunt", "lerna", "husky",
	"lint-staged", "ethers", "web3", "viem", "wagmi", "hardhat", "truffle", "ganache", "solc", "bitcoinjs-lib",
	"crypto-js", "node-forge", "tweetnacl", "elliptic", "bn.js", "core-js", "regenerator-runtime", "tslib",
	"markdown-it", "marked", "showdown", "highlight.js", "prismjs", "katex", "mathjs", "i18next", "react-i18next",
	"react-query", "react-hook-form", "formik", "react-select", "react-icons", "lucide-react", "antd",
	"vuetify", "quasar", "primevue", "element-plus", "react-native", "expo", "js-cookie", "jwt-decode",
	"bignumber.js", "decimal.js", "xml2js", "fast-xml-parser", "csv-parser", "papaparse", "xlsx", "exceljs",
	"pdfkit", "pdf-lib", "jspdf", "node-gyp", "bindings", "prompts", "enquirer", "picocolors", "ansi-colors",
	"strip-ansi", "supports-color", "lru-cache", "node-cache", "archiver", "adm-zip", "jszip", "unzipper",
	"mime-types", "iconv-lite", "safe-buffer", "readable-stream", "through2", "eventemitter3", "bullmq",
	"kafkajs", "mqtt", "serialport", "johnny-five", "node-red", "homebridge", "tesseract.js", "discord-player",
	"create-react-app", "create-next-app", "create-vite", "vue-cli", "typescript-eslint", "tsx",
	"ts-jest", "storybook", "gatsby", "astro", "remix", "angular", "ember-cli", "nest", "hapi", "sails",
	"loopback", "restify", "polka", "hono", "elysia", "bun", "deno", "yarn", "pnpm", "npm", "npx", "corepack",
	"ffprobe-static", "node-media-server", "peerjs", "simple-peer", "mediasoup", "twitch", "obs-websocket")

// installTools are the commands that install a package by its name,
// with whether the names are PyPI's (else npm's).
var installTools = map[string]bool{"pip": true, "pip3": true, "pipx": true, "uv": true, "poetry": true, "pdm": true,
	"npm": false, "pnpm": false, "yarn": false, "bun": false, "npx": false, "bunx": false, "uvx": true}

// installRunners are the commands that fetch a package and run it at
// once, with no install verb (npx NAME, bunx NAME, uvx NAME); "dlx"
// (pnpm dlx, yarn dlx) and pipx's "run" do the same after a tool (npm
// run's and uv run's words are a project's scripts, not packages).
var installRunners = setOf("npx", "bunx", "uvx")

// installVerbs are the words after an install tool that install.
var installVerbs = setOf("install", "i", "add", "dlx")

// installStops are the words that end a command's names in prose ("pip
// install pydub to cut audio").
var installStops = setOf("and", "then", "to", "for", "with", "or", "the", "in", "on", "it", "from", "first", "&&",
	"|", ";", "&", "||", "#", "python", "python3", "py", "pip", "pip3", "npm", "pnpm", "yarn", "sudo", "cd", "git")

// installFlagsWithValue are install options whose next word is a value,
// not a package (-r requirements.txt, -i URL).
var installFlagsWithValue = setOf("-r", "-i", "-e", "-c", "--index-url", "--extra-index-url", "--registry",
	"--requirement", "--constraint", "-t", "--target", "--prefix")

// mayInstall is the cheap look before typoInstall's: a word of installing
// in the text.
func mayInstall(clean string) bool {
	return strings.Contains(clean, "install") || strings.Contains(clean, "np") || strings.Contains(clean, " add ") || // npm i, npx, pnpm add
		strings.Contains(clean, "x ") && (strings.Contains(clean, "uvx ") || strings.Contains(clean, "bunx ") || strings.Contains(clean, "dlx ") || strings.Contains(clean, "pipx run "))
}

// toolWord returns an install command's word as installTools and
// installVerbs hold it: in lower case (Pip at a sentence's start, NPM)
// and without a notebook's ! or % (!pip install in Colab), or "" for a
// word too long to be one. It does not copy: the lower-case form is one
// of the tables' keys.
func toolWord(w string) string {
	if len(w) > 1 && (w[0] == '!' || w[0] == '%') {
		w = w[1:]
	}
	if len(w) > 8 {
		return ""
	}
	var buf [8]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k]
		if c := w[k]; c >= 'A' && c <= 'Z' {
			buf[k] = c | 0x20
		}
	}
	for _, k := range typoToolWords {
		if k == string(buf[:len(w)]) {
			return k
		}
	}
	return ""
}

// typoToolWords are the words toolWord gives back: installTools' and
// installVerbs' keys and "global" (yarn global add).
var typoToolWords = [...]string{"pip", "pip3", "pipx", "uv", "poetry", "pdm", "npm", "pnpm", "yarn", "bun", "npx", "bunx",
	"uvx", "install", "i", "add", "run", "dlx", "global"}

// typoInstall returns the first name given to an install command in a
// text that is a near-miss of a well-known package's (typoPackage), with
// the package it misses, or "", "".
func typoInstall(clean string) (string, string) {
	state, pypi, read, skip, tool := 0, false, 0, false, "" // 0: no tool; 1: a tool; 2: its names
	for i := 0; i < len(clean); {
		for i < len(clean) && (clean[i] == ' ' || clean[i] == '\n' || clean[i] == '\t' || clean[i] == '`') {
			i++
		}
		j := i
		for j < len(clean) && clean[j] != ' ' && clean[j] != '\n' && clean[j] != '\t' && clean[j] != '`' {
			j++
		}
		w := clean[i:j]
		i = j
		if w == "" {
			break
		}
		switch state {
		case 0:
			t := toolWord(w)
			if py, ok := installTools[t]; ok {
				state, pypi, tool = 1, py, t
				if installRunners[t] {
					state, read = 2, 5 // npx NAME runs the package at once
				}
			}
		case 1:
			switch t := toolWord(w); {
			case installVerbs[t], t == "run" && tool == "pipx":
				state, read = 2, 0
			case t == "pip" && pypi, t == "global" && !pypi: // uv pip install, yarn global add
			default:
				state = 0
			}
		case 2:
			if skip {
				skip = false
				continue
			}
			if strings.HasPrefix(w, "-") {
				skip = installFlagsWithValue[w]
				continue
			}
			end := strings.TrimLeft(strings.TrimRight(w, ",.;:!?)\"'"), "(\"'") // pip install "requests[socks]"
			if installStops[strings.ToLower(end)] || read >= 6 {
				state = 0
				continue
			}
			read++
			if name, real := typoPackage(end, pypi); name != "" {
				return name, real
			}
			if len(end) < len(w) {
				state = 0 // "pip install x, then …": the sentence goes on
			}
		}
	}
	return "", ""
}

// typoPackage returns a package's name (as given: a version and extras
// cut off) and the well-known one it misses, when it is a near-miss (see
// Typosquatted packages above); or "", "".
func typoPackage(name string, pypi bool) (string, string) {
	if name == "" || len(name) > 64 {
		return "", ""
	}
	if name[0] == '@' {
		if real := scopeImpostor(name); real != "" && !pypi {
			return name, real // a vendor's scope with a word added (classify_typo48.go)
		}
		if real := civicScopeApart(name); real != "" && !pypi {
			return name, real // an agency's scope written apart (classify_typo50.go)
		}
		return "", "" // a scoped package
	}
	if i := strings.IndexAny(name, "=<>!~[;@"); i > 0 {
		name = name[:i] // requests==2.31, pillow[avif], axios@1.7
	} else if i == 0 {
		return "", ""
	}
	var buf [64]byte
	n, digit := 0, false
	for k := 0; k < len(name); k++ {
		c := name[k]
		switch {
		case c >= 'A' && c <= 'Z':
			c |= 0x20
		case c >= 'a' && c <= 'z', c == '-', c == '.', c == '_':
		case c >= '0' && c <= '9' && k == len(name)-1 && k > 0:
			digit = true // a version's digit at the end: digitSlip's (classify_typo49.go)
		default:
			return "", "" // digits (pytube3, mysql2), a path or a link: not read
		}
		if pypi && (c == '.' || c == '_') {
			c = '-'
		}
		if pypi && c == '-' && n > 0 && buf[n-1] == '-' {
			continue
		}
		buf[n] = c
		n++
	}
	if digit {
		if real := digitSlip(string(buf[:n]), pypi); real != "" {
			return name, real
		}
		return "", "" // pytube3, mysql2: other names
	}
	if n < 5 {
		return "", ""
	}
	popular, sorted := popularNPM, popularNPMSorted
	if pypi {
		popular, sorted = popularPyPI, popularPyPISorted
	}
	if popular[string(buf[:n])] {
		return "", ""
	}
	if real := nearPopular(string(buf[:n]), sorted); real != "" {
		return name, real
	}
	if real := financeSuffixSlip(string(buf[:n])); real != "" {
		return name, real // a letter added at a finance package's end (classify_typo48.go)
	}
	if real := homePadded(string(buf[:n])); real != "" {
		return name, real // a home-automation package padded with a helper's word (classify_typo51.go)
	}
	return "", ""
}

// popularPyPISorted and popularNPMSorted are popularPyPI's and
// popularNPM's names in order, for nearPopular: a name one slip from two
// well-known ones names the same one every time (rev47c; a map's order
// changes from run to run).
var popularPyPISorted, popularNPMSorted = sortedKeys(popularPyPI), sortedKeys(popularNPM)

// sortedKeys returns a set's keys in order.
func sortedKeys(m map[string]bool) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// nearPopular returns the name of popular a name is one slip from (see
// Typosquatted packages above), or "". It goes through the list: it is
// asked only of names given to an install command or a package's page.
func nearPopular(name string, popular []string) string {
	for _, p := range popular {
		if len(p) < 5 || absDiff(len(p), len(name)) > 2 {
			continue
		}
		if oneSlip(name, p) {
			return p
		}
	}
	return ""
}

// absDiff returns the distance between two lengths.
func absDiff(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// oneSlip reports a name one slip from a real package's (see Typosquatted
// packages above).
func oneSlip(name, real string) bool {
	if len(name) == len(real)-1 && strings.HasSuffix(real, ".js") && strings.HasSuffix(name, "js") && name[:len(name)-2] == real[:len(real)-3] {
		return false // chartjs, hlsjs: the names npm packages of chart.js and hls.js went by too
	}
	if sameCollapsed(name, real) || sameUnseparated(name, real) {
		return true
	}
	switch {
	case len(name) == len(real):
		i := 0
		for i < len(name) && name[i] == real[i] {
			i++
		}
		if i == len(name) {
			return false
		}
		if i+1 < len(name) && name[i] == real[i+1] && name[i+1] == real[i] && name[i+2:] == real[i+2:] {
			return isASCIILetter(name[i]) && isASCIILetter(name[i+1]) // pyhton
		}
		// a letter changed for a key beside it (requesrs); not pymssql
		// for pymysql, faiss-gpu for faiss-cpu, telegram for telegraf
		return len(real) >= 7 && nextKeys(name[i], real[i]) && name[i+1:] == real[i+1:]
	case len(name) == len(real)-1:
		i := 0
		for i < len(name) && name[i] == real[i] {
			i++
		}
		// tensorfow; not request for requests, python for ipython, scapy
		// for scrapy
		return len(real) >= 7 && i > 0 && i < len(name) && isASCIILetter(real[i]) && name[i:] == real[i+1:]
	case len(name) == len(real)+1:
		i := 0
		for i < len(real) && name[i] == real[i] {
			i++
		}
		// a key beside a neighbour's struck too (requersts); not
		// whisperx, preact, graphiql for graphql
		return i > 0 && i < len(real) && (nextKeys(name[i], name[i-1]) || nextKeys(name[i], real[i])) && name[i+1:] == real[i:]
	}
	return false
}

// keyPlaces are the rows and columns of the letters a to z on a QWERTY
// keyboard (row*16 + column), for nextKeys.
var keyPlaces = func() (p [26]byte) {
	for r, row := range [...]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"} {
		for c := 0; c < len(row); c++ {
			p[row[c]-'a'] = byte(r*16 + c)
		}
	}
	return p
}()

// nextKeys reports two lower-case letters whose keys touch on a QWERTY
// keyboard (s and d, r and f, v and b): the slip a finger makes.
func nextKeys(a, b byte) bool {
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' || a == b {
		return false
	}
	pa, pb := int(keyPlaces[a-'a']), int(keyPlaces[b-'a'])
	ra, ca, rb, cb := pa/16, pa%16, pb/16, pb%16
	switch ra - rb {
	case 0:
		return ca-cb == 1 || cb-ca == 1
	case 1: // a a row below b: under b and the key left of it (s under w and e)
		return ca == cb || ca == cb-1
	case -1:
		return cb == ca || cb == ca-1
	}
	return false
}

// sameCollapsed reports two different names that are the same with every
// run of one letter read as one (requestss, pilow, openai-whisperrr).
func sameCollapsed(a, b string) bool {
	if a == b || len(a) > 1 && len(b) > 1 && (a[0] == a[1]) != (b[0] == b[1]) {
		return false // the first letter doubled: cchardet is chardet's own fast twin
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] != b[j] {
			return false
		}
		c := a[i]
		for i < len(a) && a[i] == c && isASCIILetter(c) {
			i++
		}
		for j < len(b) && b[j] == c && isASCIILetter(c) {
			j++
		}
		if !isASCIILetter(c) {
			i++
			j++
		}
	}
	return i == len(a) && j == len(b)
}

// sameUnseparated reports two different names that are the same with
// their separators (-, _, .) left out (crossenv for cross-env).
func sameUnseparated(a, b string) bool {
	if a == b {
		return false
	}
	i, j := 0, 0
	for {
		for i < len(a) && (a[i] == '-' || a[i] == '_' || a[i] == '.') {
			i++
		}
		for j < len(b) && (b[j] == '-' || b[j] == '_' || b[j] == '.') {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

// packagePage returns the package a link's page on pypi.org or
// npmjs.com is of, with whether it is PyPI's, or "".
func packagePage(l *linkx.Link) (string, bool) {
	var rest string
	pypi := false
	switch {
	case l.Domain == "pypi.org" && strings.HasPrefix(l.Path, "/project/"):
		rest, pypi = l.Path[len("/project/"):], true
	case l.Domain == "npmjs.com" && strings.HasPrefix(l.Path, "/package/"):
		rest = l.Path[len("/package/"):]
	default:
		return "", false
	}
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		if j := strings.IndexByte(rest[i+1:], '/'); !pypi && rest[0] == '@' && i > 1 {
			if j >= 0 {
				return rest[:i+1+j], false // @scope/name/v/1.0.0 (mal48)
			}
			return rest, false // @scope/name (mal48)
		}
		rest = rest[:i]
	}
	return rest, pypi
}

// judgeTypoPackages finds a near-miss of a well-known package's name
// given to an install command in a message, or a package's page of one,
// and warns (see Typosquatted packages above).
func judgeTypoPackages(rs *reasons, clean string, j *Judgement) {
	for i := range j.Links {
		l := &j.Links[i]
		if l.Domain != "pypi.org" && l.Domain != "npmjs.com" || l.Defanged {
			continue // a defanged page is an indicator quoted in talk of typosquats
		}
		p, pypi := packagePage(l)
		if p == "" {
			continue
		}
		if name, real := typoPackage(p, pypi); name != "" {
			shown := linkx.Defang(l.Unicode) + l.Path
			rs.add(handRule(CodeDangerousFile, wTypoPackage, shown, say2("typo_package", shown, name, real)))
			return
		}
	}
	if !mayInstall(clean) {
		return
	}
	if name, real := typoInstall(clean); name != "" {
		rs.add(handRule(CodeRunCommand, wTypoPackage, name, say2("typo_install", name, real)))
	}
}
