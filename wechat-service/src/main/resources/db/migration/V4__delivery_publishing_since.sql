-- Since when the channel waits for a publication's final status (freepublish/submit, or an operator's retry): after
-- herald.wechat.retry.publish-timeout of publish_status 1 the article fails. Null for rows submitted before it
-- existed: their wait begins at the next look.
alter table delivery add column publishing_since timestamptz;
