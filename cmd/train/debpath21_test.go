package main

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestDebPathKeepsShapeWithDebShape: -debpath names the families of a
// real benign link's path it teaches; with -debshape the path's shape is
// taught too, as -debpath's and -debshape's docs say (rev21: -debpath
// dropped it whatever -debshape said).
func TestDebPathKeepsShapeWithDebShape(t *testing.T) {
	defer func(shape bool) { debShape = shape; parseDebPath("") }(debShape)
	if err := parseDebPath("words"); err != nil {
		t.Fatal(err)
	}
	l, _ := linkx.Parse("http://small-project.org/software/tool/index.html")
	for _, shape := range []bool{false, true} {
		debShape = shape
		var fs model.Features
		model.PathFeatures(&l, &fs)
		keepFamilies(&fs, realPathFamilies())
		kept := map[model.Family]bool{}
		for _, f := range fs.List[:fs.N] {
			kept[f.Family] = true
		}
		if !kept[model.PathWords] || kept[model.File] || kept[model.PathShape] != shape {
			t.Errorf("-debpath words -debshape=%t kept %v, want path words and the shape %t", shape, kept, shape)
		}
	}
}
