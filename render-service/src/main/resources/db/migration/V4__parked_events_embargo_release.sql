-- articles.rendered events Kafka refused for good (too large, not serializable, invalid): moved out of the outbox
-- so that the events after them flow, kept here with the reason until an operator sends them again.
create table parked_outbox_event (
    event_id   uuid        primary key,
    article_id text        not null,
    revision   integer     not null,
    payload    jsonb       not null,
    created_at timestamptz not null,
    attempts   integer     not null,
    reason     text        not null,
    parked_at  timestamptz not null
);

create index parked_outbox_event_parked_at_idx on parked_outbox_event (parked_at);

-- An article announced as embargoed whose announcement as published is still due: the embargo release job
-- announces it once embargo_until has passed by the database's clock, then clears the flag.
alter table rendition add column release_pending boolean not null default false;

-- Renditions stored before: those still under embargo were announced as published; announce them again when
-- their embargo ends, as every embargoed article is.
update rendition set release_pending = true where pub_status = 'USABLE' and embargo_until > current_timestamp;

create index rendition_release_due_idx on rendition (embargo_until) where release_pending;
