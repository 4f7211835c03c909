# SPDX-License-Identifier: MIT
# schema-check.py SCHEMA FILE...: validate each JSON file against SCHEMA
# (JSON Schema draft 2020-12, Debian's python3-jsonschema) and print one
# line a file: "valid FILE" or "invalid FILE: the first error".  Exit 0
# when it could check them all (the verdicts are the caller's to judge),
# 77 when jsonschema is not installed, 1 on any other trouble.
import json
import sys

try:
    import jsonschema
except ImportError:
    print("schema-check: python3-jsonschema is not installed "
          "(scripts/test installs it)", file=sys.stderr)
    sys.exit(77)

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path)
        print("invalid %s: %s: %s" % (path, where or "(root)",
                                      errors[0].message.splitlines()[0]))
    else:
        print("valid %s" % path)
