"""The photo library's machinery, built on Pillow.

- ``validation``: what an upload must be before it is accepted (decoded type, size, pixels).
- ``processing``: the stored copy: orientation applied, metadata removed, sRGB.
- ``renditions``: resized and cropped copies for ``<picture>``/``srcset``, made once.
- ``body``: library photos inside article bodies, rendered through the same renditions.
- ``services``: saving and deleting library photos (admin, scripts and tests call these).

docs/PHOTOS.md explains the whole pipeline.
"""

# The attribute the rich-text editor writes on a library photo inside an article
# body: <img data-file="12">. The sanitiser keeps it, the page renderer and the
# "is this photo in use" check read it.
BODY_IMAGE_ATTRIBUTE = "data-file"
