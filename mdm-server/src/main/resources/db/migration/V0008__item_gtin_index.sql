-- Releases check that no other released item carries the same GTIN; duplicate detection looks items up by
-- GTIN too. Partial: only items that have one.
create index ix_item_gtin on item (gtin) where gtin is not null;
