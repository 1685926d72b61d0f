"""Photo pipeline benchmark: rendition throughput and peak memory per upload.

    .venv/bin/python bench/renditions.py          # or: make bench

Throughput: every rendition of every crop (articles.images.renditions.CROPS)
drawn from a stored 24 MP JPEG, with and without AVIF. Memory: each upload
runs in a fresh process and reports its peak resident memory above the
process's own baseline, for a 24 MP and a 50 MP (the default IMAGE_MAX_PIXELS)
JPEG. The run fails when a 50 MP upload exceeds the budget below.

Test photos are drawn here (noise over gradients, so JPEG cannot shrink them
to nothing); nothing is downloaded.
"""

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from PIL import Image, ImageChops, ImageFilter  # noqa: E402

from articles.images import renditions  # noqa: E402
from articles.images.processing import prepare_photo  # noqa: E402

# label: (size, EXIF orientation); a turned photo costs a second copy of its pixels.
PHOTOS = {
    "24 MP": ((6000, 4000), None),
    "50 MP": ((8660, 5773), None),
    "50 MP, EXIF-turned": ((8660, 5773), 6),
}
# What "bounded" means: linear in the pixel limit, whatever the file claims.
# 8 bytes a pixel covers the decoded RGB photo (3), the copy that turning it
# upright needs (3) and the encoders' working buffers; plus the upload and the
# encoded result. Decompression bombs never get this far (refused unread).
BUDGET_BYTES = 8 * settings.NEWSROOM_IMAGE_MAX_PIXELS + 3 * settings.NEWSROOM_IMAGE_MAX_BYTES
ROUNDS = 3


class FakeImage:
    """What renditions.plan() reads from a library photo, without a database."""

    def __init__(self, name, size):
        self.file = type("F", (), {"name": name})()
        self.width, self.height = size
        self.focal_point = (0.5, 0.5)


def make_jpeg(size, path: Path, orientation=None) -> Path:
    """A camera-like JPEG: smooth gradients, blurred texture and fine grain
    (pure noise would be an unrealistically large, slow file)."""
    if not path.exists():
        small = (size[0] // 8, size[1] // 8)
        texture = Image.merge(
            "RGB",
            [Image.effect_noise(small, 60).filter(ImageFilter.GaussianBlur(3)) for _ in range(3)],
        ).resize(size, Image.Resampling.BICUBIC)
        ramp = Image.linear_gradient("L").resize(size)
        base = Image.merge(
            "RGB", (ramp, ramp.transpose(Image.Transpose.FLIP_LEFT_RIGHT), ramp.rotate(180))
        )
        grain = Image.effect_noise(size, 10).convert("RGB")
        photo = ImageChops.add(ImageChops.blend(base, texture, 0.5), grain, offset=-128)
        exif = Image.Exif()
        if orientation:
            exif[0x0112] = orientation
        photo.save(path, "JPEG", quality=88, exif=exif)
    return path


def throughput(path: Path, avif: bool) -> tuple[float, int]:
    settings.NEWSROOM_IMAGE_AVIF = avif
    with Image.open(path) as probe:
        size = probe.size
    image = FakeImage(path.name, size)
    plans = [renditions.plan(image, crop) for crop in renditions.CROPS]
    count, started = 0, time.perf_counter()
    for _ in range(ROUNDS):
        with open(path, "rb") as source:
            count = sum(1 for _ in renditions.draw(source, size, plans))
    elapsed = time.perf_counter() - started
    return ROUNDS / elapsed, count


def _status(field: str) -> int:
    """A /proc/self/status value in bytes (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def measure_upload(path: str, with_renditions: bool) -> None:
    """Child process: print the peak RSS one upload adds above the baseline."""
    data = Path(path).read_bytes()
    # Reset the high-water mark (ru_maxrss would carry the parent's over exec).
    Path("/proc/self/clear_refs").write_text("5")
    baseline, started = _status("VmRSS"), time.perf_counter()
    photo = prepare_photo(SimpleUploadedFile("upload.jpg", data))
    if with_renditions:
        image = FakeImage("stored.jpg", (photo.width, photo.height))
        plans = [renditions.plan(image, crop) for crop in renditions.CROPS]
        for _ in renditions.draw(io.BytesIO(photo.content), (photo.width, photo.height), plans):
            pass
    print(_status("VmHWM") - baseline, time.perf_counter() - started)


def peak_upload_memory(path: Path, *, with_renditions: bool = False) -> tuple[int, float]:
    """(bytes of peak RSS, seconds) an upload adds, measured in a fresh process."""
    args = [sys.executable, __file__, "--measure-upload", str(path)]
    if with_renditions:
        args.append("--with-renditions")
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    peak, seconds = result.stdout.strip().splitlines()[-1].split()
    return int(peak), float(seconds)


def main() -> int:
    workdir = Path(os.environ.get("BENCH_DIR", tempfile.gettempdir())) / "newsroom-bench"
    workdir.mkdir(exist_ok=True)
    photos = {
        label: make_jpeg(size, workdir / f"{label.replace(' ', '')}.jpg", orientation)
        for label, (size, orientation) in PHOTOS.items()
    }

    print("Rendition throughput, 24 MP JPEG (all crops, widths and formats per photo):")
    for avif in (True, False):
        if avif and "avif" not in renditions.enabled_formats():
            continue
        rate, files = throughput(photos["24 MP"], avif)
        label = "with AVIF   " if avif else "without AVIF"
        print(f"  {label}: {rate:5.2f} photos/s ({files} files each, {rate * files:6.1f} files/s)")

    print("Peak memory per upload (check, orient, strip, re-encode), above the process baseline:")
    failed = False
    for label, path in photos.items():
        peak, seconds = peak_upload_memory(path)
        with_renditions, _ = peak_upload_memory(path, with_renditions=True)
        size_mb = path.stat().st_size / 1e6
        note = ""
        if label.startswith("50 MP"):
            failed = failed or max(peak, with_renditions) > BUDGET_BYTES
            note = f"  (budget {BUDGET_BYTES / 1e6:.0f} MB: {'OVER' if failed else 'ok'})"
        print(
            f"  {label + ' JPEG':<24} ({size_mb:4.1f} MB file, {seconds:3.1f} s): "
            f"upload {peak / 1e6:4.0f} MB, "
            f"upload + all renditions {with_renditions / 1e6:4.0f} MB{note}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure-upload"]:
        measure_upload(sys.argv[2], "--with-renditions" in sys.argv)
    else:
        sys.exit(main())
