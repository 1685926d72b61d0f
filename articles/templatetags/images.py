"""Library photos in templates: ``{% picture image crop="card" sizes="…" %}``.

Renditions are read from the photo's record (no query, no storage call); a
crop never made before is made on first use (articles.images.renditions).
"""

from django import template

register = template.Library()


@register.inclusion_tag("includes/picture.html")
def picture(image, crop="original", sizes="100vw", priority=False, alt=None):
    """<picture> with AVIF/WebP sources and a JPEG <img>, width and height set.

    ``priority``: the photo a reader sees first (the lead image): loaded at
    once with high priority instead of lazily.
    """
    return {
        "image": image,
        "renditions": image.rendition_set(crop) if image else None,
        "sizes": sizes,
        "priority": priority,
        "alt": image.alt_text if alt is None and image else alt,
    }
