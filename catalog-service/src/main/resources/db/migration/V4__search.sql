-- Full-text search: the article's words as segmented in Java (SmartChineseAnalyzer), with positions and weights
-- (headline A; subheadline, kicker, names, subjects B; body C; captions D), written with every insert and update.
alter table article add column search_vector tsvector;

create index article_search_idx on article using gin (search_vector);
