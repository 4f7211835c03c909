/* SPDX-License-Identifier: MIT */
/*
 * JPEG through libjpeg(-turbo), for the places that take nothing else
 * (some content systems, old Office).  Charts are flat colour and sharp
 * text, which JPEG blurs: PNG stays the default.  The dpi goes into the
 * JFIF density so that Word and WPS place the image at its size.
 */
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <jpeglib.h>
#include <jerror.h>

#include "render.h"

#define CHUNK	65536

struct	sink {
	struct jpeg_destination_mgr	 pub;
	cairo_write_func_t		 write;
	void				*closure;
	JOCTET				 buf[CHUNK];
	bool				 failed;
};

struct	fail {
	struct jpeg_error_mgr	 pub;
	jmp_buf			 jmp;
	char			 message[JMSG_LENGTH_MAX];
};

static void
dest_init(j_compress_ptr cinfo)
{
	struct sink	*s = (struct sink *)cinfo->dest;

	s->pub.next_output_byte = s->buf;
	s->pub.free_in_buffer = CHUNK;
}

static boolean
dest_empty(j_compress_ptr cinfo)
{
	struct sink	*s = (struct sink *)cinfo->dest;

	if (s->write(s->closure, s->buf, CHUNK) != CAIRO_STATUS_SUCCESS) {
		s->failed = true;
		ERREXIT(cinfo, JERR_FILE_WRITE);
	}
	dest_init(cinfo);
	return TRUE;
}

static void
dest_term(j_compress_ptr cinfo)
{
	struct sink	*s = (struct sink *)cinfo->dest;
	size_t		 n = CHUNK - s->pub.free_in_buffer;

	if (n > 0 && s->write(s->closure, s->buf, n) != CAIRO_STATUS_SUCCESS) {
		s->failed = true;
		ERREXIT(cinfo, JERR_FILE_WRITE);
	}
}

static void
on_error(j_common_ptr cinfo)
{
	struct fail	*f = (struct fail *)cinfo->err;

	(*cinfo->err->format_message)(cinfo, f->message);
	longjmp(f->jmp, 1);
}

static void
on_message(j_common_ptr cinfo)
{
}

/* Everything libjpeg may longjmp out of, away from jpeg_write's locals. */
static void
encode(j_compress_ptr cinfo, cairo_surface_t *img, double dpi, int quality,
    const struct layout *l)
{
	unsigned char	*data = cairo_image_surface_get_data(img);
	int		 stride = cairo_image_surface_get_stride(img);
	const uint16_t	 probe = 1;
	char		*comment;

	cinfo->image_width = cairo_image_surface_get_width(img);
	cinfo->image_height = cairo_image_surface_get_height(img);
	cinfo->input_components = 4;
	/* Cairo's RGB24 is native-endian xRGB: B G R x bytes on x86. */
	cinfo->in_color_space = *(const uint8_t *)&probe == 1 ?
	    JCS_EXT_BGRX : JCS_EXT_XRGB;
	jpeg_set_defaults(cinfo);
	jpeg_set_quality(cinfo, quality, TRUE);
	/* Full-resolution colour at high quality: thin coloured rules. */
	if (quality >= 90) {
		cinfo->comp_info[0].h_samp_factor = 1;
		cinfo->comp_info[0].v_samp_factor = 1;
	}
	cinfo->write_JFIF_header = TRUE;
	cinfo->density_unit = 1;		/* dots per inch */
	cinfo->X_density = (UINT16)(dpi + 0.5);
	cinfo->Y_density = (UINT16)(dpi + 0.5);
	jpeg_start_compress(cinfo, TRUE);
	/* The title and alt text: JPEG's only text without EXIF. */
	comment = g_strdup_printf("%s%s%s", l->title != NULL ? l->title : "",
	    l->alt != NULL ? "\n" : "", l->alt != NULL ? l->alt : "");
	if (*comment != '\0' && strlen(comment) < 65000)
		jpeg_write_marker(cinfo, JPEG_COM, (const JOCTET *)comment,
		    strlen(comment));
	g_free(comment);
	while (cinfo->next_scanline < cinfo->image_height) {
		JSAMPROW row = data + (size_t)cinfo->next_scanline * stride;

		jpeg_write_scanlines(cinfo, &row, 1);
	}
	jpeg_finish_compress(cinfo);
}

bool
jpeg_write(cairo_surface_t *img, double dpi, int quality,
    const struct layout *l, cairo_write_func_t write, void *closure,
    GError **error)
{
	struct jpeg_compress_struct	 cinfo;
	struct fail			 fail;
	struct sink			*sink = g_new0(struct sink, 1);
	volatile bool			 ok = false;

	cairo_surface_flush(img);
	sink->pub.init_destination = dest_init;
	sink->pub.empty_output_buffer = dest_empty;
	sink->pub.term_destination = dest_term;
	sink->write = write;
	sink->closure = closure;
	memset(&fail, 0, sizeof fail);
	cinfo.err = jpeg_std_error(&fail.pub);
	fail.pub.error_exit = on_error;
	fail.pub.output_message = on_message;
	if (setjmp(fail.jmp) == 0) {
		jpeg_create_compress(&cinfo);
		cinfo.dest = &sink->pub;
		encode(&cinfo, img, dpi, quality, l);
		ok = true;
	}
	jpeg_destroy_compress(&cinfo);
	if (!ok)
		g_set_error(error, SHUTU_ERROR, sink->failed ?
		    SHUTU_ERROR_OUTPUT : SHUTU_ERROR_RENDER, "jpg: %s",
		    sink->failed ? "write failed" : fail.message);
	g_free(sink);
	return ok;
}
