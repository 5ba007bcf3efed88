-- Why the channel withdrew an article from an account although render still announces it (a newer revision the
-- account no longer takes, e.g. moved to a section it does not take); null while the account takes the article.
alter table delivery add column withdrawn_because text;
