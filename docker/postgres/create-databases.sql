-- Each service owns its database; run once by the postgres image on an empty volume.
CREATE DATABASE catalog;
CREATE DATABASE render;
CREATE DATABASE ingest;
CREATE DATABASE wechat;
