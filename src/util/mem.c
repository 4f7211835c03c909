/* SPDX-License-Identifier: MIT */
/*
 * Memory hints.  A 40 MB article makes some 150 MB of facts, written
 * once from start to end; in 4 KiB pages that is 40,000 page faults, each
 * zeroing its page, about a twentieth of the time of extraction.  Huge
 * pages (where the kernel lends them on request) take one fault per 2 MiB.
 */
#include <stdint.h>

#ifdef __linux__
#include <sys/mman.h>
#endif

#include "util.h"

#define HUGE_PAGE	((uintptr_t)2 << 20)

void
util_advise_huge(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	uintptr_t	 a = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
	uintptr_t	 e = ((uintptr_t)p + n) & ~(HUGE_PAGE - 1);

	/* Only whole huge pages inside the block; a hint, so no error. */
	if (p != NULL && e > a)
		(void)madvise((void *)a, e - a, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}
