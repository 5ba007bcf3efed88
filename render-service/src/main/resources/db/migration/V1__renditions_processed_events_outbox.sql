-- The current rendition of each article: only the newest revision seen is kept.
create table rendition (
    article_id  text        primary key,
    revision    integer     not null,
    event_id    text        not null,
    pub_status  text        not null,
    headline    text,
    web_html    text        not null,
    wechat      jsonb       not null,
    rendered_at timestamptz not null
);

-- Every articles.submitted event applied (by its ce_id), so that a redelivery changes nothing.
create table processed_event (
    event_id     text        primary key,
    article_id   text        not null,
    revision     integer     not null,
    processed_at timestamptz not null
);

-- articles.rendered events written in the same transaction as the rendition; the relay sends them
-- in id order and deletes each one once Kafka acknowledged it.
create table outbox (
    id         bigint      generated always as identity primary key,
    event_id   uuid        not null unique,
    article_id text        not null,
    payload    jsonb       not null,
    created_at timestamptz not null,
    attempts   integer     not null default 0,
    last_error text
);
