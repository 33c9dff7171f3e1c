#!/usr/bin/env bash
# CI for examples/beam, a Go module of its own (Apache Beam's dependencies
# stay out of the library's module): vet, gofmt, staticcheck, and the
# tests, which run the pipeline with the Prism runner on a generated
# corpus. Run from anywhere: bash examples/beam/ci.sh
set -euo pipefail
cd "$(dirname "$0")"
export GOFLAGS=-mod=mod
# Beam's dependencies take about 2.5 minutes to download into an empty
# module cache, and up to about 6 minutes to compile on 2 cores with an
# empty build cache.
timeout 900 go mod download
timeout 900 go vet ./...
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi
timeout 600 go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
timeout 900 go test -count=1 -timeout 10m ./...
