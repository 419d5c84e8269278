# Vuoro — the two commands a newcomer needs: `make run` and `make test`.

GO      ?= go
BIN     := bin
CMDS    := hub kiosk display
export CGO_ENABLED := 1

.PHONY: all build run run-deps test deps vet bench fuzz soak resources clean

all: build

build:
	$(GO) build -o $(BIN)/ ./hub/cmd/hub ./kiosk/cmd/kiosk ./display/cmd/display

## run: build everything and start the hub (demo data), a kiosk, a queue display and a counter display
run: run-deps build
	BIN=$(BIN) exec ./images/dev/run.sh

## run-deps: install only the Debian packages building and running need (no browser, no Mosquitto, no npm)
run-deps:
	./images/dev/test-deps.sh run

## deps: install the Debian packages the build and the tests need (only what is missing)
deps:
	./images/dev/test-deps.sh
	./images/dev/axe.sh

vet:
	$(GO) vet ./...

## test: install what is missing, vet, and run every test with the race detector
test: deps vet
	$(GO) test -race -count=1 ./...

## bench: run the benchmarks; the loaded-hub ones (issue 10) once each, on a year of 1 M events
## generated on first use and cached under .cache/bench
LOADED := Loaded$$|^BenchmarkDurableOps$$|^BenchmarkReportYear$$
bench: deps
	$(GO) test -run '^$$' -bench . -skip '$(LOADED)' -benchmem ./...
	$(GO) test -run '^$$' -bench '$(LOADED)' -benchtime=1x -timeout 60m ./hub/e2e/

## soak: the fault tests (hub/faults) at full size: 20 kiosks issue 5,000 tickets while the hub is
## killed, frozen for 30 s and its broker stopped for 30 s; `make test` runs them short
soak: deps
	$(GO) test -count=1 -timeout 90m -v -run . ./hub/faults/ -args -soak

## resources: the displays' CPU and memory over a simulated day of 2,880 calls on the real window
## under Xvfb (display :93), against a bare Fyne window (about 10 minutes; `make test` skips it)
resources: deps
	VUORO_DISPLAY_RESOURCES=1 $(GO) test -count=1 -timeout 60m -v -run '^TestResourcesOverADay$$' ./display/cmd/display/

## fuzz: run every fuzz target for FUZZTIME each. A count of inputs, not a duration: with a
## duration Go 1.26's fuzz coordinator can report its own deadline as a failure with no crasher
## (golang/go#75804, fixed in Go 1.27); a count has no deadline to race. -timeout catches a hang.
FUZZTIME ?= 500000x
fuzz:
	@grep -rl --include='*_test.go' '^func Fuzz' . | xargs -n1 dirname | sort -u | while read -r dir; do \
	  for f in $$(grep -ho '^func Fuzz[A-Za-z0-9_]*' $$dir/*_test.go | cut -d' ' -f2); do \
	    echo "fuzz $$dir $$f ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -timeout 15m $$dir || exit 1; \
	  done; \
	done

clean:
	rm -rf $(BIN) run
