-- Every re-drive the console made: which dead letter, by whom, where the record went back to, and what came of it.
create table redrive (
    id                    bigint      generated always as identity primary key,
    consumer              text        not null,
    dead_letter_topic     text        not null,
    dead_letter_partition integer     not null,
    dead_letter_offset    bigint      not null,
    event_id              text,
    record_key            text,
    operator              text        not null,
    requested_at          timestamptz not null,
    -- where the record was written back to (produce re-drives), once Kafka acknowledged it
    target_topic          text,
    target_partition      integer,
    target_offset         bigint,
    -- sending, sent, applied, dead-lettered-again, send-failed, failed
    outcome               text        not null,
    detail                text,
    outcome_at            timestamptz
);

create index redrive_letter_idx on redrive (dead_letter_topic, dead_letter_partition, dead_letter_offset);
create index redrive_requested_at_idx on redrive (requested_at desc);
