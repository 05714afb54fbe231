package lint

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// packageDirs returns the directories of the module that hold Go code
// other than tests.
func packageDirs(t *testing.T, root string) []string {
	seen := map[string]bool{}
	var dirs []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") && !seen[filepath.Dir(p)] {
			seen[filepath.Dir(p)] = true
			dirs = append(dirs, filepath.Dir(p))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

// TestDocs checks that each package has a doc.go holding its package
// comment, and that every exported name of a library package (a function,
// a method of an exported type, a type, a constant, a variable) has a doc
// comment starting with its name (or "A", "An", "The" and its name). A
// constant or variable in a documented group counts as documented.
func TestDocs(t *testing.T) {
	t.Parallel()
	root := filepath.Join("..", "..")
	for _, dir := range packageDirs(t, root) {
		rel, _ := filepath.Rel(root, dir)
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, parser.ParseComments)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		for _, pkg := range pkgs {
			doc, ok := pkg.Files[filepath.Join(dir, "doc.go")]
			switch {
			case !ok:
				t.Errorf("%s: no doc.go", rel)
			case doc.Doc == nil:
				t.Errorf("%s/doc.go: no package comment", rel)
			}
			for name, f := range pkg.Files {
				if name != filepath.Join(dir, "doc.go") && f.Doc != nil {
					t.Errorf("%s: a package comment outside doc.go", name)
				}
				if pkg.Name != "main" {
					checkDecls(t, fset, f)
				}
			}
		}
	}
}

func checkDecls(t *testing.T, fset *token.FileSet, f *ast.File) {
	for _, decl := range f.Decls {
		switch x := decl.(type) {
		case *ast.FuncDecl:
			if x.Name.IsExported() && (x.Recv == nil || exportedRecv(x.Recv)) {
				checkDoc(t, fset, x.Pos(), x.Name.Name, x.Doc)
			}
		case *ast.GenDecl:
			for _, spec := range x.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if s.Name.IsExported() {
						doc := s.Doc
						if doc == nil && x.Lparen == 0 {
							doc = x.Doc
						}
						checkDoc(t, fset, s.Pos(), s.Name.Name, doc)
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.IsExported() && s.Doc == nil && s.Comment == nil && x.Doc == nil {
							t.Errorf("%s: %s has no doc comment", fset.Position(n.Pos()), n.Name)
						}
					}
				}
			}
		}
	}
}

// exportedRecv reports a method of an exported type.
func exportedRecv(recv *ast.FieldList) bool {
	typ := recv.List[0].Type
	if s, ok := typ.(*ast.StarExpr); ok {
		typ = s.X
	}
	switch x := typ.(type) {
	case *ast.IndexExpr:
		typ = x.X
	case *ast.IndexListExpr:
		typ = x.X
	}
	id, ok := typ.(*ast.Ident)
	return ok && id.IsExported()
}

func checkDoc(t *testing.T, fset *token.FileSet, pos token.Pos, name string, doc *ast.CommentGroup) {
	t.Helper()
	if doc == nil {
		t.Errorf("%s: %s has no doc comment", fset.Position(pos), name)
		return
	}
	words := strings.Fields(doc.Text())
	if len(words) > 1 && (words[0] == "A" || words[0] == "An" || words[0] == "The") {
		words = words[1:]
	}
	if len(words) == 0 || strings.TrimLeft(words[0], "*") != name {
		t.Errorf("%s: the doc comment of %s does not start with its name: %q", fset.Position(pos), name, strings.Join(words[:min(len(words), 5)], " "))
	}
}
