from django.contrib import admin

from articles.admin import articles, images, people, taxonomy, topics  # noqa: F401  (registers the admins)
from newsroom.two_factor import register_device_admin

register_device_admin(admin.site)
