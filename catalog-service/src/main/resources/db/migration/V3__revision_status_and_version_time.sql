-- What the revision history lists without reading each document: the revision's status and creation time.
alter table article_revision
    add column pub_status      text,
    add column version_created timestamptz;

update article_revision
   set pub_status = upper(document ->> 'pubStatus'),
       version_created = (document ->> 'versionCreated')::timestamptz;

alter table article_revision
    alter column pub_status set not null,
    alter column version_created set not null;
