#!/usr/bin/env python3
"""The HTML report of examples/flawed in a real browser (run by ctest).

    browser_check.py BINARY REPO

Headless Chromium (Debian's `chromium`, from scripts/install-deps.sh) opens the report with the
network off, prints it to PDF and takes a 1280x2000 screenshot. The PDF must have more than one
page, its text must hold the report's headings and its journey pages must be landscape; the
screenshot must not be blank (many pixels that are not white, and the red of an error).

Made for a loaded machine: each browser run has minutes, not seconds, and one retry when the
browser itself fails; nothing is timed.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

BINARY, REPO = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
MODEL = "examples/flawed/chainmap.yaml"
TIMEOUT = 300  # seconds per browser run


def die(message):
    print(f"browser_check: {message}", file=sys.stderr)
    sys.exit(1)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    die("no chromium on PATH (scripts/install-deps.sh installs Debian's chromium)")


def browse(browser, page, tmp, *action):
    """Runs headless Chromium on `page` with no network; one retry if it fails."""
    for attempt in (1, 2):
        profile = tempfile.mkdtemp(prefix="profile-", dir=tmp)
        home = tempfile.mkdtemp(prefix="home-", dir=tmp)
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars",
                f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--no-pdf-header-footer", "--print-to-pdf-no-header", *action, f"file://{page}"]
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_CACHE_HOME=home, LC_ALL="C.UTF-8", TZ="UTC")
        try:
            p = subprocess.run(args, env=env, capture_output=True, timeout=TIMEOUT)
            if p.returncode == 0:
                return
            detail = f"exit {p.returncode}: {p.stderr.decode(errors='replace')[-2000:]}"
        except subprocess.TimeoutExpired:
            detail = f"no answer within {TIMEOUT} s"
        print(f"browser_check: chromium {action[0]} attempt {attempt}: {detail}", file=sys.stderr)
    die(f"chromium failed twice ({action[0]})")


def pixels(path):
    """Width, height and RGB rows of an 8-bit PNG (RGB or RGBA, not interlaced)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        die(f"{path} is not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I", data[pos:pos + 4])[0], data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                die(f"unexpected PNG: depth {depth}, colour type {colour}, interlace {interlace}")
        elif kind == b"IDAT":
            idat += body
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main():
    browser = chromium()
    for tool in ("pdfinfo", "pdftotext"):
        if not shutil.which(tool):
            die(f"{tool} is missing (poppler-utils, from scripts/install-deps.sh)")
    with tempfile.TemporaryDirectory(prefix="chainmap-browser-") as tmp:
        page = os.path.join(tmp, "report.html")
        env = dict(os.environ, NO_COLOR="1", CHAINMAP_TODAY="2026-06-01")
        p = subprocess.run([BINARY, "validate", f"--output-format=html={page}", MODEL], cwd=REPO, env=env,
                           capture_output=True)
        if p.returncode not in (0, 1) or not os.path.exists(page):
            die(f"validate exited {p.returncode}: {p.stderr.decode(errors='replace')}")

        pdf, png = os.path.join(tmp, "report.pdf"), os.path.join(tmp, "report.png")
        browse(browser, page, tmp, f"--print-to-pdf={pdf}")
        browse(browser, page, tmp, f"--screenshot={png}", "--window-size=1280,2000")

        problems = []
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "1000", pdf], capture_output=True, text=True).stdout
        pages = int(next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")), "0"))
        if pages < 2:
            problems.append(f"the PDF has {pages} page(s)")
        sizes = [l for l in info.splitlines() if l.startswith("Page") and "size:" in l]
        landscape = sum(1 for l in sizes if float(l.split()[3]) > float(l.split()[5]))
        if landscape == 0 or landscape == len(sizes):
            problems.append(f"{landscape} of {len(sizes)} pages are landscape: the journeys should be, the rest not")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        for words in ("Fails the gate", "What could not be read", "Findings", "Journey map", "Service blueprint",
                      "Responsibility (RACI) matrix", "Partners", "Why it matters", "How to fix"):
            if words.lower() not in text.lower():  # some headings are set in capitals
                problems.append(f"the PDF's text lacks {words!r}")

        width, height, bpp, rows = pixels(png)
        if (width, height) != (1280, 2000):
            problems.append(f"the screenshot is {width}x{height}")
        ink = red = 0
        for row in rows:
            for x in range(0, len(row), bpp):
                r, g, b = row[x], row[x + 1], row[x + 2]
                if r < 235 or g < 235 or b < 235:
                    ink += 1
                if r > 150 and g < 90 and b < 90:
                    red += 1
        if ink < width * height // 50:
            problems.append(f"the screenshot is nearly blank: {ink} of {width * height} pixels are not white")
        if red < 50:
            problems.append(f"the screenshot shows no error red ({red} pixels)")
        for p in problems:
            print(f"browser_check: {p}", file=sys.stderr)
        print(f"browser_check: PDF {pages} pages ({landscape} landscape), screenshot {ink} inked and {red} red pixels")
        sys.exit(1 if problems else 0)


main()
