// Package chatmix generates a realistic mix of chat messages for
// benchmarks: 70 % plain chat, 25 % messages with benign links and 5 %
// threats, in English and Vietnamese. It is deterministic for a seed. The
// messages are written for this project; no evaluation data is used.
package chatmix
