#!/usr/bin/env python3
"""Fills the examples of docs/openapi.json with real responses of a running programd.

Every response's media type has an example named "demo" whose summary names the request that
gives it ("GET /api/v2/lineage?limit=2"); this script sends each request to programd and puts the
body it answers into the example's value (JSON parsed, any other type as text; of the event
stream, its first event). An example with an externalValue (the OpenAPI document itself) is left
as it is. It writes docs/openapi.json and its copy in Sources/programd/Resources.

    swift run programd --demo --port 8099 &
    python3 docs/tools/openapi_examples.py http://127.0.0.1:8099
"""

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "docs/openapi.json", ROOT / "Sources/programd/Resources/openapi.json"]


def fetch(base, summary, media_type):
    """The body programd answers to the request `summary` names ("GET /api/v2/head")."""
    method, uri = summary.split(" ", 1)
    request = urllib.request.Request(base + uri, method=method)
    try:
        response = urllib.request.urlopen(request, timeout=30)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        if media_type == "text/event-stream":
            lines = []
            while not lines or lines[-1] != "":
                lines.append(response.readline().decode("utf-8").rstrip("\n"))
            return "\n".join(lines) + "\n"
        body = response.read().decode("utf-8")
    return json.loads(body) if "json" in media_type else body


def responses(document):
    """Every response object: those of the operations and those in components/responses."""
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                yield from operation.get("responses", {}).values()
    yield from document["components"]["responses"].values()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    base = sys.argv[1].rstrip("/")
    document = json.loads(DOCUMENTS[0].read_text(encoding="utf-8"))
    for response in responses(document):
        for media_type, content in response.get("content", {}).items():
            for example in content.get("examples", {}).values():
                if "externalValue" not in example:
                    example["value"] = fetch(base, example["summary"], media_type)
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    for path in DOCUMENTS:
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
