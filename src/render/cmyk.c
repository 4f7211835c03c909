/* SPDX-License-Identifier: MIT */
/*
 * CMYK PDFs for print shops.  Cairo writes RGB only, so the finished PDF
 * goes through Ghostscript's pdfwrite with every colour converted to
 * DeviceCMYK (its default, profile-free conversion: see docs/print.md for
 * what that means and when to ask the printer for their ICC profile).
 * Fonts stay embedded and text stays text.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "render.h"

bool
cmyk_convert(const guint8 *pdf, size_t len, GByteArray **out,
    GError **error)
{
	char		*gs = g_find_program_in_path("gs");
	char		*dir = NULL, *in = NULL, *res = NULL, *err = NULL;
	char		*outarg = NULL, *data = NULL;
	gsize		 n;
	GError		*e = NULL;
	int		 status;
	bool		 ok = false;

	if (gs == NULL) {
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_RENDER, "a CMYK "
		    "PDF needs Ghostscript, which is not installed "
		    "('apt-get install ghostscript'), or leave out --cmyk");
		return false;
	}
	if ((dir = g_dir_make_tmp("shutu-cmyk-XXXXXX", &e)) == NULL)
		goto fail;
	in = g_build_filename(dir, "rgb.pdf", NULL);
	res = g_build_filename(dir, "cmyk.pdf", NULL);
	if (!g_file_set_contents(in, (const char *)pdf, len, &e))
		goto fail;
	outarg = g_strconcat("-sOutputFile=", res, NULL);
	{
		/*
		 * -dOmitInfoDate and -dOmitID keep the output the same for
		 * the same input (the dates of the Info dictionary are
		 * cairo's, from SOURCE_DATE_EPOCH, and are dropped).
		 */
		char *argv[] = {
			gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER",
			"-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
			"-sColorConversionStrategy=CMYK",
			"-sProcessColorModel=DeviceCMYK",
			"-dEmbedAllFonts=true", "-dSubsetFonts=true",
			"-dAutoRotatePages=/None", "-dOmitInfoDate",
			"-dOmitID", "-dOmitXMP", outarg, in, NULL
		};

		if (!g_spawn_sync(NULL, argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
		    NULL, NULL, NULL, &err, &status, &e))
			goto fail;
	}
	if (!g_spawn_check_wait_status(status, NULL) ||
	    !g_file_get_contents(res, &data, &n, NULL) || n < 5 ||
	    memcmp(data, "%PDF-", 5) != 0) {
		char *first = err != NULL ? g_strstrip(g_strdup(err)) :
		    g_strdup("");
		char *nl = strchr(first, '\n');

		if (nl != NULL)
			*nl = '\0';
		g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_RENDER, "Ghostscript "
		    "could not convert the PDF to CMYK%s%s", *first ? ": " : "",
		    first);
		g_free(first);
		goto out;
	}
	*out = g_byte_array_new_take((guint8 *)data, n);
	data = NULL;
	ok = true;
	goto out;
fail:
	g_set_error(error, SHUTU_ERROR, SHUTU_ERROR_RENDER, "CMYK: %s",
	    e->message);
	g_error_free(e);
out:
	if (in != NULL)
		g_unlink(in);
	if (res != NULL)
		g_unlink(res);
	if (dir != NULL)
		g_rmdir(dir);
	g_free(gs);
	g_free(dir);
	g_free(in);
	g_free(res);
	g_free(err);
	g_free(outarg);
	g_free(data);
	return ok;
}
