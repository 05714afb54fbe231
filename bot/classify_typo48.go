package bot

import "strings"

// Typosquats of the libraries workers, small businesses and traders
// install (mal48). mal47's lists (popularPyPI, popularNPM) hold the
// packages creators and developers copy; the finance and office ones a
// payroll script, a shop's checkout or a trading bot is built with were
// fewer (binance-connector, plaid-python, requests-toolbelt were
// missing), and two shapes of a typosquat of them went unread:
//
//   - a letter added at the end of such a name (requests-toolbelts,
//     binance-connectorz): mal47 reads no letter added at a name's end,
//     as plurals are other projects' names (request, requests), so only
//     the names of financePackages, none of which is a plural's stem of
//     another well-known name, are read so (financeSuffixSlip), and a
//     doubled last letter of a short one (ccxtt);
//   - a well-known vendor's npm scope with a word added to it by a
//     hyphen (@stripe-js/sdk, @slack-client/bolt: financeScopes,
//     scopeWords), a scope its vendor never used.
//
// The names are written by hand from general knowledge (no registry was
// looked up); a real package is never read (the lists hold it).

// financePyPI are finance, office and trading packages on PyPI,
// normalized as popularPyPI's are, merged into popularPyPI.
var financePyPI = []string{"requests-toolbelt", "binance-connector", "plaid-python", "alpaca-trade-api",
	"alpaca-py", "metatrader5", "backtrader", "mplfinance", "pandas-datareader", "pandas-ta", "quantstats",
	"yahooquery", "finnhub-python", "alpha-vantage", "polygon-api-client", "ib-insync", "forex-python", "xlwings",
	"xlwt", "pyexcel", "gspread", "docxtpl", "pdfminer-six", "tabula-py", "camelot-py", "msal", "exchangelib",
	"o365", "python-quickbooks", "paypalrestsdk", "braintree", "squareup", "eth-utils", "eth-abi", "solana",
	"solders", "python-bitcoinlib", "ccxt", "yfinance", "stripe", "openpyxl", "pandas", "requests", "web3",
	"python-binance", "pycoingecko", "xlsxwriter", "python-docx", "xlrd", "twilio"}

// financeNPM are finance, office and trading packages on npm, merged
// into popularNPM.
var financeNPM = []string{"plaid", "binance-api-node", "node-binance-api", "paypal-rest-sdk", "braintree",
	"square", "docx", "pdfmake", "googleapis", "google-spreadsheet", "technicalindicators", "ccxt", "node-quickbooks",
	"xero-node", "ethers", "web3", "stripe", "xlsx", "exceljs", "axios", "twilio"}

// financeSet holds financePyPI's and financeNPM's names, the ones a
// letter added at the end is read of (financeSuffixSlip).
var financeSet = map[string]bool{}

// financeScopes are well-known vendors' npm scopes (written without
// their @), and scopeWords the words an impostor joins to one with a
// hyphen (@stripe-js, @slack-client).
var (
	financeScopes = setOf("stripe", "slack", "plaid", "paypal", "twilio", "sendgrid", "coinbase", "binance",
		"shopify", "ethersproject", "metamask")
	scopeWords = setOf("js", "sdk", "client", "api", "official", "node", "npm", "lib", "libs", "utils", "pkg", "io")
)

func init() {
	for _, n := range financePyPI {
		popularPyPI[n], financeSet[n] = true, true
	}
	for _, n := range financeNPM {
		popularNPM[n], financeSet[n] = true, true
	}
	popularPyPISorted, popularNPMSorted = sortedKeys(popularPyPI), sortedKeys(popularNPM)
}

// financeSuffixSlip returns the finance package a normalized name is
// with one letter added at its end (s or z, not after an s), or with the
// last letter of a name of four letters doubled (ccxtt), or "".
func financeSuffixSlip(name string) string {
	if len(name) < 5 {
		return ""
	}
	stem, last := name[:len(name)-1], name[len(name)-1]
	switch {
	case len(stem) == 4 && last == stem[3] && financeSet[stem]:
		return stem
	case (last == 's' || last == 'z') && stem[len(stem)-1] != 's' && len(stem) >= 7 && financeSet[stem]:
		return stem
	}
	return ""
}

// scopeImpostor returns the well-known scope (@stripe) a scoped npm
// package's scope is with a word added by a hyphen (@stripe-js/sdk), or
// "".
func scopeImpostor(name string) string {
	scope, _, ok := strings.Cut(strings.TrimPrefix(name, "@"), "/")
	if !ok || len(scope) > 40 {
		return ""
	}
	scope = strings.ToLower(scope)
	if financeScopes[scope] {
		return ""
	}
	i := strings.LastIndexByte(scope, '-')
	if i <= 0 {
		return ""
	}
	if financeScopes[scope[:i]] && scopeWords[scope[i+1:]] {
		return "@" + scope[:i]
	}
	return ""
}
