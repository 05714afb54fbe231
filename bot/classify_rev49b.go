package bot

import "strings"

// docLureWords are the words of a drainer's or a fake airdrop's spray
// that model.DomainWord and model.SchemeWord do not read and that a
// developer's talk of a specification seldom holds (rev49b): a share
// offered (allocation, eligible, adopters, holders, season, incentives,
// retroactive), a sale (ido, ico, tge, presale, whitelist, allowlist), a
// yield (staking, deposit, withdraw, apy, apr, earn, mint, faucet,
// coins, funds), a trouble (stuck, approvals), a moderator's notice
// (announcement, mods, admins, moved, trust) and the hype of a shill
// (gm, fam, nfa, financial, hurry, spots), and the pages a scam's own
// site keeps (whitepaper, litepaper, tokenomics, roadmap). Beside a
// project's documentation page they keep projectDocReading from reading
// it (asksOfReader); in the page's path or fragment (projectDocPath),
// with points too.
var docLureWords = setOf("allocation", "allocations", "eligible", "eligibility", "adopters", "holders", "season",
	"incentive", "incentives", "incentivized", "incentivised", "retroactive", "ido", "ico", "tge", "presale",
	"whitelist", "allowlist", "staking", "stake", "deposit", "deposits", "withdraw", "withdrawal", "withdrawals",
	"apy", "apr", "earn", "earning", "earnings", "mint", "minting", "faucet", "coins", "funds", "stuck", "approvals",
	"announcement", "mods", "admins", "moved", "trust", "gm", "fam", "nfa", "financial", "hurry", "spots",
	"whitepaper", "litepaper", "tokenomics", "roadmap")

// hypeSymbols reports a message holding an emoji or a pictograph (a
// four-byte UTF-8 sequence, or U+2600 to U+27BF: ⚡, ✅, ❗): the shill's
// and the spray's ornament (🚀, 🔥, 💰, 🎁), where a developer linking a
// specification writes words (rev49b).
func hypeSymbols(s string) bool {
	for i := strings.IndexByte(s, 0xE2); i >= 0 && i+1 < len(s); {
		if b := s[i+1]; b >= 0x98 && b <= 0x9E {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xE2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return strings.IndexByte(s, 0xF0) >= 0
}
