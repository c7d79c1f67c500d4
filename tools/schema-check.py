#!/usr/bin/env python3
"""Validates monographs' front matter against the JSON Schema that `monograph schema` prints.

Usage: schema-check.py SCHEMA.json GOOD_DIR BAD_DIR
Every .md file of GOOD_DIR must be accepted; every .md file of BAD_DIR whose front matter is wrong
must be rejected (those files are also rejected by `monograph check`). Exit status 1 otherwise.
"""
import json, os, sys

import jsonschema
import yaml


def front_matter(path):
    text = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    return yaml.safe_load(text[4:end + 1]) if end >= 0 else None


def main():
    schema_path, good, bad = sys.argv[1:4]
    schema = json.load(open(schema_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    checked = 0
    for folder, expect_valid in ((good, True), (bad, False)):
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".md"):
                continue
            path = os.path.join(folder, name)
            errors = list(validator.iter_errors(front_matter(path)))
            checked += 1
            if expect_valid and errors:
                failures += 1
                print(f"{path}: rejected by the schema: {errors[0].message}")
            elif not expect_valid and not errors:
                failures += 1
                print(f"{path}: accepted by the schema, but check rejects it")
    print(f"schema-check: {checked - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


main()
