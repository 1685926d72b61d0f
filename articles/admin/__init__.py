from articles.admin import articles, taxonomy  # noqa: F401  (registers the admins)
