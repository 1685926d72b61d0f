"""The library's rules in the database and services, the rebuild command, settings and demo."""

import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection, transaction
from django.db.models import ProtectedError

from articles.images import renditions, services
from articles.models import Article, Image
from newsroom.env import env_int_list
from tests.factories import ArticleFactory, AuthorFactory, ImageFactory, SectionFactory
from tests.fixtures.photos import stored_names

pytestmark = pytest.mark.django_db


def _refused(change):
    with pytest.raises(IntegrityError), transaction.atomic():
        change()


@pytest.mark.parametrize(
    "values",
    [
        {"focal_x": 1.5, "focal_y": 0.5},
        {"focal_x": -0.1, "focal_y": 0.5},
        {"focal_x": 0.5, "focal_y": None},
        {"width": 0},
        {"alt_text": ""},
    ],
    ids=["x-past-the-edge", "x-negative", "half-a-point", "no-width", "no-alt"],
)
def test_the_database_refuses_an_impossible_photo(media, values):
    image = ImageFactory()

    _refused(lambda: Image.objects.filter(pk=image.pk).update(**values))


def test_the_database_refuses_to_delete_a_photo_an_article_shows(media, section):
    image = ImageFactory()
    ArticleFactory(section=section, lead_image=image)

    with pytest.raises(ProtectedError):
        image.delete()

    def raw_delete():
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM articles_image WHERE id = %s", [image.pk])
        connection.check_constraints()  # foreign keys are checked at commit

    _refused(raw_delete)


def test_usage_finds_every_place_a_photo_is_shown(media, section):
    image, other = ImageFactory(), ImageFactory()
    lead = ArticleFactory(section=section, headline="Sebagai foto utama", lead_image=image)
    body = ArticleFactory(
        section=section,
        headline="Di dalam isi",
        body=f'<figure><img src="/x.jpg" alt="" data-file="{image.pk}"></figure>',
    )
    # An id that merely starts with the photo's id is not a use of it.
    ArticleFactory(
        section=section,
        headline="Foto lain",
        body=f'<figure><img src="/x.jpg" alt="" data-file="{image.pk}0"></figure>',
    )
    author = AuthorFactory(photo=image)
    rubric = SectionFactory(slug="foto", image=image)

    assert set(image.articles_using()) == {lead, body}
    assert set(image.usages()) == {lead, body, author, rubric}
    assert other.usages() == []


def test_deleting_a_photo_in_use_is_refused_with_the_names(media, section):
    image = ImageFactory()
    ArticleFactory(section=section, headline="Tanggul jebol", lead_image=image)

    with pytest.raises(ValidationError) as caught:
        services.delete_image(image=image)

    assert caught.value.code == "in_use"
    assert "Tanggul jebol" in caught.value.messages[0]
    assert Image.objects.filter(pk=image.pk).exists()


def test_deleting_an_unused_photo_removes_its_files(media, django_capture_on_commit_callbacks):
    image = ImageFactory()
    renditions.ensure(image)

    with django_capture_on_commit_callbacks(execute=True):
        services.delete_image(image=image)

    assert not Image.objects.exists()
    assert stored_names(media) == []


def test_a_failed_save_leaves_no_file_behind(media, monkeypatch):
    from articles.images.processing import prepare_photo
    from tests.fixtures.photos import jpeg_bytes, upload

    photo = prepare_photo(upload(jpeg_bytes((400, 300))))
    monkeypatch.setattr(Image, "save", lambda *a, **k: (_ for _ in ()).throw(IntegrityError("x")))

    with pytest.raises(IntegrityError):
        services.save_image(image=Image(alt_text="Foto"), photo=photo)

    assert stored_names(media) == []


def test_the_lead_caption_is_the_override_or_the_library_caption(media, section):
    image = ImageFactory(caption="Dari perpustakaan")

    assert ArticleFactory(section=section, lead_image=image).lead_caption == "Dari perpustakaan"
    assert (
        ArticleFactory(section=section, lead_image=image, lead_image_caption="Khusus").lead_caption
        == "Khusus"
    )
    assert ArticleFactory(section=section).lead_caption == ""


def test_build_renditions_makes_what_is_missing_and_force_redraws(media, capsys):
    first, second = ImageFactory(), ImageFactory()
    Image.objects.update(renditions={})

    call_command("build_renditions")
    names = stored_names(media)
    call_command("build_renditions", str(first.pk), force=True)

    assert all(set(image.renditions) == set(renditions.CROPS) for image in Image.objects.all())
    assert stored_names(media) == names
    assert "2 photo(s)" in capsys.readouterr().out
    second.refresh_from_db()
    assert renditions.is_current(second, "card")


def test_build_renditions_reports_a_broken_photo_and_does_the_others(media, capsys):
    broken, fine = ImageFactory(), ImageFactory()
    Image.objects.update(renditions={})
    media.delete(broken.file.name)

    with pytest.raises(CommandError):
        call_command("build_renditions")

    fine.refresh_from_db()
    assert set(fine.renditions) == set(renditions.CROPS)
    assert f"image {broken.pk}:" in capsys.readouterr().err


def test_widths_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("IMAGE_WIDTHS", "400, 800")
    assert env_int_list("IMAGE_WIDTHS", [1]) == [400, 800]
    for bad in ("400,lebar", "0,800"):
        monkeypatch.setenv("IMAGE_WIDTHS", bad)
        with pytest.raises(ImproperlyConfigured):
            env_int_list("IMAGE_WIDTHS", [1])


def test_load_demo_adds_its_photos_once(media, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", force=True)
    photos = Image.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", force=True)

    assert photos >= 2 and Image.objects.count() == photos
    with_photo = Article.objects.live().filter(lead_image__isnull=False).first()
    html = client.get(with_photo.get_absolute_url()).content.decode()
    assert 'class="lead-image"' in html and "<picture>" in html
