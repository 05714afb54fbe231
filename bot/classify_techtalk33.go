package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// substance is how much technical content a message carries around a
// link, its links aside, counted by kind (techSubstance).
type substance struct {
	code   int // code written as code: `spans`, calls(), snake_case, CamelCase, a::b, files (main.rs), flags (--verbose), paths, 0x1f, key=value
	number int // versions (v3, 1.4.0) and part numbers (z80, x86_64, sha256)
	vocab  int // distinct words of technical vocabulary (compiler, kernel, protocol)
	echo   int // distinct words of the link's path said in the text (2 at most)
}

// kinds is how many kinds of technical content the message carries.
func (s substance) kinds() int {
	n := 0
	for _, v := range [...]int{s.code, s.number, s.vocab, s.echo} {
		if v > 0 {
			n++
		}
	}
	return n
}

// score sums the kinds, each capped: code 2, numbers 1, vocabulary 3,
// echo 2.
func (s substance) score() int {
	return min(s.code, 2) + min(s.number, 1) + min(s.vocab, 3) + min(s.echo, 2)
}

// techSubstance reads the technical content of the message around the
// link l: its text with every link taken out.
func (k *knowledge) techSubstance(l *linkx.Link) substance {
	var s substance
	text := textWithoutLinks(k.text, k.links)
	// spans of code
	seen := map[string]bool{}
	for rest := text; ; {
		open := strings.IndexByte(rest, '`')
		if open < 0 {
			break
		}
		end := strings.IndexByte(rest[open+1:], '`')
		if end < 0 {
			break
		}
		span := strings.Trim(rest[open+1:open+1+end], "` ")
		if len(span) >= 2 && !seen["`"+span] {
			seen["`"+span] = true
			s.code++
		}
		rest = rest[open+1+end+1:]
	}
	for _, tok := range strings.Fields(text) {
		t := strings.Trim(tok, ",;:!?\"'“”‘’()[]{}<>`*")
		t = strings.TrimSuffix(t, ".")
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		if t == "" || seen[t] {
			continue
		}
		switch {
		case codeToken(t):
			seen[t] = true
			s.code++
		case numberToken(t):
			seen[t] = true
			s.number++
		}
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if techWords[w] && !seen["~"+w] {
			seen["~"+w] = true
			s.vocab++
		}
	}
	var echoed [2]string
	forPieces(text, -1, func(w string) bool {
		if w != echoed[0] && pathEchoes(l.Path, w) {
			echoed[s.echo] = w
			s.echo++
		}
		return s.echo < len(echoed)
	})
	return s
}

// textWithoutLinks returns text with each link's span blanked.
func textWithoutLinks(text string, links []linkx.Link) string {
	b := []byte(text)
	for i := range links {
		start, end := links[i].Span()
		if end <= start || end > len(b) {
			continue
		}
		for j := start; j < end; j++ {
			b[j] = ' '
		}
	}
	return string(b)
}

// codeToken reports a token written as code is: a call (foo(),
// parse(x)), snake_case, an identifier in CamelCase after a lower-case
// letter (toTitleCase, TypeScript), a scope (Authen::OATH,
// String#toTitleCase, a->b), a file with a source's or a config's
// ending (main.rs, Cargo.toml), a dotted name (os.path), a flag
// (--verbose, -rf), a path (/usr/share/doc, src/lib), a hex constant
// (0x1f) or an assignment (key=value).
func codeToken(t string) bool {
	if len(t) < 2 {
		return false
	}
	if strings.HasPrefix(t, "--") && len(t) > 3 && isLetter(t[2]) {
		return true
	}
	if t[0] == '-' && len(t) <= 4 && len(t) >= 2 && flagLetters(t[1:]) {
		return true
	}
	if len(t) > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') && hexWord(t[2:]) {
		return true
	}
	if strings.Count(t, "/") >= 2 && (t[0] == '/' || t[0] == '~') || strings.Count(t, "/") >= 1 && codeFile(t[strings.LastIndexByte(t, '/')+1:]) {
		return true
	}
	if i := strings.IndexByte(t, '('); i > 0 && identifier(t[:i]) && strings.HasSuffix(t, ")") {
		return true
	}
	for _, sep := range [...]string{"::", "#", "->"} {
		if i := strings.Index(t, sep); i > 0 && i+len(sep) < len(t) && identifier(t[:i]) && identChar(t[i+len(sep)]) {
			return true
		}
	}
	if i := strings.IndexByte(t, '='); i > 0 && i < len(t)-1 && identifier(t[:i]) {
		return true
	}
	if codeFile(t) {
		return true
	}
	if !identifier(t) {
		return false
	}
	if i := strings.IndexByte(t, '_'); i > 0 && i < len(t)-1 && strings.Trim(t, "_0123456789") != "" {
		return true
	}
	lower := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			if lower >= 2 && i < len(t)-1 {
				return true
			}
			lower = 0
		default:
			lower = 0
		}
	}
	return false
}

// codeFile reports a file named with a source's or a config's ending
// (main.rs, Cargo.toml, setup.cfg) or a dotted name of code (os.path,
// Node.js), not a sentence's full stop.
func codeFile(t string) bool {
	dot := strings.LastIndexByte(t, '.')
	if dot <= 0 || dot == len(t)-1 {
		return false
	}
	ext := strings.ToLower(t[dot+1:])
	if !identifier(t[:dot]) && !identifier(strings.ReplaceAll(t[:dot], ".", "_")) {
		return false
	}
	return codeEndings[ext]
}

// codeEndings are the endings of source and config files and of code's
// dotted names.
var codeEndings = setOf("rs", "go", "py", "c", "h", "cc", "cpp", "hpp", "cxx", "js", "mjs", "cjs", "ts", "tsx", "jsx", "java",
	"kt", "rb", "pl", "pm", "lua", "sh", "bash", "zsh", "json", "yaml", "yml", "toml", "ini", "cfg", "conf", "xml", "md", "rst",
	"lock", "mk", "cmake", "gradle", "sql", "proto", "hs", "ml", "ex", "exs", "erl", "swift", "cs", "fs", "vue", "svelte", "css",
	"scss", "el", "vim", "nix", "tf", "dockerfile", "s", "asm", "ld", "dts", "patch", "diff", "ipynb", "wasm", "so", "a", "o")

// numberToken reports a version (v3, v1.5, 1.4.0, 3.11) or a part
// number, letters and digits in one word (z80, x86_64, sha256, pdp-11,
// R4F2113).
func numberToken(t string) bool {
	v := strings.TrimPrefix(strings.TrimPrefix(t, "v"), "V")
	if v != t && len(v) > 0 && allDigitsDots(v) {
		return true
	}
	if strings.Count(t, ".") >= 1 && allDigitsDots(t) && t[0] != '.' && t[len(t)-1] != '.' && len(t) >= 3 {
		return true
	}
	letters, digits := 0, 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isLetter(c):
			letters++
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == '_':
		default:
			return false
		}
	}
	return letters >= 1 && digits >= 1 && len(t) >= 3
}

// allDigitsDots reports digits with dots between them (1.4.0).
func allDigitsDots(s string) bool {
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == '.':
		default:
			return false
		}
	}
	return digit
}

// isLetter reports an ASCII letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// flagLetters reports a short flag's letters after its dash (rf, O2).
func flagLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) && !(s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return len(s) > 0 && isLetter(s[0])
}

// hexWord reports hex digits of either case.
func hexWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return len(s) > 0
}

// identChar reports a letter, a digit or an underscore.
func identChar(c byte) bool { return isAlnum(c) || c == '_' }

// identifier reports a name a program could give: letters, digits and
// underscores, a letter or underscore first.
func identifier(s string) bool {
	if s == "" || !(isLetter(s[0]) || s[0] == '_') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !identChar(s[i]) {
			return false
		}
	}
	return true
}

// pathEchoes reports whether the folded word w names a word of the
// link's path: the path split at anything but letters and digits and
// between a lower-case letter and a capital (doomClassicRenderer), a
// word of four letters or more, or of three with a digit (z80), that
// says what the page is about (not html, index, docs, en), the same, one
// the other's plural, or the start of a longer path word of a digit
// (z80: z80undoc).
func pathEchoes(path, w string) bool {
	if len(w) < 3 || len(w) == 3 && strings.IndexAny(w, "0123456789") < 0 || echoPlain[w] || plainLinkWords[w] || !wordLike(w) {
		return false
	}
	found := false
	forPieces(path, 6, func(p string) bool {
		found = p == w || p == w+"s" || w == p+"s" || p == w+"es" || w == p+"es" ||
			strings.IndexAny(w, "0123456789") >= 0 && strings.HasPrefix(p, w)
		return !found
	})
	return found
}

// forPieces calls fn with the lower-case pieces of s, split at anything
// but letters and digits and at a capital after a lower-case letter
// (doomClassicRenderer, toTitleCase), until fn returns false or, when
// segs is not negative, segs slashes have been passed.
func forPieces(s string, segs int, fn func(string) bool) {
	for i, n := 0, 0; i < len(s) && (segs < 0 || n < segs); {
		if s[i] == '/' {
			n++
		}
		j := i
		for j < len(s) && isAlnum(s[j]) {
			if j > i && s[j] >= 'A' && s[j] <= 'Z' && s[j-1] >= 'a' && s[j-1] <= 'z' {
				break
			}
			j++
		}
		if j == i {
			i++
			continue
		}
		if !fn(strings.ToLower(s[i:j])) {
			return
		}
		i = j
	}
}

// echoPlain are path words that say nothing of a page's subject.
var echoPlain = setOf("html", "index", "docs", "doc", "page", "pages", "post", "posts", "blog", "wiki", "home", "file", "files",
	"view", "content", "contents", "article", "articles", "latest", "stable", "master", "main", "tree", "blob", "issues",
	"pull", "en", "us", "default", "site", "sites", "link", "links", "here", "this", "that", "with", "from", "download",
	"downloads", "release", "releases", "update", "updates", "login", "signin", "account", "verify", "secure", "support",
	"help", "info", "news", "about", "user", "users", "public", "static", "assets", "media", "images", "image", "upload",
	"uploads", "share", "shared", "online", "free", "official", "server", "service", "services", "app", "apps", "web",
	"tool", "tools", "guide", "new", "old", "get", "www", "http", "https")

// techWords are words of technical vocabulary: what software,
// hardware, networks and mathematics are talked of in, which a lure has
// no use for.
var techWords = setOf( // programs and languages
	"compiler", "compilers", "compile", "compiled", "compiling", "interpreter", "interpreters", "parser", "parsers", "parsing",
	"lexer", "grammar", "syntax", "semantics", "bytecode", "opcode", "opcodes", "assembly", "assembler", "linker", "linking",
	"runtime", "allocator", "allocation", "malloc", "heap", "stack", "pointer", "pointers", "struct", "structs", "enum",
	"enums", "typedef", "generic", "generics", "closure", "closures", "lambda", "recursion", "recursive", "iterator",
	"iterators", "coroutine", "coroutines", "async", "await", "callback", "callbacks", "mutex", "mutexes", "semaphore",
	"thread", "threads", "threading", "concurrency", "concurrent", "parallelism", "scheduler", "scheduling", "deadlock",
	"garbage", "gc", "refcount", "borrow", "lifetime", "lifetimes", "trait", "traits", "interface", "interfaces", "class",
	"classes", "method", "methods", "function", "functions", "variable", "variables", "constant", "macro", "macros",
	"template", "templates", "namespace", "module", "modules", "library", "libraries", "crate", "crates", "dependency",
	"dependencies", "refactor", "refactoring", "regex", "regexp", "regular", "expression", "expressions", "string",
	"strings", "integer", "integers", "float", "floating", "array", "arrays", "hashmap", "hash", "hashing", "tree",
	"trees", "graph", "graphs", "queue", "queues", "buffer", "buffers", "cache", "caching", "serialization",
	"deserialization", "serialize", "encoding", "decoding", "unicode", "utf", "ascii", "codec", "implementation",
	"implementations", "implements", "implement", "implemented", "algorithm", "algorithms", "benchmark", "benchmarks",
	"profiler", "profiling", "debugger", "debugging", "breakpoint", "segfault", "panic", "exception", "exceptions",
	"stacktrace", "traceback", "assertion", "unittest", "testsuite", "regression", "fuzzing", "fuzzer", "linter",
	"formatter", "typescript", "javascript", "python", "golang", "rust", "haskell", "ocaml", "erlang", "elixir", "clojure",
	"lisp", "scheme", "fortran", "cobol", "kotlin", "scala", "perl", "ruby", "lua", "julia", "wasm", "webassembly", "llvm",
	"gcc", "clang", "rustc", "cargo", "npm", "pip", "cmake", "makefile", "gradle", "maven", "bazel", "stdlib", "posix",
	"glibc", "musl", "abi", "api", "apis", "sdk", "cli", "repl", "ide", "vim", "emacs", "git", "commit", "commits",
	"branch", "merge", "rebase", "upstream", "fork", "patchset", "changelog", "semver", "deprecated", "backport",
	"specification", "rfc", "draft", "spec", "schema", "schemas", "json", "yaml", "toml", "xml", "html", "css", "markdown",
	"markup", "sql", "query", "queries", "database", "databases", "postgres", "postgresql", "sqlite", "mysql", "index",
	"indexes", "transaction", "transactions", "orm", "migration",
	// systems and hardware
	"kernel", "kernels", "syscall", "syscalls", "driver", "drivers", "firmware", "bootloader", "bios", "uefi", "microcontroller",
	"microcontrollers", "mcu", "fpga", "cpu", "cpus", "gpu", "gpus", "cuda", "simd", "avx", "risc", "arm", "x86", "register",
	"registers", "interrupt", "interrupts", "dma", "mmu", "paging", "virtual", "memory", "filesystem", "ext4", "zfs",
	"btrfs", "inode", "mount", "process", "processes", "daemon", "systemd", "init", "shell", "bash", "terminal", "tty",
	"linux", "unix", "bsd", "freebsd", "openbsd", "container", "containers", "docker", "kubernetes", "k8s",
	"pod", "pods", "vm", "hypervisor", "qemu", "kvm", "virtualization", "emulator", "emulation", "circuit", "circuits",
	"schematic", "pcb", "soldering", "voltage", "resistor", "capacitor", "transistor", "oscillator", "antenna", "dipole",
	"frequency", "signal", "signals", "sensor", "sensors", "serial", "uart", "spi", "i2c", "usb", "pcie", "sata", "ssd",
	"nvme", "latency", "throughput", "bandwidth", "clock", "cycle", "cycles", "instruction", "instructions",
	"pipeline", "datasheet", "microcode", "opengl", "vulkan", "shader", "shaders", "renderer", "rendering",
	"raytracing", "engine", "framebuffer", "texture", "textures", "mesh", "sprite", "sprites",
	// networks and protocols
	"protocol", "protocols", "tcp", "udp", "ip", "ipv4", "ipv6", "dns", "dhcp", "http", "http2", "http3", "quic", "tls",
	"ssl", "ssh", "sftp", "ftp", "smtp", "imap", "websocket", "websockets", "grpc", "rpc", "rest", "graphql", "endpoint",
	"endpoints", "socket", "sockets", "packet", "packets", "router", "routing", "subnet", "netmask", "gateway", "firewall",
	"iptables", "nftables", "nat", "vpn", "wireguard", "openvpn", "proxy", "nginx", "apache", "load", "balancer",
	"handshake", "header", "headers", "payload", "mtu", "bgp", "ospf", "vlan", "ethernet", "wifi", "bluetooth",
	"cipher", "ciphers", "encryption", "decryption", "aes", "rsa", "ecdsa", "sha256", "hmac", "certificate", "certificates",
	"x509", "pki", "oauth", "jwt", "cors", "csrf", "xss", "cve", "exploit", "vulnerability", "mitigation", "sandbox",
	// data and maths
	"dataset", "datasets", "tensor", "tensors", "gradient", "gradients", "neural", "transformer", "transformers", "llm",
	"llms", "inference", "training", "finetuning", "lora", "embedding", "embeddings", "model", "models", "matrix",
	"matrices", "vector", "vectors", "linear", "algebra", "polynomial", "integral", "derivative", "theorem", "proof",
	"lemma", "probability", "statistics", "statistical", "entropy", "compression", "decompression",
	"lossless", "huffman", "permutation", "permutations", "combinatorics", "multiset", "multisets", "partition",
	"partitions", "numerical", "precision", "bitwise", "binary", "hexadecimal", "endian", "endianness",
	// software work
	"bug", "bugs", "crash", "crashes", "config", "configuration", "flag", "flags", "option",
	"options", "argument", "arguments", "parameter", "parameters", "return", "returns", "null", "nil", "undefined",
	"boolean", "type", "types", "typed", "typing", "unsafe", "framework", "frameworks", "middleware", "plugin", "plugins",
	"backend", "frontend", "render", "component", "components", "hook", "hooks", "state", "reducer", "webpack",
	"vite", "bundler", "transpiler", "polyfill", "dom", "repository", "repo", "monorepo", "ci",
	"deploy", "deployment", "build", "builds", "binaries", "toolchain", "cross", "static", "dynamic", "linked",
	"source", "sources", "srcs", "output", "input", "stdin", "stdout", "stderr", "log", "logs",
	"logging", "metrics", "tracing", "timeout", "retry", "idempotent", "cron")

// techTalkDrop is how much the link model's logit is lowered for a link
// a message talks of with technical substance (techTalkReading): a small
// site's page the model reads 3.6 to 5.6 logits towards phishing (the
// combiner warns from 3.62 alone) is read under the warn line. At 1 the
// one benign line it moves (deb-text20h) stays warned; at 1.5, 2 and 3
// it passes, and the probes written to pass the reading lose about as
// many levels at 1.5 as at 2 (BENCHMARKS.md, ctx33).
const techTalkDrop = 2

// techTalkFloor is the link model's logit under which techTalkReading
// does not read the message: a link read so is unremarkable already.
const techTalkFloor = 2

// techTalkMinWords, techTalkMinScore and techTalkMinKinds are what a
// message must hold to read as technical talk (techTalk): words of its
// own (plainWords), a substance score and kinds of content
// (substance.score, substance.kinds).
const (
	techTalkMinWords = 8
	techTalkMinScore = 4
	techTalkMinKinds = 2
)

// techTalkReading returns a link's signals with the link model's
// reading lowered by techTalkDrop where the model alone carries the
// link and the message around it talks of the page with technical
// substance (knowledge.techTalk). Of the English benign tuning halves'
// false alarms (fp32), 116 of 190 were the link model alone reading a
// small site's page 3 to 5 logits towards phishing; tech chat around
// such a page talks of its subject (code, versions, technical words, the
// page's own words), where a hijacked account's spray is a short line.
//
// Only where nothing else speaks: no signal of the link's but the
// model's and a cheap ending's small weight (.info, 0.1; modelAlone), no
// finding about its host's name, no hand rule so far in the message; a
// link on a name of its own under an ICANN ending (no IP, port, user
// name, query, page anyone publishes, hosting platform's name, name read
// leniently), written as it is (not carried, disguised or hidden), no
// file but a page, a path of words (talkedDocPath; no paperwork, kit,
// document lure, token, numbered page, dotted folder, brand, lure or
// scheme word, site code or asset folder, lure's stem or script page:
// wordsPath). Run time only: the trainer fits the combiner on
// Classify's readings without it.
//
// What it gives up (BENCHMARKS.md ctx33): the training lists' 90,273
// phishing URLs framed in nineteen attacker lines, five neutral, ten
// tech-flavoured ("docs for the API are at", "fixed the build, see", a
// fake issue comment with a version, code and a parser's crash) and four
// that say the URL's own path words: the neutral and tech-flavoured
// lines lose no level, nor does "<path words> docs"; only the three
// lines written to say the page's path words among technical ones lose
// 209 to 568 each (0.2 to 0.6 %).
func (c *Classifier) techTalkReading(rs *reasons, l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || sig[model.SigModel] < techTalkFloor || !modelAlone(&sig) {
		return sig
	}
	if l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Query != "" || l.Carried || l.Disguised || l.Hidden || l.Domain == "" || !l.ICANN {
		return sig
	}
	if _, hosted := model.Site(*l); hosted || info.userContent || info.trusted || info.read != nil {
		return sig
	}
	for i := range info.reasons {
		if !info.reasons[i].fitted || info.reasons[i].Code != CodeSuspiciousTLD {
			return sig
		}
	}
	for _, r := range rs.items() {
		if !r.fitted {
			return sig // a hand rule has spoken
		}
	}
	if f := linkFile(l); strings.IndexByte(f, '.') > 0 && !pageFile(l.Path) {
		return sig
	}
	if paperworkPath(l.Path) || kitPath(l.Path) || docLurePage(l.Path) || tokenPage(l.Path) || dottedFolder(l.Path) ||
		!talkedDocPath(l.Path) || len(pathLureWords(l)) > 0 || pathBrand(l, info, k.brands) != nil || !wordsPath(l.Path, k.brands) {
		return sig
	}
	if !k.techTalk(l) {
		return sig
	}
	sig[model.SigModel] = model.ClampModel(float64(sig[model.SigModel]) - techTalkDrop)
	return sig
}

// modelAlone reports link signals where nothing but the link model
// speaks, a cheap ending's small weight (.info, 0.1) aside.
func modelAlone(sig *model.LinkSignals) bool {
	for i, v := range sig {
		switch model.LinkSignal(i) {
		case model.SigModel:
		case model.SigAbusedTLD:
			if v > 0.1 {
				return false
			}
		default:
			if v != 0 {
				return false
			}
		}
	}
	return true
}

// techTalk reports a message that talks of the link l with technical
// substance and of nothing a lure speaks of: no lure's or notice's word,
// mild ones too (speaksAny), no brand, no @everyone, no second person,
// no word of money, crypto, accounts or credentials (moneyWords);
// techTalkMinWords words of its own in English letters with no
// paperwork's (plainWords); and in its words (techSubstance) a word of
// the link's path said, and a score of techTalkMinScore of two kinds or
// more: one technical word beside a link, a version, a path's word
// alone, or a short remark is not enough.
func (k *knowledge) techTalk(l *linkx.Link) bool {
	if k.speaksAny() || k.namesBrand() || mentionsEveryone(k.text) || k.plainWords() < techTalkMinWords {
		return false
	}
	for w := range strings.FieldsFuncSeq(string(k.folded()), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if secondPerson[w] || moneyWords[w] {
			return false
		}
	}
	s := k.techSubstance(l)
	return s.echo > 0 && s.score() >= techTalkMinScore && s.kinds() >= techTalkMinKinds
}

// moneyWords are words of money, crypto, accounts and credentials: a
// lure's subject, which keeps the model's reading as it is.
var moneyWords = setOf("money", "cash", "usd", "dollar", "dollars", "eur", "euro", "euros", "price", "prices", "profit",
	"profits", "earn", "earning", "earnings", "income", "invest", "investing", "investment", "investor", "investors",
	"crypto", "cryptocurrency", "bitcoin", "btc", "eth", "ethereum", "usdt", "usdc", "token", "tokens", "coin", "coins",
	"nft", "nfts", "airdrop", "airdrops", "wallet", "wallets", "seed", "mnemonic", "login", "logon", "signin", "account",
	"accounts", "password", "passwords", "passcode", "passphrase", "verify", "verification", "verified", "kyc", "bank",
	"banking", "payment", "payments", "pay", "card", "credit", "claim", "reward", "rewards", "bonus", "gift", "prize",
	"free", "giveaway", "win", "winner", "exchange", "trading", "trade", "deposit", "withdraw", "withdrawal",
	"blockchain", "web3", "defi", "dapp", "staking", "stake", "mint", "minting", "swap", "solana", "sol", "bnb", "otp",
	"2fa", "credential", "credentials", "ssn", "tax", "invoice", "refund", "loan", "salary", "job", "hiring", "paid")

// wordsPath reports a path a site's pages of content are served under:
// no folder of a site's own code (siteCodeFolders: a kit unpacked on a
// compromised site), no page a server runs (.php, .aspx, .jsp, .cgi),
// and no word of a lure's or a scheme's anywhere in it (pathLureWords
// reads the first segments only).
func wordsPath(path string, bm *brand.Matcher) bool {
	if pageFile(path) && !staticPage(path) || numberedPage(path) {
		return false
	}
	ok := true
	forPieces(path, -1, func(w string) bool {
		ok = !(moneyWords[w] || paperworkWords[w] && !docsWords[w] ||
			len(w) >= 4 && (model.DomainWord(w) || model.SchemeWord(w) || bm.Named(w, 5) != nil))
		for _, stem := range lureStems {
			ok = ok && !strings.Contains(w, stem)
		}
		return ok
	})
	if !ok {
		return false
	}
	for seg := range strings.SplitSeq(strings.ToLower(path), "/") {
		if siteCodeFolders[seg] || siteFolders[seg] || strings.HasSuffix(seg, ".cgi") || strings.HasSuffix(seg, ".pl") {
			return false
		}
	}
	return true
}

// lureStems are pieces of what phishing asks for, read inside a path's
// run-together words (myaccount, verif, securelogin, unlockid).
var lureStems = [...]string{"account", "login", "logon", "signin", "signon", "verif", "secur", "passw", "wallet", "bank",
	"billing", "webmail", "confirm", "unlock", "suspend", "recover", "restor", "validat", "claim", "reward", "authent"}

// wordLike reports a word of letters, or of letters and then digits
// (z80, pdp11, sdk7), not a token that mixes them (c4fce, zkw054sj).
func wordLike(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i == 0 {
		return false
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// numberedPage reports a path whose last segment's name, its ending
// aside, runs digits on from its letters (index2.html, amex3.html,
// gx1810229411.shtml, /v3): how kits number their copies and spam pages
// their posts. A number apart (draft-ietf-jose-08.html, /465.htm) is not.
func numberedPage(path string) bool {
	seg := path[strings.LastIndexByte(path, '/')+1:]
	if dot := strings.IndexByte(seg, '.'); dot >= 0 {
		seg = seg[:dot]
	}
	i := len(seg)
	for i > 0 && seg[i-1] >= '0' && seg[i-1] <= '9' {
		i--
	}
	return i < len(seg) && i > 0 && isLetter(seg[i-1])
}
