-- The trace of the announcement the wanted state comes from (its article's: the W3C traceparent of the consumer's span),
-- in which the delivery worker calls WeChat later; null where nothing was traced.
alter table delivery add column traceparent text;
