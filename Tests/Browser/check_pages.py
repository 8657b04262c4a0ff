#!/usr/bin/env python3
"""Checks every dashboard page in headless Chromium: axe-core finds no violation, and the page
does not scroll sideways, in Dutch and English, at 1280 and 320 CSS pixels.

    check_pages.py http://127.0.0.1:8080 [--screenshots DIR]

Pages are found by following the dashboard's own links from `/` (same origin, not `/api/`).
Needs selenium and axe-playwright-python (for its axe.min.js) from PyPI, and Debian's chromium
and chromium-driver. Exits 0 when every page passes, 1 when any fails, 2 when it cannot run.
"""
import argparse
import json
import os
import sys
import urllib.parse

WIDTHS = (1280, 320)
# Error pages, checked as pages: a bad as_of (400, in Dutch) and an unknown path (404, in English).
ERROR_PAGES = ["/kader?as_of=31-12-2024", "/nothing?lang=en"]
LANGUAGES = ("nl", "en")


def axe_source():
    import axe_playwright_python
    path = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=nl"):
        options.add_argument(flag)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 600})


def page_key(url):
    """A page per path and language, and one later page of a paged list (`from`)."""
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qs(parts.query)
    lang = query.get("lang", ["nl"])[0]
    return parts.path, lang, "from" in query


def discover(driver, base):
    """Every dashboard page linked from the overview, per language, and one later page of a
    paged list (other query parameters, such as as_of, are left out: they show the same page)."""
    origin = urllib.parse.urlsplit(base)
    seen, queue = {}, [(base + "/", "nl"), (base + "/?lang=en", "en")]
    while queue:
        url, lang = queue.pop(0)
        key = page_key(url)
        if key in seen:
            continue
        seen[key] = url
        driver.get(url)
        for href in driver.execute_script(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"):
            parts = urllib.parse.urlsplit(href)
            if parts.netloc != origin.netloc or parts.path.startswith("/api/") or parts.path.startswith("/metrics"):
                continue
            query = urllib.parse.parse_qs(parts.query)
            if set(query) - {"lang", "from"}:
                continue
            target = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
            if page_key(target) not in seen:
                queue.append((target, query.get("lang", ["nl"])[0]))
    return sorted(seen.items())


def check(driver, url, width, axe):
    set_width(driver, width)
    driver.get(url)
    failures = []
    sideways = driver.execute_script(
        "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];")
    if sideways[0] > sideways[1]:
        wide = driver.execute_script("""
            const w = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *'))
              .filter(e => e.getBoundingClientRect().right > w + 1)
              .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));""")
        failures.append(f"scrolls sideways: {sideways[0]} px wide in a {sideways[1]} px viewport ({', '.join(wide)})")
    driver.execute_script(axe)
    result = driver.execute_async_script(
        "const done = arguments[0]; axe.run(document).then(r => done(r.violations)).catch(e => done(String(e)));")
    if isinstance(result, str):
        failures.append("axe-core did not run: " + result)
    else:
        for violation in result:
            targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
            failures.append(f"axe {violation['id']} ({violation['impact']}): {violation['help']} — "
                            f"{len(violation['nodes'])} element(s), e.g. {targets}")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the dashboard's address, e.g. http://127.0.0.1:8080")
    parser.add_argument("--screenshots", help="save a full-width screenshot of every page here")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    arguments = parser.parse_args()
    base = arguments.base.rstrip("/")
    try:
        axe = axe_source()
        driver = browser()
    except Exception as error:  # a missing tool, not a failing page
        print(f"check_pages: cannot run: {error}", file=sys.stderr)
        return 2
    results = []
    try:
        pages = discover(driver, base)
        pages += [((urllib.parse.urlsplit(page).path + " (error)", page_key(base + page)[1], False), base + page)
                  for page in ERROR_PAGES]
        for (path, lang, later), url in pages:
            for width in WIDTHS:
                failures = check(driver, url, width, axe)
                if arguments.screenshots:
                    os.makedirs(arguments.screenshots, exist_ok=True)
                    name = ((path.strip("/").replace("/", "_") or "overzicht") + ("-later" if later else "")
                            + f"-{lang}-{width}.png")
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                        "width": width, "height": min(height, 12000), "deviceScaleFactor": 1,
                        "mobile": width < 600})
                    driver.save_screenshot(os.path.join(arguments.screenshots, name))
                results.append({"path": path, "lang": lang, "width": width, "failures": failures})
    finally:
        driver.quit()
    failed = [r for r in results if r["failures"]]
    if arguments.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for r in results:
            mark = "FAIL" if r["failures"] else "ok"
            print(f"{mark:4} {r['path']} ({r['lang']}, {r['width']} px)")
            for failure in r["failures"]:
                print(f"       {failure}")
        print(f"{len(results) - len(failed)} of {len(results)} page views pass "
              f"({len(pages)} pages, widths {', '.join(map(str, WIDTHS))})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
