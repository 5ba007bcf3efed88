-- The rest of the event model the catalog filters, sorts and groups by. The whole event stays in document.
alter table article
    add column kicker              text,
    add column authors             text[]      not null default '{}',
    add column publication_name_en text,
    add column issue_number        integer,
    add column total_issue_number  integer,
    add column page_count          integer,
    -- the page label's number (01版 -> 1), so pages sort numerically
    add column page_number         integer,
    add column first_created       timestamptz,
    add column embargo_until       timestamptz;

create index article_issue_page_idx on article (publication_name, issue_date, page_number);
create index article_authors_idx on article using gin (authors);
