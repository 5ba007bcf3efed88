-- The trace an articles.rendered event belongs to (its article's: the W3C traceparent of the render that queued it),
-- which the relay sends it with, also after it was parked and sent again; null where nothing was traced.
alter table outbox add column traceparent text;
alter table parked_outbox_event add column traceparent text;
