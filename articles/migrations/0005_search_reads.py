"""Full-text search on PostgreSQL (articles/search.py), and read counts.

unaccent() is only STABLE, so an IMMUTABLE wrapper lets the trigger and the
GIN index use it. The tsvector lives in a column Django does not manage: a
trigger keeps it current for every writer, bulk inserts and COPY included.
On SQLite these statements are skipped and search uses its fallback.
"""


import django.db.models.deletion
from django.db import migrations, models

FORWARD = r"""
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION newsroom_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
ALTER TABLE articles_article ADD COLUMN IF NOT EXISTS search_document tsvector;
CREATE OR REPLACE FUNCTION articles_article_search_document() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_document :=
        setweight(to_tsvector('simple', lower(newsroom_unaccent(coalesce(NEW.headline, '')))), 'A') ||
        setweight(to_tsvector('simple', lower(newsroom_unaccent(coalesce(NEW.deck, '')))), 'B') ||
        setweight(to_tsvector('simple', lower(newsroom_unaccent(
            regexp_replace(coalesce(NEW.body, ''), '<[^>]*>', ' ', 'g')))), 'C');
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS articles_article_search ON articles_article;
CREATE TRIGGER articles_article_search
    BEFORE INSERT OR UPDATE OF headline, deck, body ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_document();
UPDATE articles_article SET headline = headline;
CREATE INDEX IF NOT EXISTS article_search_document_idx ON articles_article USING gin (search_document);
"""

BACKWARD = r"""
DROP INDEX IF EXISTS article_search_document_idx;
DROP TRIGGER IF EXISTS articles_article_search ON articles_article;
DROP FUNCTION IF EXISTS articles_article_search_document();
ALTER TABLE articles_article DROP COLUMN IF EXISTS search_document;
DROP FUNCTION IF EXISTS newsroom_unaccent(text);
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0004_workflow_roles'),
    ]

    operations = [
        migrations.RunPython(forward, backward),
        migrations.CreateModel(
            name='ReadCount',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('hour', models.DateTimeField()),
                ('count', models.PositiveIntegerField(default=0)),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='read_counts', to='articles.article')),
            ],
            options={
                'indexes': [models.Index(fields=['hour', 'article'], name='read_count_recent_idx')],
                'constraints': [models.UniqueConstraint(fields=('article', 'hour'), name='read_count_unique_hour')],
            },
        ),
    ]
