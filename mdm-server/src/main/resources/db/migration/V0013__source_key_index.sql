-- The key cross-reference (/api/v1/keys) and inbound batches look golden records up by their key in the source
-- system: (source_system, source_key), the revision then picked among the few rows that share them.
create index ix_item_source on item (source_system, source_key);
create index ix_bom_source on bom (source_system, source_key);
create index ix_supplier_source on supplier (source_system, source_key);
create index ix_customer_source on customer (source_system, source_key);
