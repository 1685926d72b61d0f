from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Image,
    Quote,
    RelatedLink,
    Section,
    Topic,
)


def earlier_today():
    """An hour ago, or nearer when that would be yesterday in the newsroom's zone.

    Pages such as the index default to the local "today"; a story from 23:30
    would vanish from them when the suite runs just after midnight in Jakarta.
    Later calls still give later times, so creation order stays publication order.
    """
    now = timezone.now()
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(now - timedelta(hours=1), midnight + (now - midnight) / 2)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    is_staff = True
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Rubrik {n}")
    slug = factory.Sequence(lambda n: f"rubrik-{n}")


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Penulis {n}")
    slug = factory.Sequence(lambda n: f"penulis-{n}")
    role = "Wartawan"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topik {n}")
    slug = factory.Sequence(lambda n: f"topik-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A live article unless told otherwise."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    headline = factory.Sequence(lambda n: f"Judul berita nomor {n}")
    slug = factory.Sequence(lambda n: f"judul-berita-nomor-{n}")
    deck = "Ringkasan satu kalimat."
    dateline = "Jakarta"
    section = factory.SubFactory(SectionFactory)
    body = "<p>Isi berita.</p>"
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: earlier_today())

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if create and extracted:
            for index, author in enumerate(extracted):
                ArticleAuthor.objects.create(article=self, author=author, position=index)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory)
    text = factory.Sequence(lambda n: f"Pernyataan nomor {n}")
    speaker = "Ratna Wulandari"
    speaker_role = "Kepala Dinas"
    context = "Jakarta, Kamis (19/6)"
    position = factory.Sequence(lambda n: n)


class RelatedLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RelatedLink

    article = factory.SubFactory(ArticleFactory)
    target = factory.SubFactory(ArticleFactory)
    position = factory.Sequence(lambda n: n)


class ImageFactory(factory.django.DjangoModelFactory):
    """A library photo made the way uploads are: checked, cleaned and stored by the service.

    ``dimensions`` and ``image_format`` choose the drawn test photo (tests/fixtures/photos.py).
    """

    class Meta:
        model = Image

    alt_text = factory.Sequence(lambda n: f"Warga menunggu bus di halte nomor {n}")
    caption = "Warga menunggu bus listrik di halte Stasiun Kota."
    credit = "MI/Ramdani"
    dimensions = (1600, 900)
    image_format = "JPEG"

    @classmethod
    def _create(cls, model_class, dimensions, image_format, uploaded_by=None, **kwargs):
        from articles.images.processing import prepare_photo
        from articles.images.services import save_image
        from tests.fixtures.photos import image_bytes, upload

        photo = prepare_photo(upload(image_bytes(image_format, dimensions), f"foto.{image_format}"))
        return save_image(image=model_class(**kwargs), photo=photo, user=uploaded_by)
