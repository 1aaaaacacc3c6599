-- Identifiers a delivery takes at its target (the GTIN a released item revision carries) and identifiers it
-- gives up there (the GTIN of a revision being superseded or made obsolete). A delivery that takes an
-- identifier waits while an open delivery of the same subscription gives it up, across batches and nodes,
-- as a BOM waits for its components: the target (Odoo) refuses a barcode two active products share.
alter table delivery add column takes text[] not null default '{}';
alter table delivery add column frees text[] not null default '{}';
create index ix_delivery_frees on delivery using gin (frees) where status in ('PENDING', 'IN_FLIGHT');
