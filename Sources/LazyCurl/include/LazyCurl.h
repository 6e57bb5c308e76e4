#ifndef LAZY_CURL_H
#define LAZY_CURL_H

#include <stddef.h>

/// Opens libcurl (libcurl.so.4, else libcurl-gnutls.so.4) once per process and resolves every entry point that
/// FoundationNetworking calls; returns 1 when all are there, else 0 with the reason in `message`.
int lazy_curl_load(char *message, size_t capacity);

/// Opens the first library of `names` that dlopen finds and that has every entry point; for tests of the
/// failure path, this never replaces the process's own libcurl. Returns 1 when one qualifies, else 0 and the reason.
int lazy_curl_probe(const char *const *names, size_t count, char *message, size_t capacity);

#endif
