package bot

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Log chat linking (Telegram): an admin sends /setlog in the group and gets
// a code, then sends /link CODE in the private log chat; or /link in the
// log chat first and /setlog CODE in the group. The same person must do
// both and be an admin of both; the code lasts linkTTL. Codes are kept in
// the store, so that a restart keeps them and any process sharing the
// store (a Telegram webhook replica) takes the code another handed out.

// linkTTL is how long a link code is good for.
const linkTTL = 15 * time.Minute

// LinkCode is a code handed out by /setlog or /link, waiting for its other
// half.
type LinkCode struct {
	Code     string
	Platform Platform
	Chat     string // where the code was asked for
	Title    string // the title of Chat then
	User     string // who asked for it: only they may complete the link
	FromLog  bool   // asked for with /link in the log chat
	Direct   bool   // Chat is the asker's private chat with the bot
	Expires  time.Time
}

// LinkCodes keeps the codes that link a log chat to a group, shared by
// every process on the store. Unlike the other writes, each is durable
// (and seen by the other processes) when the method returns.
type LinkCodes interface {
	// PutLinkCode stores c unless a live code (one that expires after now)
	// has its Code already, and reports whether it did. It replaces the
	// code the same user asked for in the same chat before, and forgets
	// the codes that have expired by now.
	PutLinkCode(ctx context.Context, c LinkCode, now time.Time) (bool, error)
	// TakeLinkCode returns the code if it is live at now, else
	// ErrNotFound, and forgets it when user is the one who asked for it:
	// a live code of another user's is returned and kept, so that whoever
	// reads a code cannot spend it. Of callers taking one code at once, in
	// any processes, one gets it.
	TakeLinkCode(ctx context.Context, code, user string, now time.Time) (LinkCode, error)
}

// codeAlphabet leaves out letters and digits that read alike.
const codeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// newLinkCode draws a code of 8 letters and digits from codeAlphabet (40
// bits).
func newLinkCode() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = codeAlphabet[int(b[i])%len(codeAlphabet)]
	}
	return string(b[:])
}

// linkCodeShaped reports whether s could be a link code (an empty s can:
// it asks for one): 8 letters and digits of codeAlphabet, in any case.
func linkCodeShaped(s string) bool {
	s = strings.ToUpper(strings.TrimSpace(s))
	return s == "" || len(s) == 8 && strings.Trim(s, codeAlphabet) == ""
}

// issueLinkCode hands out a code for p, live for linkTTL from now.
func (e *Engine) issueLinkCode(ctx context.Context, p LinkCode, now time.Time) (string, error) {
	p.Expires = now.Add(linkTTL)
	for range 4 {
		p.Code = newLinkCode()
		ok, err := e.store.PutLinkCode(ctx, p, now)
		if err != nil {
			return "", fmt.Errorf("store link code: %w", err)
		}
		if ok {
			return p.Code, nil
		}
	}
	return "", errors.New("store link code: every code drawn is in use")
}

// takeLinkCode returns the live code's link, forgetting it if user asked
// for it, or nil when code is no live code.
func (e *Engine) takeLinkCode(ctx context.Context, code, user string, now time.Time) (*LinkCode, error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) != 8 || strings.Trim(code, codeAlphabet) != "" {
		return nil, nil
	}
	p, err := e.store.TakeLinkCode(ctx, code, user, now)
	switch {
	case errors.Is(err, ErrNotFound):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("take link code: %w", err)
	}
	return &p, nil
}
