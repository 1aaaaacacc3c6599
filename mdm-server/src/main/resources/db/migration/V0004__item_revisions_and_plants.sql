-- Item revisions (B follows A: a new record linked to its predecessor) and plant extensions, which are
-- kept apart from the enterprise attributes but versioned with the item.

alter table item add column predecessor_id uuid references item (id);
alter table item_aud add column predecessor_id uuid;
create index ix_item_predecessor on item (predecessor_id);

create table item_plant (
    id               uuid         primary key,
    item_id          uuid         not null references item (id),
    plant_code       varchar(10)  not null references plant (code),
    procurement_type varchar(10)  not null check (procurement_type in ('IN_HOUSE', 'EXTERNAL', 'BOTH')),
    lead_time_days   integer      check (lead_time_days >= 0),
    safety_stock     numeric(19, 6) check (safety_stock >= 0),
    minimum_lot_size numeric(19, 6) check (minimum_lot_size > 0),
    storage_location varchar(20),
    constraint uk_item_plant unique (item_id, plant_code)
);

create table item_plant_aud (
    id               uuid     not null,
    rev              bigint   not null references audit_revision (id),
    revtype          smallint,
    item_id          uuid,
    plant_code       varchar(10),
    procurement_type varchar(10),
    lead_time_days   integer,
    safety_stock     numeric(19, 6),
    minimum_lot_size numeric(19, 6),
    storage_location varchar(20),
    primary key (id, rev)
);

create trigger item_plant_aud_append_only before update or delete on item_plant_aud
    for each row execute function refuse_audit_change();
