/* SPDX-License-Identifier: MIT */
#include "util.h"

G_DEFINE_QUARK(shutu-error-quark, shutu_error)
