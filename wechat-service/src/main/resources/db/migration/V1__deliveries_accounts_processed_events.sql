-- One row per article and official account: what render last announced (the wanted state, written by the
-- consumer) and what WeChat holds (written by the delivery worker, before and after each WeChat call).
create table delivery (
    article_id        text        not null,
    account           text        not null,
    -- the wanted state: the latest revision announced, its status and its WeChat article (event JSON)
    revision          integer     not null,
    status            text        not null,
    article           text,
    -- raised with each accepted announcement, so that the worker's write never hides a newer one
    wanted_version    integer     not null default 1,
    -- the state on WeChat
    state             text        not null,
    step              text,
    step_revision     integer,
    media_id          text,
    drafted_revision  integer,
    cover_url         text,
    cover_media_id    text,
    publish_id        text,
    wechat_article_id text,
    article_url       text,
    attempts          integer     not null default 0,
    polls             integer     not null default 0,
    last_error        text,
    -- when the worker should look at the row again; null when nothing is to be done
    next_attempt_at   timestamptz,
    lease_until       timestamptz,
    updated_at        timestamptz not null default now(),
    primary key (article_id, account)
);

create index delivery_due on delivery (next_attempt_at) where next_attempt_at is not null;

-- An account paused by WeChat's daily quota (until it resets) or waiting for an operator.
create table account_pause (
    account      text        primary key,
    paused_until timestamptz,
    reason       text        not null,
    paused_at    timestamptz not null default now()
);

-- The articles.rendered event ids applied: a second delivery of the same event changes nothing.
create table processed_event (
    event_id     text        primary key,
    article_id   text        not null,
    revision     integer     not null,
    processed_at timestamptz not null
);
