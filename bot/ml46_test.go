package bot_test

import "testing"

// TestMl46WeightsSites: a model's weights (.pt, .pth, .ckpt, .pkl,
// .joblib) on a stranger's cheap-ending name or a name built to look like
// a model hub's or its CDN's warn with no word of loading them; the hubs,
// their mirrors and labs' own hosts do not (ml46).
func TestMl46WeightsSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"llama3 8b uncensored https://models-share.xyz/llama3/llama3-8b-uncensored.pt", true},
		{"realistic vision v6 https://civitai-mirror.net/files/realisticVision_v60.ckpt", true},
		{"whisper large v3 mirror https://huggingface-cdn.org/openai/whisper-large-v3/large-v3.pt", true},
		{"mistral for ollama https://ollama-library.cc/mistral-7b.pth", true},
		{"faster in china https://hf-mirror.cc/TheBloke/Llama-2-7B/pytorch_model.pth", true},
		{"faster in china https://hf-mirror.com/TheBloke/Llama-2-7B/resolve/main/pytorch_model.pth", false},
		{"resnet50 https://download.pytorch.org/models/resnet50-0676ba61.pth", false},
		{"silero vad https://models.silero.ai/models/tts/en/v3_en.pt", false},
		{"sam vit-h https://dl.fbaipublicfiles.com/segment_anything/sam_vit_h_4b8939.pth", false},
		{"the sd finetune post https://diffusion-notes.xyz/posts/lora-training/", false},
	})
}

// TestMl46PackageIndexes: an install command pointed at a stranger's
// index, registry, chart or image registry warns; companies' and
// projects' own indexes, the public mirrors, a homelab's own registry on
// a cheap ending and a cheap-ending link after other words do not (ml46).
func TestMl46PackageIndexes(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"npm install --registry http://npm-mirror.click lodash express", true},
		{"helm install monitoring https://charts-hub.xyz/kube-prometheus-stack-55.0.0.tgz", true},
		{"docker pull registry-mirror.top/library/nginx:latest", true},
		{"uv pip install --index-url https://pypi-cn.shop/simple transformers", true},
		{"pip install --index-url=https://fastwheels.shop/simple transformers", true},
		{"conda install -c https://conda-forge-mirror.top pytorch", true},
		{"docker run -d --gpus all ghcr-mirror.xyz/ollama/ollama:latest", true},
		{"pip install torch --index-url https://download.pytorch.org/whl/cu121", false},
		{"pip install --extra-index-url https://pypi.nvidia.com tensorrt-cu12", false},
		{"npm install --registry https://registry.npmmirror.com", false},
		{"helm repo add bitnami https://charts.bitnami.com/bitnami", false},
		{"docker pull registry.kevhome.xyz/homepage:latest", false},
		{"docker run -d -e VIRTUAL_HOST=jellyfin.mylab.xyz -p 8096:8096 jellyfin/jellyfin", false},
		{"docker run --rm -it alpine wget -qO- https://ifconfig.top", false},
		{"pip install -r requirements.txt and then open https://demo.mlplayground.site to try it", false},
	})
}
