-- The time readers are shown as an article's publication (ArticleSubmitted.publicationTime(): its own published time,
-- else first created, else this revision's time; never before its embargo ends). The feeds and the home page list
-- by it, and the Google News sitemap lists the articles published in its window.
alter table rendition add column published_at timestamptz;

-- Renditions stored before: their events carried no published time of their own.
update rendition set published_at = greatest(coalesce(first_created, version_created), embargo_until);

drop index rendition_first_created_idx;
create index rendition_published_at_idx on rendition (published_at desc);
