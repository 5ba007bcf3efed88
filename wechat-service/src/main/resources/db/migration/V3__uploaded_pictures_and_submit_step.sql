-- Each picture uploaded to an official account, by the SHA-256 of the bytes sent (after fitting them to WeChat's
-- rules): a picture already uploaded to the account is not uploaded again. kind 'body' is a media/uploadimg upload
-- (uploaded_as: its URL on WeChat's hosts), 'cover' a material/add_material image (uploaded_as: its media id).
create table uploaded_picture (
    account     text        not null,
    kind        text        not null,
    sha256      text        not null,
    uploaded_as text        not null,
    uploaded_at timestamptz not null default now(),
    primary key (account, kind, sha256)
);

-- When the step in flight was marked: an unanswered freepublish/submit is looked for among the account's
-- publications for a while before its draft is submitted again.
alter table delivery add column step_at timestamptz;

-- The cover is found by its content in uploaded_picture now, no longer by its address per delivery.
alter table delivery drop column cover_url, drop column cover_media_id;

-- The content_source_url of the article in the account's draft: how an unanswered freepublish/submit is found among
-- the account's publications, also when the article was killed meanwhile (a kill carries no article).
alter table delivery add column content_source_url text;
