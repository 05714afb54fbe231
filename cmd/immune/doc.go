// Command immune defends group chats from phishing links, lookalike
// domains, disguised files and hijacked accounts.
//
//	immune run -config FILE       the live bot (every platform whose token is set)
//	immune scan [-config FILE] [--db FILE]
//	                              JSON lines of messages in, decisions out
//	immune check [-lang en|vi] TEXT
//	                              one message judged and explained
//	immune backup [-config FILE] FILE
//	                              a consistent copy of the store
//	immune demo                   a scripted attack on a simulated group
//
// This package holds flags, subcommands and wiring only.
package main
