package brand

// ThirdPartyWord reports whether w is a tool's, a fan site's, a guide's,
// a project's or a news site's word (wordsTool): beside a company's name
// in a host it names a third party's site about the company
// (notion-tracker, figma-plugins, docker-registry-guide), which the
// claimed-sender reading (bot, claim48) never reads as the company's
// impostor.
func ThirdPartyWord(w string) bool { return wordsTool[w] }
