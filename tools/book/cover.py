"""The e-book's cover image, drawn like the printed book's cover (livre.css, `.couverture`): a band of the
collection's colour at the top, the publisher, the title, the subtitle, and at the foot what the book holds.

Drawn with Pillow (installed with WeasyPrint) in the printed book's fonts, Liberation Sans and Caladea; the
same texts and fonts give the same image, byte for byte.
"""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 1800
MARGIN = 140
COLOUR = (31, 78, 95)  # #1f4e5f, the band and the title
INK = (29, 34, 38)
FONTS = {
    "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "sans-bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "serif-italic": "/usr/share/fonts/truetype/crosextra/Caladea-Italic.ttf",
}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = Path(FONTS[name])
    if not path.exists():
        raise OSError(f"police absente : {path} (make pdf-deps installe fonts-liberation et fonts-crosextra-caladea)")
    return ImageFont.truetype(str(path), size)


def wrap(draw: ImageDraw.ImageDraw, text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """The text cut into lines no wider than `width`, between words."""
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=face) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def draw_lines(draw: ImageDraw.ImageDraw, top: int, lines: list[str], face: ImageFont.FreeTypeFont, leading: float,
               fill: tuple[int, int, int]) -> int:
    """Draws the lines from `top`; returns the y just below the last one."""
    step = round(face.size * leading)
    for number, line in enumerate(lines):
        draw.text((MARGIN, top + number * step), line, font=face, fill=fill)
    return top + len(lines) * step


def cover_png(title: str, subtitle: str | None, publisher: str | None, contents: str | None, date: str | None) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 330), fill=COLOUR)
    width = WIDTH - 2 * MARGIN
    y = 420
    if publisher:
        y = draw_lines(draw, y, wrap(draw, publisher, font("sans", 40), width), font("sans", 40), 1.3, COLOUR) + 150
    title_face = font("sans-bold", 92)
    y = draw_lines(draw, y, wrap(draw, title, title_face, width), title_face, 1.12, COLOUR) + 60
    if subtitle:
        face = font("serif-italic", 50)
        draw_lines(draw, y, wrap(draw, subtitle, face, width - 60), face, 1.3, INK)
    foot = [text for text in (contents, date) if text]
    if foot:
        face = font("sans", 38)
        lines = [line for text in foot for line in wrap(draw, text, face, width)]
        top = HEIGHT - 160 - len(lines) * round(38 * 1.35)
        draw.rectangle((MARGIN, top - 40, WIDTH - MARGIN, top - 36), fill=COLOUR)
        draw_lines(draw, top, lines, face, 1.35, INK)
    # A small palette keeps the file light; the same picture always gives the same palette.
    out = io.BytesIO()
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, format="PNG", optimize=True)
    return out.getvalue()
