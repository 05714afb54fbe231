// Package lure finds the language of lures in a message, in English and
// Vietnamese, with or without diacritics: account-lock urgency, login and
// verify requests, prizes, gifts and free Nitro, crypto airdrops and
// wallets, staff impersonation, "is this you in this photo?", parcels held
// for a fee, and the invitations to install that come with malware.
//
// Text is folded first (lower case, Vietnamese diacritics and đ removed,
// punctuation to spaces, apostrophes dropped), so "Xác minh tài khoản" and
// "xac minh tai khoan" read alike, then matched against word phrases.
// Words alone never condemn a message: callers weigh a lure only beside a
// link or a file.
package lure
