"""Demo photos, drawn with Pillow when the demo loads: original, nothing to
ship (no binaries in the repository), about a second to draw with renditions."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageDraw

from articles.images.processing import prepare_photo
from articles.images.services import save_image
from articles.models import Image

SIZE = (1600, 1000)


def _sky(top, bottom):
    """A vertical gradient from ``top`` to ``bottom``."""
    column = PILImage.new("RGB", (1, 256))
    column.putdata(
        [
            tuple(t + (b - t) * y // 255 for t, b in zip(top, bottom, strict=True))
            for y in range(256)
        ]
    )
    return column.resize(SIZE)


def _bus_stop():
    image = _sky((250, 196, 120), (120, 170, 220))
    draw = ImageDraw.Draw(image)
    draw.ellipse([1180, 120, 1380, 320], fill=(255, 236, 170))
    for index, height in enumerate((420, 560, 380, 620, 480, 540, 400, 590)):
        left = 40 + index * 195
        draw.rectangle([left, 760 - height, left + 160, 760], fill=(70, 80, 100))
        for row in range(760 - height + 30, 740, 60):
            for col in range(left + 20, left + 140, 45):
                draw.rectangle([col, row, col + 20, row + 30], fill=(250, 220, 140))
    draw.rectangle([0, 760, SIZE[0], SIZE[1]], fill=(60, 60, 66))
    draw.rounded_rectangle([420, 650, 1180, 880], radius=40, fill=(30, 150, 110))
    for left in range(470, 1120, 110):
        draw.rectangle([left, 690, left + 80, 770], fill=(190, 230, 240))
    for centre in (540, 1060):
        draw.ellipse([centre - 55, 830, centre + 55, 940], fill=(25, 25, 25))
    return image


def _tide():
    image = _sky((110, 130, 160), (200, 210, 220))
    draw = ImageDraw.Draw(image)
    for layer in range(8):
        top = 520 + layer * 60
        shade = (40 + layer * 8, 90 + layer * 10, 140 + layer * 8)
        draw.rectangle([0, top + 20, SIZE[0], SIZE[1]], fill=shade)
        for left in range(-80, SIZE[0], 160):
            draw.chord([left, top, left + 160, top + 60], 180, 360, fill=shade)
    draw.polygon([(980, 600), (1500, 600), (1440, 690), (1040, 690)], fill=(150, 60, 40))
    draw.line([(1240, 600), (1240, 380)], fill=(60, 40, 30), width=10)
    draw.polygon([(1250, 390), (1250, 580), (1420, 580)], fill=(235, 235, 225))
    return image


PHOTOS = [
    {
        "article": "dishub-uji-coba-bus-listrik-rute-stasiun-ke-pasar",
        "draw": _bus_stop,
        "alt_text": "Ilustrasi bus listrik hijau melintas di depan deretan gedung saat senja.",
        "caption": "Ilustrasi bus listrik pada rute uji coba stasiun–pasar.",
        "credit": "Newsroom/Ilustrasi",
        "focal": (0.5, 0.75),
    },
    {
        "article": "badan-meteorologi-peringatkan-banjir-rob-pesisir-utara-jawa",
        "draw": _tide,
        "alt_text": "Ilustrasi perahu nelayan di tengah gelombang pasang di pesisir.",
        "caption": "Ilustrasi gelombang pasang di pesisir utara.",
        "credit": "Newsroom/Ilustrasi",
        "focal": (0.75, 0.6),
    },
]


def photo_for(entry) -> Image:
    """The library photo of a demo entry, drawn and stored the first time only."""
    existing = Image.objects.filter(caption=entry["caption"], credit=entry["credit"]).first()
    if existing:
        return existing
    out = io.BytesIO()
    # Drawn at SIZE, stored at 1200 wide: enough for every page, and quick to render.
    entry["draw"]().resize((1200, 750), PILImage.Resampling.LANCZOS).save(out, "JPEG", quality=88)
    photo = prepare_photo(SimpleUploadedFile(f"{entry['article'][:40]}.jpg", out.getvalue()))
    focal_x, focal_y = entry["focal"]
    image = Image(
        alt_text=entry["alt_text"],
        caption=entry["caption"],
        credit=entry["credit"],
        focal_x=focal_x,
        focal_y=focal_y,
    )
    return save_image(image=image, photo=photo)


def attach(articles: dict) -> None:
    """Lead photos for newly created demo articles (``{slug: article}``)."""
    for entry in PHOTOS:
        article = articles.get(entry["article"])
        if article is not None:
            article.lead_image = photo_for(entry)
            article.save(update_fields=["lead_image"])
