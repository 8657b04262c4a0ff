#ifndef CMALLOC_SHIM_H
#define CMALLOC_SHIM_H
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Serves each allocation of `bytes` or more with a mapping of its own, unmapped when it is
/// freed. glibc otherwise raises this threshold as large blocks are freed and keeps later ones
/// in its heaps, where a daemon that loads and replaces large arrays leaves tens of megabytes
/// free but never returned. Elsewhere: nothing to do.
static inline void cmalloc_map_allocations_from(size_t bytes) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, (int)bytes);
#endif
}

#endif
