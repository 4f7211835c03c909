/* SPDX-License-Identifier: MIT */
/* Reading inputs whole and writing outputs atomically. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "util.h"

bool
util_read_file(const char *path, char **out, size_t *len, GError **error)
{
	struct stat	 st;
	char		*data;
	size_t		 n, used = 0, cap = 65536;
	FILE		*fp = stdin;
	int		 saved;

	if (strcmp(path, "-") != 0 && (fp = fopen(path, "rb")) == NULL) {
		saved = errno;
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT, "%s: %s",
		    path, g_strerror(saved));
		return false;
	}
	/* A file's size, when it has one, saves growing the buffer. */
	if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_size > 0 && st.st_size <= UTIL_INPUT_MAX)
		cap = (size_t)st.st_size + 1;
	data = g_malloc(cap);
	util_advise_huge(data, cap);
	for (;;) {
		if (cap - used < 2) {
			/* Full: grow only if there is more (not at a file's end). */
			int	 ch = fgetc(fp);

			if (ch == EOF)
				break;
			cap = MIN(cap * 2, (size_t)UTIL_INPUT_MAX + 2);
			data = g_realloc(data, cap);
			data[used] = (char)ch;
			n = 1;
		} else if ((n = fread(data + used, 1, cap - used - 1, fp)) ==
		    0)
			break;
		used += n;
		/* /dev/zero, or a runaway pipe: refuse, do not exhaust memory. */
		if (used > UTIL_INPUT_MAX) {
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
			    "%s: larger than %d MiB", fp == stdin ? "<stdin>" :
			    path, UTIL_INPUT_MAX >> 20);
			if (fp != stdin)
				fclose(fp);
			g_free(data);
			return false;
		}
	}
	saved = errno;
	if (ferror(fp)) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT, "%s: %s",
		    fp == stdin ? "<stdin>" : path, g_strerror(saved));
		if (fp != stdin)
			fclose(fp);
		g_free(data);
		return false;
	}
	if (fp != stdin)
		fclose(fp);
	data[used] = '\0';
	*len = used;
	*out = data;
	return true;
}

bool
util_check_utf8(const char *name, const char *text, size_t len,
    GError **error)
{
	const char	*end, *p;
	size_t		 line = 1, col = 1;

	if (g_utf8_validate_len(text, len, &end))
		return true;
	/* Count code points of the good prefix for an editor-friendly place. */
	for (p = text; p < end; p = g_utf8_next_char(p)) {
		if (*p == '\n') {
			line++;
			col = 1;
		} else
			col++;
	}
	if (end < text + len && *end == '\0')
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
		    "%s:%zu:%zu: NUL byte at byte offset %zu", name, line, col,
		    (size_t)(end - text));
	else
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_INPUT,
		    "%s:%zu:%zu: not UTF-8 (byte 0x%02x at byte offset %zu)",
		    name, line, col, (unsigned char)*end, (size_t)(end - text));
	return false;
}

/* Where O_TMPFILE is not supported: a hidden file beside the target. */
static bool
open_named(struct util_output *o, const char *dir, const char *base,
    GError **error)
{
	int	 fd, saved;

	/* Beside the target, so rename() never crosses devices. */
	o->tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	if ((fd = g_mkstemp_full(o->tmp, O_WRONLY | O_CLOEXEC, 0666)) == -1 ||
	    (o->fp = fdopen(fd, "wb")) == NULL) {
		saved = errno;
		if (fd != -1) {
			close(fd);
			g_unlink(o->tmp);
		}
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_OUTPUT,
		    "%s: cannot write: %s", o->path, g_strerror(saved));
		g_clear_pointer(&o->tmp, g_free);
		return false;
	}
	return true;
}

bool
util_output_open(struct util_output *o, const char *path, GError **error)
{
	char		*dir = NULL, *base = NULL;
	int		 fd, saved;
	GStatBuf	 st;
	bool		 ok = false;

	memset(o, 0, sizeof *o);
	o->path = g_strdup(path);
	if (strcmp(path, "-") == 0) {
		o->fp = stdout;
		return true;
	}
	/*
	 * A device or a pipe (/dev/stdout, /dev/full, a FIFO) is written in
	 * place: renaming a file over it would replace the device itself.
	 */
	if (g_stat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
	    !S_ISDIR(st.st_mode)) {
		if ((o->fp = fopen(path, "wb")) == NULL) {
			saved = errno;
			g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_OUTPUT,
			    "%s: cannot write: %s", path, g_strerror(saved));
			g_clear_pointer(&o->path, g_free);
			return false;
		}
		o->direct = true;
		return true;
	}
	dir = g_path_get_dirname(path);
	base = g_path_get_basename(path);
	/*
	 * An unnamed file in the target's folder: if the process dies before
	 * util_output_commit() (even by SIGKILL), no file is left at all.
	 */
	fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
	if (fd != -1 && (o->fp = fdopen(fd, "wb")) != NULL) {
		o->unnamed = true;
		ok = true;
	} else if (fd != -1) {
		saved = errno;
		close(fd);
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_OUTPUT,
		    "%s: cannot write: %s", path, g_strerror(saved));
	} else if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)
		ok = open_named(o, dir, base, error);
	else {
		saved = errno;
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_OUTPUT,
		    "%s: cannot write: %s", path, g_strerror(saved));
	}
	g_free(dir);
	g_free(base);
	if (!ok)
		g_clear_pointer(&o->path, g_free);
	return ok;
}

/* Give the unnamed file a hidden name beside the target. */
static bool
link_unnamed(struct util_output *o)
{
	char	*dir = g_path_get_dirname(o->path);
	char	*base = g_path_get_basename(o->path);
	char	 proc[64];
	int	 tries;

	g_snprintf(proc, sizeof proc, "/proc/self/fd/%d", fileno(o->fp));
	for (tries = 0; tries < 16; tries++) {
		o->tmp = g_strdup_printf("%s/.%s.%08x", dir, base,
		    g_random_int());
		if (linkat(AT_FDCWD, proc, AT_FDCWD, o->tmp,
		    AT_SYMLINK_FOLLOW) == 0)
			break;
		g_clear_pointer(&o->tmp, g_free);
		if (errno != EEXIST)
			break;
	}
	g_free(dir);
	g_free(base);
	return o->tmp != NULL;
}

bool
util_output_commit(struct util_output *o, GError **error)
{
	bool	 ok = true;
	int	 saved = 0;

	if (o->fp == NULL)
		return false;
	if (fflush(o->fp) != 0 || ferror(o->fp))
		saved = errno, ok = false;
	if (o->fp == stdout) {
		/* stdout: flush and check, or "> /dev/full" looks fine. */
	} else if (o->direct) {
		if (fclose(o->fp) != 0 && ok)
			saved = errno, ok = false;
	} else {
		/*
		 * The data on disk before the name: after a power cut the
		 * file is there whole or not at all, never empty (ext4 and
		 * XFS may write a rename before the data it names).
		 */
		bool	 linked = false;

		if (ok && fdatasync(fileno(o->fp)) != 0)
			saved = errno, ok = false;
		/*
		 * A new file gets its name at once: no hidden name that a
		 * SIGKILL between two calls would leave behind.  One that
		 * replaces a file goes through a hidden name and a rename,
		 * one call after the other.
		 */
		if (ok && o->unnamed) {
			char	 proc[64];

			g_snprintf(proc, sizeof proc, "/proc/self/fd/%d",
			    fileno(o->fp));
			linked = linkat(AT_FDCWD, proc, AT_FDCWD, o->path,
			    AT_SYMLINK_FOLLOW) == 0;
			if (!linked && errno != EEXIST)
				saved = errno, ok = false;
			if (ok && !linked && !link_unnamed(o))
				saved = errno, ok = false;
		}
		if (ok && !linked && g_rename(o->tmp, o->path) != 0)
			saved = errno, ok = false;
		if (fclose(o->fp) != 0 && ok)
			saved = errno, ok = false;
		if (!ok && o->tmp != NULL)
			g_unlink(o->tmp);
	}
	if (!ok)
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_OUTPUT,
		    "%s: cannot write: %s", o->path, g_strerror(saved));
	o->fp = NULL;
	g_clear_pointer(&o->tmp, g_free);
	g_clear_pointer(&o->path, g_free);
	return ok;
}

void
util_output_abort(struct util_output *o)
{
	if (o->fp != NULL && o->fp != stdout) {
		fclose(o->fp);		/* an unnamed file vanishes here */
		if (o->tmp != NULL)
			g_unlink(o->tmp);
	}
	o->fp = NULL;
	g_clear_pointer(&o->tmp, g_free);
	g_clear_pointer(&o->path, g_free);
}

bool
util_write_file(const char *path, const void *data, size_t len,
    GError **error)
{
	struct util_output	 o;

	if (!util_output_open(&o, path, error))
		return false;
	if (len > 0 && fwrite(data, 1, len, o.fp) != len) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_OUTPUT,
		    "%s: cannot write: %s", path, g_strerror(errno));
		util_output_abort(&o);
		return false;
	}
	return util_output_commit(&o, error);
}
