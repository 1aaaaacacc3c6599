-- Odoo database ids of published records, per subscription: a cache of what Odoo's external ids
-- (mdm.<domain>_<golden id>) point to, so BOM lines and read-backs need no lookup per record. Losing rows
-- costs lookups, not correctness. No foreign key to the subscription: the cache may outlive it briefly.
create table odoo_key_map (
    subscription_id uuid   not null,
    external_name   text   not null,   -- e.g. item_6f1c…, without the module "mdm."
    model           text   not null,   -- e.g. product.template
    odoo_id         bigint not null,
    variant_id      bigint,            -- product.template: its product.product
    primary key (subscription_id, external_name)
);
