-- Each service owns its database; run once by the postgres image on an empty volume.
CREATE DATABASE catalog;
CREATE DATABASE render;
CREATE DATABASE ingest;
CREATE DATABASE wechat;
-- the operators' console: its record of re-drives (issue 14)
CREATE DATABASE console;
