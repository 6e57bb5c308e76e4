# Herald: every target installs what it needs (libcmark-dev through apt-get when missing, also through
# scripts/static-build.sh for a self-contained build; for `make test`, chromium, the Nu HTML checker,
# axe-core and actionlint through scripts/test-tools.sh). Every apt-get runs through scripts/apt-install.sh. The templates in
# templates/ are built into the binary, so `make install` installs the binary alone.
PREFIX ?= /usr/local
SWIFT ?= swift
CONFIG ?= debug
# SwiftPM's build folder. `make test` keeps the default: the executable tests run .build/debug/herald.
SCRATCH ?= .build
BIN = $(SCRATCH)/$(CONFIG)/herald
# Where `make dist` writes herald-VERSION-linux-ARCH.tar.gz and its .sha256.
DIST ?= dist
# The sample is rebuilt under the checkout on every run (ignored by git), not left in /tmp.
DEMO_DIR ?= $(CURDIR)/demo-output
SCRIPT_ENV = SWIFT="$(SWIFT)" SCRATCH="$(SCRATCH)" DIST="$(DIST)"

.PHONY: all build demo test bench install dist deps clean

all: build

deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
		echo "installing libcmark-dev (pkg-config cannot find libcmark)"; \
		./scripts/apt-install.sh make libcmark-dev pkg-config; }

build: deps
	$(SWIFT) build -c $(CONFIG) --product herald --scratch-path $(SCRATCH)

demo: build
	rm -rf "$(DEMO_DIR)"
	$(BIN) demo "$(DEMO_DIR)" --docs $(CURDIR)/site

# scripts/static-build.sh installs libcmark-dev itself, so the targets that run it need no `deps`. The dist archive
# is built first: Tests/HeraldCLITests/DistributionTests.swift runs the binary in it without the
# toolchain's libraries, and GitHubActionTests.swift runs actionlint on the workflows in the docs.
test:
	./scripts/test-tools.sh
	binary=$$($(SCRIPT_ENV) ./scripts/static-build.sh) && archive=$$($(SCRIPT_ENV) ./scripts/dist.sh "$$binary") \
		&& $(SWIFT) build --build-tests --scratch-path $(SCRATCH) \
		&& HERALD_DIST_ARCHIVE="$$archive" HERALD_REQUIRE_DIST=1 HERALD_REQUIRE_SITE_TOOLS=1 \
			HERALD_REQUIRE_CI_TOOLS=1 $(SWIFT) test --skip-build --scratch-path $(SCRATCH)

# Release builds link the Swift runtime and libcmark statically (scripts/static-build.sh), the benchmarks too, so
# the release objects are compiled once with one set of flags.
bench:
	binary=$$($(SCRIPT_ENV) ./scripts/static-build.sh) \
		&& benchmarks=$$($(SCRIPT_ENV) ./scripts/static-build.sh HeraldBenchmarks) \
		&& "$$benchmarks" --herald "$$binary"

install:
	binary=$$($(SCRIPT_ENV) ./scripts/static-build.sh) \
		&& install -d $(DESTDIR)$(PREFIX)/bin \
		&& install -m 755 "$$binary" $(DESTDIR)$(PREFIX)/bin/herald \
		&& strip --strip-debug $(DESTDIR)$(PREFIX)/bin/herald

dist:
	binary=$$($(SCRIPT_ENV) ./scripts/static-build.sh) && $(SCRIPT_ENV) ./scripts/dist.sh "$$binary"

clean:
	rm -rf $(SCRATCH) demo-output $(DIST)
