package main

import (
	"fmt"
	"strings"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// The probe of ordinary Vietnamese firms' names of the ninth pass
// (BENCHMARKS.md): every trade joined to every proper name, here under
// each of five endings instead of one drawn by chance. Its words are
// left out of generateVietnameseBusinesses, so that it measures names
// no model was shown; it is read, never trained or tuned on.
var (
	probeTrades = strings.Fields(`dongphuc noithat hoatuoi nhakhoa xaydung cokhi inan quangcao thietke dulich
		khachsan nhahang giaydep thoitrang thucpham nongsan banhngot dienlanh maytinh xemay oto vantai kientruc luat
		ketoan giasu tienganh mamnon phongkham nhathuoc gomsu dogo thepxaydung sonnha camera`)
	probeNames = strings.Fields(`binhminh hoanggia phuongnam anphat thanhcong minhchau vietnhat hoangphat saoviet
		hongphuc thienan ngocanh phuthinh truongthanh tanphat ducminh quanghuy baoan kimlong hailong vinhphat namviet
		thuanphat dailoc hungthinh minhkhang`)
	probeEndings = strings.Fields(`vn com.vn com net`)
)

// probeVietnameseFirms prints how many of the probe's names the whole
// classifier flags as bare links.
func probeVietnameseFirms(m *model.Model, comb *model.Combiner) {
	c := bot.NewClassifier(bot.ClassifierConfig{LinkModel: m, Combiner: comb})
	n, flagged := 0, 0
	var shown []string
	for _, t := range probeTrades {
		for _, name := range probeNames {
			for _, e := range probeEndings {
				host := t + name + "." + e
				if _, ok := linkx.Parse("https://" + host + "/"); !ok {
					continue
				}
				msg := bot.Message{ID: "x", Platform: bot.Discord, Chat: "c", User: "u", Time: t0, Text: "https://" + host + "/"}
				n++
				if c.Classify(&msg, bot.Hints{}).Verdict.Level >= bot.Warn {
					flagged++
					if len(shown) < 12 {
						shown = append(shown, host)
					}
				}
			}
		}
	}
	fmt.Printf("\nVietnamese firms' names (the ninth pass's probe, every ending): %d of %d flagged (%.2f%%): %s\n", flagged, n, 100*float64(flagged)/float64(n), strings.Join(shown, " "))
}
