from django.db import models


class ReadCount(models.Model):
    """Reads of one article in one hour (UTC), written in batches, never per view."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="read_counts"
    )
    hour = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="read_count_unique_hour"),
        ]
        indexes = [
            # "Terpopuler": sum the recent hours per article.
            models.Index(fields=["hour", "article"], name="read_count_recent_idx"),
        ]

    def __str__(self):
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}: {self.count}"
