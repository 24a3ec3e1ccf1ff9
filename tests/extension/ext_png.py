"""Just enough PNG decoding to count coloured pixels in a screenshot (8-bit RGB/RGBA)."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

Pixel = tuple[int, int, int]


def _unfilter(kind: int, line: bytearray, previous: bytes, step: int) -> None:
    for i in range(len(line)):
        left = line[i - step] if i >= step else 0
        up = previous[i]
        corner = previous[i - step] if i >= step else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            guess = left + up - corner
            near = min(
                (abs(guess - left), 0, left),
                (abs(guess - up), 1, up),
                (abs(guess - corner), 2, corner),
            )
            line[i] = (line[i] + near[2]) & 0xFF


def decode(png: bytes) -> tuple[int, int, list[Pixel]]:
    """Width, height and the RGB pixels, row by row."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, data, header = 8, b"", None
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        body = png[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            data += body
        position += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0, "unsupported PNG layout"
    step = 4 if color == 6 else 3
    raw = zlib.decompress(data)
    stride = width * step
    previous = bytes(stride)
    pixels: list[Pixel] = []
    for row in range(height):
        start = row * (stride + 1)
        line = bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(raw[start], line, previous, step)
        pixels += [tuple(line[i : i + 3]) for i in range(0, stride, step)]
        previous = bytes(line)
    return width, height, pixels


def count(png: bytes, wanted: Callable[[Pixel], bool]) -> int:
    """How many pixels of the image satisfy ``wanted``."""
    return sum(1 for pixel in decode(png)[2] if wanted(pixel))


def columns(png: bytes, wanted: Callable[[Pixel], bool]) -> list[int]:
    """The x positions holding at least one pixel that satisfies ``wanted``."""
    width, _, pixels = decode(png)
    return sorted({index % width for index, pixel in enumerate(pixels) if wanted(pixel)})
