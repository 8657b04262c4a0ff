#ifndef CMALLOC_SHIM_H
#define CMALLOC_SHIM_H
#if defined(__GLIBC__) || __has_include(<malloc.h>) && defined(__linux__)
#include <malloc.h>
#endif

/// Hands memory that the C allocator holds free back to the system. glibc keeps freed memory
/// of large, short-lived allocations (reading a checkpoint, decoding a log) in its heaps;
/// `malloc_trim` returns it. Elsewhere the allocator returns it by itself: nothing to do.
static inline void cmalloc_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
#endif
