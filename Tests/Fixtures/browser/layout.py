"""Measures the dashboard's layout in a real browser: headless Chromium driven by Selenium
through Debian's chromedriver (scripts/setup.sh installs both).

    python3 Tests/Fixtures/browser/layout.py Output/stockport-cyp/2013-14-q4/index.html

At 1280 x 900 the page must not scroll sideways, the scorecard table must end inside its
container and every column header must be on screen. At 390 x 844 (a phone) the page must not
scroll sideways, and each scorecard row must show its indicator, latest value, status and
direction inside the viewport, with the rest of the row one tap away: clicking the row's
<summary> must reveal its other readings inside the viewport. At both sizes the SPC summary
matrix must fit the window, each of its indicator links on screen. At 320 px (WCAG's reflow
width, 1280 px at 400% zoom) the page must not scroll sideways either.

Prints one line per measurement and one per failure, with the widths measured; exits 1 on any
failure, 2 when the browser cannot be started.
"""

import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = "/usr/bin/chromium"

# The cells a phone shows in each scorecard row, by the class the template gives them.
PHONE_CELLS = {"indicator": "th.sc-indicator", "latest": "td.sc-latest",
               "status": "td.sc-status", "direction": "td.sc-direction"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def browser(width, height):
    """A headless Chromium whose viewport is width x height CSS pixels."""
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     "--force-device-scale-factor=1", f"--window-size={width},{height}"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    # The window includes no chrome in headless mode, but set the viewport exactly anyway.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    # A phone widens its layout viewport to content that overflows, so window.innerWidth can
    # grow with the fault: every check compares with the width asked for instead.
    driver.width = width
    return driver


def find(driver, selector, label, name):
    """The first element matching selector, or None after recording that the page lacks it."""
    found = driver.find_elements(By.CSS_SELECTOR, selector)
    if not found:
        fail(f"{label}: the page has no {name} ({selector})")
        return None
    return found[0]


def box(driver, element):
    """The element's bounding box in CSS pixels, relative to the document's left edge."""
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {left: r.left + window.scrollX, right: r.right + window.scrollX,"
        " width: r.width, height: r.height};", element)


def page_widths(driver):
    """The document's scroll width and the window's width as asked for."""
    return driver.execute_script("return document.documentElement.scrollWidth;"), driver.width


def check_no_page_scroll(driver, label):
    scroll, window = page_widths(driver)
    print(f"{label}: page scrollWidth {scroll} px, window {window} px")
    if scroll > window:
        wide = driver.execute_script(
            "return [...document.querySelectorAll('body *')]"
            ".filter(e => e.getBoundingClientRect().right > arguments[0] + 0.5)"
            ".filter(e => !e.closest('details:not([open]) > :not(summary)'))"
            ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal"
            " === undefined ? '.' + e.className : '') + ' right=' +"
            " Math.round(e.getBoundingClientRect().right));", window)
        fail(f"{label}: the page scrolls sideways: scrollWidth {scroll} px > window {window} px"
             f" (widest: {', '.join(wide)})")


def check_desktop(url):
    driver = browser(1280, 900)
    try:
        driver.get(url)
        check_no_page_scroll(driver, "1280x900")
        table = find(driver, "table.scorecard-table", "1280x900", "scorecard")
        container = find(driver, "#scorecard", "1280x900", "scorecard section")
        if table is None or container is None:
            return
        t, c = box(driver, table), box(driver, container)
        print(f"1280x900: scorecard table {t['width']:.0f} px wide, right edge {t['right']:.0f};"
              f" container {c['width']:.0f} px, right edge {c['right']:.0f}")
        if t["right"] > c["right"] + 0.5:
            fail(f"1280x900: the scorecard table ({t['width']:.0f} px, right edge"
                 f" {t['right']:.0f}) overflows its container (right edge {c['right']:.0f})")
        window = driver.width
        headers = table.find_elements(By.CSS_SELECTOR, "thead th")
        if not headers:
            fail("1280x900: the scorecard has no column headers")
        for header in headers:
            h = box(driver, header)
            name = header.text.strip() or "(empty)"
            if h["width"] <= 0 or h["height"] <= 0 or not header.is_displayed():
                fail(f"1280x900: column header '{name}' is not shown ({h['width']:.0f} x"
                     f" {h['height']:.0f} px)")
            elif h["left"] < 0 or h["right"] > window + 0.5:
                fail(f"1280x900: column header '{name}' is off-screen (left {h['left']:.0f},"
                     f" right {h['right']:.0f}, window {window})")
        print(f"1280x900: {len(headers)} column headers checked")
        check_matrix(driver, "1280x900")
        caption = box(driver, table.find_element(By.TAG_NAME, "caption"))
        if caption["right"] > window + 0.5:
            fail(f"1280x900: the scorecard caption is cut off (right edge"
                 f" {caption['right']:.0f} > {window})")
    finally:
        driver.quit()


def check_matrix(driver, label):
    """The SPC summary matrix ends inside the window and each indicator link in it shows."""
    window = driver.width
    matrix = find(driver, "table.matrix-table", label, "SPC matrix")
    if matrix is None:
        return
    m = box(driver, matrix)
    print(f"{label}: SPC matrix {m['width']:.0f} px wide, right edge {m['right']:.0f}")
    if m["right"] > window + 0.5:
        fail(f"{label}: the SPC matrix ({m['width']:.0f} px, right edge {m['right']:.0f}) is"
             f" wider than the window ({window} px)")
    links = matrix.find_elements(By.CSS_SELECTOR, "td a")
    if not links:
        fail(f"{label}: the SPC matrix lists no indicators")
    for link in links:
        problem = visible_inside(driver, link, window)
        if problem:
            fail(f"{label}: in the SPC matrix, '{link.text.strip()}' is {problem}")


def visible_inside(driver, element, window):
    """Why an element is not visible inside the viewport's width, or None when it is."""
    if not element.is_displayed():
        return "not displayed"
    b = box(driver, element)
    if b["width"] <= 0 or b["height"] <= 0:
        return f"zero size ({b['width']:.0f} x {b['height']:.0f} px)"
    if b["left"] < -0.5 or b["right"] > window + 0.5:
        return f"outside the viewport (left {b['left']:.0f}, right {b['right']:.0f}, window {window})"
    return None


def check_phone(url):
    driver = browser(390, 844)
    try:
        driver.get(url)
        check_no_page_scroll(driver, "390x844")
        window = driver.width
        table = find(driver, "table.scorecard-table", "390x844", "scorecard")
        if table is None:
            return
        t = box(driver, table)
        print(f"390x844: scorecard table {t['width']:.0f} px wide, right edge {t['right']:.0f}")
        rows = table.find_elements(By.CSS_SELECTOR, "tbody tr.sc-row")
        if not rows:
            fail("390x844: the scorecard has no indicator rows (tr.sc-row)")
        for row in rows:
            name = row.find_element(By.CSS_SELECTOR, PHONE_CELLS["indicator"]).text.strip()
            for part, selector in PHONE_CELLS.items():
                cells = row.find_elements(By.CSS_SELECTOR, selector)
                problem = "missing" if not cells else visible_inside(driver, cells[0], window)
                if problem:
                    fail(f"390x844: '{name}': the {part} is {problem}")
            check_one_tap(driver, row, name, window)
        print(f"390x844: {len(rows)} scorecard rows checked")
        check_matrix(driver, "390x844")
    finally:
        driver.quit()


def check_one_tap(driver, row, name, window):
    """The row's other readings are hidden until one click on its <summary> shows them."""
    more = row.find_element(By.XPATH, "following-sibling::tr[1]")
    summaries = more.find_elements(By.CSS_SELECTOR, "details > summary")
    if not summaries:
        fail(f"390x844: '{name}' has no <summary> to reveal the rest of its row")
        return
    summary = summaries[0]
    problem = visible_inside(driver, summary, window)
    if problem:
        fail(f"390x844: '{name}': its <summary> is {problem}")
        return
    details = more.find_element(By.TAG_NAME, "details")
    hidden = details.find_elements(By.CSS_SELECTOR, "dd")
    if any(d.is_displayed() for d in hidden):
        fail(f"390x844: '{name}': the rest of the row shows before the tap")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", summary)
    summary.click()
    readings = details.find_elements(By.CSS_SELECTOR, "dt, dd")
    if len(readings) < 2:
        fail(f"390x844: '{name}': the <details> holds no readings")
    for reading in readings:
        problem = visible_inside(driver, reading, window)
        if problem:
            fail(f"390x844: '{name}': after the tap, '{reading.text.strip()[:40]}' is {problem}")
    scroll, width = page_widths(driver)
    if scroll > width:
        fail(f"390x844: '{name}': opening its details makes the page {scroll} px wide"
             f" (window {width} px)")


def check_reflow(url):
    driver = browser(320, 640)
    try:
        driver.get(url)
        check_no_page_scroll(driver, "320x640")
    finally:
        driver.quit()


def main():
    if len(sys.argv) != 2:
        print("usage: layout.py INDEX_HTML", file=sys.stderr)
        return 64
    url = pathlib.Path(sys.argv[1]).resolve().as_uri()
    try:
        check_desktop(url)
        check_phone(url)
        check_reflow(url)
    except Exception as error:  # the browser or driver could not run at all
        print(f"could not measure in Chromium: {type(error).__name__}: {error}")
        return 2
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
