package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestMl46InstallCommand: the command a link stands in as the index, the
// chart or the image installed from, and the links that are no such
// argument (ml46).
func TestMl46InstallCommand(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ text, want string }{
		{"pip install --index-url http://pypi-fast.xyz/simple/ numpy", "pip"},
		{"pip install --index-url=http://pypi-fast.xyz/simple/ numpy", "pip"},
		{"pip install \"https://pypi-fast.xyz/pkgs/numpy-2.0.tar.gz\"", "pip"},
		{"npm config set registry http://npmjs-cache.xyz/", "npm"},
		{"helm upgrade --install prom https://charts-hub.xyz/prom-1.0.tgz", "helm"},
		{"helm repo add fast https://helm-charts.click/", "helm"},
		{"docker run -d --gpus all ghcr-mirror.xyz/ollama/ollama:latest", "docker"},
		{"pip config set global.index-url http://pypi-fast.xyz/simple", "pip"},
		{"poetry source add fast https://pypi-fast.xyz/simple/", "poetry"},
		{"podman pull registry-mirror.top/library/nginx", "podman"},
		{"docker run -d -e URL=https://jellyfin.mylab.xyz jellyfin/jellyfin", ""},
		{"docker run --rm -it alpine wget -qO- https://ifconfig.top", ""},
		{"helm install grafana grafana/grafana --set url=https://grafana.homelab.online", ""},
		{"npm install then open https://todo-demo.online", ""},
		{"pip install x\nsee https://pypi-fast.xyz/simple/", ""},
		{"our docs: https://pypi-fast.xyz/simple/", ""},
	} {
		links, _, clean := linkx.ExtractClean(c.text, nil, 8)
		if len(links) == 0 {
			t.Fatalf("%q: no link", c.text)
		}
		l := &links[len(links)-1]
		if got := installCommand(clean, l); got != c.want {
			t.Errorf("installCommand(%q, %s) = %q, want %q", c.text, l.Host, got, c.want)
		}
	}
	for u, want := range map[string][2]bool{
		"https://pypi-fast.net/simple":    {true, false},
		"https://pypi.kevhome.xyz/simple": {false, true},
		"http://93.184.12.3/simple":       {true, false},
		"http://10.0.0.5/simple":          {false, false},
		"https://pypi.nvidia.com/":        {false, false},
		"https://abetlen.github.io/whl":   {false, false},
	} {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("%s: no link", u)
		}
		if named, cheap := strangerIndex(&l); named != want[0] || cheap != want[1] {
			t.Errorf("strangerIndex(%s) = %v, %v, want %v, %v", u, named, cheap, want[0], want[1])
		}
	}
	for u, want := range map[string]bool{
		"https://hf-models-mirror.top/x.pth": true, "https://huggingfacecdn.net/x.pt": true,
		"https://civitai-mirror.net/x.ckpt": true, "https://hf-mirror.com/x.pth": false,
		"https://models.silero.ai/x.pt": false, "https://model.github.io/x.pt": false,
	} {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("%s: no link", u)
		}
		if got := hubLike(&l); got != want {
			t.Errorf("hubLike(%s) = %v, want %v", u, got, want)
		}
	}
}
