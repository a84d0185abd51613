#!/usr/bin/env python3
"""Checks that each FILE is a well-formed PNG: signature, chunk CRCs, IHDR first and IEND last,
image data that inflates to exactly one filter byte (0-4) plus one row of pixels per row.
Used by tests/render_check.sh on chainmap's own PNG encoder (src/render/png.cc).

    tests/render/png_check.py FILE...
"""
import struct
import sys
import zlib


def check(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return "no PNG signature"
    pos, chunks, idat = 8, [], b""
    while pos < len(data):
        if pos + 12 > len(data):
            return "truncated chunk"
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            return f"bad CRC in {kind!r}"
        chunks.append((kind, body))
        if kind == b"IDAT":
            idat += body
        pos += 12 + length
    if not chunks or chunks[0][0] != b"IHDR" or chunks[-1][0] != b"IEND":
        return "IHDR must come first and IEND last"
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0 or width == 0 or height == 0:
        return f"unexpected IHDR {width}x{height} depth {depth} colour {colour}"
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    if len(raw) != height * stride:
        return f"image data is {len(raw)} bytes, expected {height * stride}"
    if any(raw[y * stride] > 4 for y in range(height)):
        return "unknown row filter"
    return None


status = 0
for path in sys.argv[1:]:
    problem = check(path)
    if problem:
        print(f"FAIL: {path}: {problem}", file=sys.stderr)
        status = 1
sys.exit(status)
