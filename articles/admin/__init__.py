from articles.admin import articles, images, people, taxonomy, topics  # noqa: F401  (registers the admins)
