# syntax=docker/dockerfile:1
# immune: a static binary in a distroless image, running as a non-root
# user, with its store on the /data volume.
#
#   docker build -t immune .
#   docker run -d --name immune -e IMMUNE_TELEGRAM_TOKEN=... -v immune-data:/data immune

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# docker build --build-arg VERSION=v1.2.3 stamps the release into `immune version`.
ARG VERSION=""
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X main.version=${VERSION}" -o /out/immune ./cmd/immune
# The default config is the documented example with the store on /data.
RUN mkdir -p /out/data /out/etc/immune \
 && sed 's|^path = "immune.db"$|path = "/data/immune.db"|' config.example.toml > /out/etc/immune/immune.toml \
 && grep -q '^path = "/data/immune.db"$' /out/etc/immune/immune.toml \
 && /out/immune check "https://example.org" > /dev/null

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/immune /usr/local/bin/immune
COPY --from=build /out/etc/immune/immune.toml /etc/immune/immune.toml
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
VOLUME /data
ENTRYPOINT ["/usr/local/bin/immune"]
CMD ["run", "-config", "/etc/immune/immune.toml"]
