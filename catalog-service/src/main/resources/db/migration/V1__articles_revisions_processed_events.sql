-- Every event applied (or deliberately ignored) once: the idempotence gate.
create table processed_event (
    event_id     text        primary key,
    article_id   text        not null,
    revision     integer     not null,
    processed_at timestamptz not null
);

-- Every revision of every article, as received.
create table article_revision (
    article_id  text        not null,
    revision    integer     not null,
    event_id    text        not null,
    document    jsonb       not null,
    recorded_at timestamptz not null,
    primary key (article_id, revision)
);

-- The current (highest) revision of each article.
create table article (
    article_id       text        primary key,
    revision         integer     not null,
    event_id         text        not null,
    pub_status       text        not null,
    language         text        not null,
    headline         text        not null,
    subheadline      text,
    dateline         text,
    section          text,
    page             text,
    publication_name text,
    issue_date       date,
    byline           text,
    version_created  timestamptz not null,
    document         jsonb       not null,
    updated_at       timestamptz not null
);

create index article_latest_idx on article (version_created desc, updated_at desc);
