-- The revision a rendition was made from, whole, so that everything can be rendered again after a template
-- change without reading the topic, plus the fields issue pages, feeds and the sitemap select and sort by.
alter table rendition
    add column document         jsonb,
    add column publication_name text,
    add column issue_date       date,
    add column page             text,
    -- the page label's number (01版 -> 1), so pages sort numerically
    add column page_number      integer,
    add column section          text,
    add column first_created    timestamptz,
    add column version_created  timestamptz,
    add column embargo_until    timestamptz;

create index rendition_issue_page_idx on rendition (publication_name, issue_date, page_number);
create index rendition_version_created_idx on rendition (version_created desc);
