-- The last re-drive of each dead letter (a record of the catalog's dead-letter topic, by partition and offset):
-- a letter whose outcome is not 'failed' was applied (current, history or duplicate) and is not re-driven again.
create table dead_letter_redrive (
    dlq_topic     text        not null,
    dlq_partition integer     not null,
    dlq_offset    bigint      not null,
    outcome       text        not null,
    -- why the last attempt failed, when it did
    reason        text,
    attempts      integer     not null,
    attempted_at  timestamptz not null,
    primary key (dlq_topic, dlq_partition, dlq_offset)
);
