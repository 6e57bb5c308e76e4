// libcurl's entry points, defined here so that FoundationNetworking links against them instead of libcurl.so.
// libcurl and its thirty-odd libraries (TLS, Kerberos, LDAP, p11-kit) then load at the first request Herald makes,
// not at every start: their loading and constructors cost about 5 ms of each run, most of a command's start-up.
// Each entry point forwards to the one dlsym found; the signatures are libcurl's stable ABI (soname 4), written
// out so the build needs no libcurl headers. Handles are opaque and enums are int-sized.
#include "LazyCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef int curl_code;
typedef long long curl_offset;

// The order of `entry_names` is the order of `entries`' indices below.
enum {
    global_init, easy_init, easy_cleanup, easy_setopt, easy_getinfo, easy_pause, easy_strerror, free_memory,
    multi_init, multi_cleanup, multi_add_handle, multi_remove_handle, multi_setopt, multi_assign, multi_info_read,
    multi_socket_action, slist_append, slist_free_all, url_new, url_get, url_set, version, version_info, entry_count
};

static const char *const entry_names[entry_count] = {
    "curl_global_init", "curl_easy_init", "curl_easy_cleanup", "curl_easy_setopt", "curl_easy_getinfo",
    "curl_easy_pause", "curl_easy_strerror", "curl_free", "curl_multi_init", "curl_multi_cleanup",
    "curl_multi_add_handle", "curl_multi_remove_handle", "curl_multi_setopt", "curl_multi_assign",
    "curl_multi_info_read", "curl_multi_socket_action", "curl_slist_append", "curl_slist_free_all", "curl_url",
    "curl_url_get", "curl_url_set", "curl_version", "curl_version_info",
};

static void *entries[entry_count];
static int loaded;
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

// Fills `found` from the first of `names` that opens and has every entry point and returns its handle; NULL and the
// reason otherwise.
static void *open_library(const char *const *names, size_t count, void **found, char *message, size_t capacity) {
    if (capacity > 0) message[0] = '\0';
    for (size_t index = 0; index < count; index++) {
        void *library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
        if (library == NULL) {
            const char *reason = dlerror();
            snprintf(message, capacity, "%s", reason != NULL ? reason : names[index]);
            continue;
        }
        size_t entry = 0;
        for (; entry < entry_count; entry++) {
            found[entry] = dlsym(library, entry_names[entry]);
            if (found[entry] == NULL) break;
        }
        if (entry == entry_count) return library;
        snprintf(message, capacity, "%s has no %s", names[index], entry_names[entry]);
        dlclose(library);
    }
    return NULL;
}

static const char *const library_names[] = {"libcurl.so.4", "libcurl-gnutls.so.4"};

static void load_once(void) {
    // The library stays open for the life of the process: its functions are called until the end.
    loaded = open_library(library_names, sizeof library_names / sizeof library_names[0], entries, failure, sizeof failure) != NULL;
}

int lazy_curl_load(char *message, size_t capacity) {
    pthread_once(&once, load_once);
    if (!loaded && capacity > 0) snprintf(message, capacity, "%s", failure);
    return loaded;
}

int lazy_curl_probe(const char *const *names, size_t count, char *message, size_t capacity) {
    void *found[entry_count];
    void *library = open_library(names, count, found, message, capacity);
    if (library == NULL) return 0;
    dlclose(library);
    return 1;
}

// Every forwarder loads first: FoundationNetworking may call any of them first. Herald checks lazy_curl_load
// before it makes a URLSession, so the failure answers below are a last guard, never the way an error is told.
#define ENTRY(index, type) ((type)entries[index])
#define READY (lazy_curl_load(NULL, 0))

static const int failed_init = 2;         // CURLE_FAILED_INIT
static const int multi_internal_error = 4; // CURLM_INTERNAL_ERROR
static const int url_out_of_memory = 7;    // CURLUE_OUT_OF_MEMORY

curl_code curl_global_init(long flags) {
    return READY ? ENTRY(global_init, curl_code (*)(long))(flags) : failed_init;
}

void *curl_easy_init(void) {
    return READY ? ENTRY(easy_init, void *(*)(void))() : NULL;
}

void curl_easy_cleanup(void *handle) {
    if (READY) ENTRY(easy_cleanup, void (*)(void *))(handle);
}

// An option's number says the type of its one argument (CURLOPTTYPE_*): long below 10000, then object pointers,
// function pointers, curl_off_t and blobs, in steps of 10000. curl_multi_setopt numbers its options the same way.
static curl_code set_option(int entry, void *handle, int option, va_list arguments) {
    curl_code (*set)(void *, int, ...) = (curl_code (*)(void *, int, ...))entries[entry];
    if (option < 10000) return set(handle, option, va_arg(arguments, long));
    if (option >= 20000 && option < 30000) return set(handle, option, va_arg(arguments, void (*)(void)));
    if (option >= 30000 && option < 40000) return set(handle, option, va_arg(arguments, curl_offset));
    return set(handle, option, va_arg(arguments, void *));
}

curl_code curl_easy_setopt(void *handle, int option, ...) {
    if (!READY) return failed_init;
    va_list arguments;
    va_start(arguments, option);
    curl_code code = set_option(easy_setopt, handle, option, arguments);
    va_end(arguments);
    return code;
}

// Every CURLINFO takes one pointer to where the answer goes.
curl_code curl_easy_getinfo(void *handle, int info, ...) {
    if (!READY) return failed_init;
    va_list arguments;
    va_start(arguments, info);
    void *answer = va_arg(arguments, void *);
    va_end(arguments);
    return ENTRY(easy_getinfo, curl_code (*)(void *, int, ...))(handle, info, answer);
}

curl_code curl_easy_pause(void *handle, int bitmask) {
    return READY ? ENTRY(easy_pause, curl_code (*)(void *, int))(handle, bitmask) : failed_init;
}

const char *curl_easy_strerror(curl_code code) {
    return READY ? ENTRY(easy_strerror, const char *(*)(curl_code))(code) : "libcurl could not be loaded";
}

void curl_free(void *memory) {
    if (READY) ENTRY(free_memory, void (*)(void *))(memory);
}

void *curl_multi_init(void) {
    return READY ? ENTRY(multi_init, void *(*)(void))() : NULL;
}

curl_code curl_multi_cleanup(void *multi) {
    return READY ? ENTRY(multi_cleanup, curl_code (*)(void *))(multi) : multi_internal_error;
}

curl_code curl_multi_add_handle(void *multi, void *handle) {
    return READY ? ENTRY(multi_add_handle, curl_code (*)(void *, void *))(multi, handle) : multi_internal_error;
}

curl_code curl_multi_remove_handle(void *multi, void *handle) {
    return READY ? ENTRY(multi_remove_handle, curl_code (*)(void *, void *))(multi, handle) : multi_internal_error;
}

curl_code curl_multi_setopt(void *multi, int option, ...) {
    if (!READY) return multi_internal_error;
    va_list arguments;
    va_start(arguments, option);
    curl_code code = set_option(multi_setopt, multi, option, arguments);
    va_end(arguments);
    return code;
}

curl_code curl_multi_assign(void *multi, int socket, void *pointer) {
    return READY ? ENTRY(multi_assign, curl_code (*)(void *, int, void *))(multi, socket, pointer) : multi_internal_error;
}

void *curl_multi_info_read(void *multi, int *queued) {
    if (!READY) {
        if (queued != NULL) *queued = 0;
        return NULL;
    }
    return ENTRY(multi_info_read, void *(*)(void *, int *))(multi, queued);
}

curl_code curl_multi_socket_action(void *multi, int socket, int events, int *running) {
    if (!READY) return multi_internal_error;
    return ENTRY(multi_socket_action, curl_code (*)(void *, int, int, int *))(multi, socket, events, running);
}

void *curl_slist_append(void *list, const char *text) {
    return READY ? ENTRY(slist_append, void *(*)(void *, const char *))(list, text) : NULL;
}

void curl_slist_free_all(void *list) {
    if (READY) ENTRY(slist_free_all, void (*)(void *))(list);
}

void *curl_url(void) {
    return READY ? ENTRY(url_new, void *(*)(void))() : NULL;
}

curl_code curl_url_get(const void *url, int part, char **text, unsigned int flags) {
    if (!READY) return url_out_of_memory;
    return ENTRY(url_get, curl_code (*)(const void *, int, char **, unsigned int))(url, part, text, flags);
}

curl_code curl_url_set(void *url, int part, const char *text, unsigned int flags) {
    if (!READY) return url_out_of_memory;
    return ENTRY(url_set, curl_code (*)(void *, int, const char *, unsigned int))(url, part, text, flags);
}

char *curl_version(void) {
    static char missing[] = "libcurl/none";
    return READY ? ENTRY(version, char *(*)(void))() : missing;
}

void *curl_version_info(int age) {
    return READY ? ENTRY(version_info, void *(*)(int))(age) : NULL;
}
