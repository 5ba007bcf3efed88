-- The Google News sitemap lists the articles first created in the last two days, newest first.
create index rendition_first_created_idx on rendition (first_created desc);
