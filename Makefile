# Herald: every target installs what it needs (libcmark-dev through apt-get when missing; for
# `make test`, chromium and the Nu HTML checker through scripts/site-test-tools.sh).
PREFIX ?= /usr/local
SWIFT ?= swift
CONFIG ?= debug
BIN = .build/$(CONFIG)/herald
DEMO_DIR ?= $(shell mktemp -d -u /tmp/herald-demo.XXXXXX)

.PHONY: all build demo test bench install deps clean templates

all: build

deps:
	@pkg-config --exists libcmark || { \
		echo "installing libcmark-dev (pkg-config cannot find libcmark)"; \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >/dev/null; }

build: deps
	$(SWIFT) build -c $(CONFIG) --product herald

demo: build
	$(BIN) demo $(DEMO_DIR) --docs $(CURDIR)/site

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
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/herald/templates/site
	install -m 755 .build/release/herald $(DESTDIR)$(PREFIX)/bin/herald
	install -m 644 templates/*.mustache $(DESTDIR)$(PREFIX)/share/herald/templates/
	install -m 644 templates/site/* $(DESTDIR)$(PREFIX)/share/herald/templates/site/

templates:
	./scripts/embed-templates.sh

clean:
	rm -rf .build
