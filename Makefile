# Herald: every target installs what it needs (libcmark-dev through apt-get when missing; for
# `make test`, chromium, the Nu HTML checker and axe-core through scripts/site-test-tools.sh). The templates in
# templates/ are built into the binary, so `make install` installs the binary alone.
PREFIX ?= /usr/local
SWIFT ?= swift
CONFIG ?= debug
BIN = .build/$(CONFIG)/herald
# The sample is rebuilt under the checkout on every run (ignored by git), not left in /tmp.
DEMO_DIR ?= $(CURDIR)/demo-output

.PHONY: all build demo test bench install deps clean

all: build

deps:
	@pkg-config --exists libcmark || { \
		echo "installing libcmark-dev (pkg-config cannot find libcmark)"; \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >/dev/null; }

build: deps
	$(SWIFT) build -c $(CONFIG) --product herald

demo: build
	rm -rf "$(DEMO_DIR)"
	$(BIN) demo "$(DEMO_DIR)" --docs $(CURDIR)/site

test: deps
	./scripts/site-test-tools.sh
	$(SWIFT) build --build-tests
	HERALD_REQUIRE_SITE_TOOLS=1 $(SWIFT) test --skip-build

bench: deps
	$(SWIFT) build -c release --product herald
	$(SWIFT) build -c release --product HeraldBenchmarks
	.build/release/HeraldBenchmarks --herald .build/release/herald

install: deps
	$(SWIFT) build -c release --product herald
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/herald $(DESTDIR)$(PREFIX)/bin/herald

clean:
	rm -rf .build demo-output
