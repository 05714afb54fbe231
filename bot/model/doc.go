// Package model scores links with models learned from data rather than
// weights set by hand.
//
// The link model is a logistic regression over hashed features of a link:
// character n-grams and words of the registrable label and of the
// subdomain, the public suffix, the free-hosting parent a site sits on,
// the shape of the name (length, hyphens, digits, how random its letters
// look) and, for a link with a path, the words, file extension, query keys
// and shape of the path. Its weights are learned by cmd/train from the
// phishing and benign lists in ../shared/train and a benign link corpus
// the trainer assembles, and are embedded (weights.bin). A model may
// carry experts (models of one kind of scam each, over the host name's
// features): a link then scores the highest of their logits and the
// model's. The committed model has one, for crypto scams (weights.bin
// holds both, 4 MB). A model may also carry a booster (trees over dense
// features of the name) or a net (a small neural network over the name's
// features); each adds to a host's logit and was measured and not kept.
// Digit-shape features of the host name (the order of its letters, digits
// and hyphens; its n-grams with every digit folded to 0) are written only
// for a model trained with them (Model.DigitShape, SetDigitShape): measured
// and not kept. The feature of a plain-HTTP page of an older site
// (PlainPage), its weight set by the trainer from real links, is written
// only for a model that has it (Model.PlainPages, SetPlainPages); the
// committed model has it since the seventeenth session.
//
// The combiner is a second, small logistic regression that turns the link
// model's score, the brand signals of package brand, lure words and the
// sender's context into the probability that a message is a threat. Its
// coefficients are fitted by cmd/train on labelled messages and embedded
// too (combine.json).
//
// Scoring allocates nothing: features are hashed as they are read.
package model
