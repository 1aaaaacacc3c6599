-- Bills of materials, their lines and plant applicability, and their Envers audit tables.
-- Items are referred to by business key (number + revision, or number alone for a floating line), not by
-- foreign key: a floating line names no item row, and a BOM must outlive any one item revision.

create table bom (
    id                 uuid          primary key,
    parent_item_number varchar(40)   not null,
    parent_revision    varchar(2)    not null,
    bom_revision       varchar(2)    not null,
    produced_quantity  numeric(19, 6) not null check (produced_quantity > 0),
    produced_unit      varchar(3)    not null,
    bom_type           varchar(12)   not null check (bom_type in ('MANUFACTURE', 'KIT', 'PHANTOM')),
    effective_from     date,
    effective_to       date,
    source_system      varchar(40),
    source_key         varchar(120),
    predecessor_id     uuid          references bom (id),
    state              varchar(20)   not null,
    version            integer       not null,
    lock_version       bigint        not null,
    created_at         timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    constraint uk_bom_parent_revision unique (parent_item_number, parent_revision, bom_revision),
    constraint ck_bom_effectivity check (effective_to is null or effective_from is null or effective_from <= effective_to)
);

-- The cycle check walks down parent item number -> BOMs -> their lines; the unique key above serves lookups
-- by parent item number, this one lets the walk read id and state from the index alone.
create index ix_bom_parent_walk on bom (parent_item_number) include (id, state);
create index ix_bom_state on bom (state);
create index ix_bom_type on bom (bom_type);
create index ix_bom_predecessor on bom (predecessor_id);

create table bom_plant (
    bom_id     uuid        not null references bom (id),
    plant_code varchar(10) not null references plant (code),
    primary key (bom_id, plant_code)
);

create index ix_bom_plant_code on bom_plant (plant_code);

create table bom_line (
    id                    uuid           primary key,
    bom_id                uuid           not null references bom (id),
    position              integer        not null check (position > 0),
    component_item_number varchar(40)    not null,
    component_revision    varchar(2),                    -- null: the line floats to the released revision
    quantity              numeric(19, 6) not null check (quantity > 0),
    unit                  varchar(3)     not null,
    scrap_percent         numeric(19, 6) not null default 0 check (scrap_percent >= 0 and scrap_percent < 100),
    effective_from        date,
    effective_to          date,
    -- deferred: an update that swaps two positions passes through a moment where both lines hold one
    constraint uk_bom_line_position unique (bom_id, position) deferrable initially deferred,
    constraint ck_bom_line_effectivity check (effective_to is null or effective_from is null or effective_from <= effective_to)
);

-- (bom_id, component_item_number): the cycle walk's step down from a BOM to its components, from the index alone
create index ix_bom_line_walk on bom_line (bom_id, component_item_number);
-- where-used, the componentNumber filter, and the cycle check's walk up from a parent to the BOMs using it
create index ix_bom_line_component on bom_line (component_item_number, component_revision) include (bom_id);

-- Audit tables (Envers). Columns mirror the tables above without their constraints: history keeps what
-- was, even if a rule changes later.
create table bom_aud (
    id                 uuid     not null,
    rev                bigint   not null references audit_revision (id),
    revtype            smallint,
    parent_item_number varchar(40),
    parent_revision    varchar(2),
    bom_revision       varchar(2),
    produced_quantity  numeric(19, 6),
    produced_unit      varchar(3),
    bom_type           varchar(12),
    effective_from     date,
    effective_to       date,
    source_system      varchar(40),
    source_key         varchar(120),
    predecessor_id     uuid,
    state              varchar(20),
    version            integer,
    lock_version       bigint,
    created_at         timestamp(6) with time zone,
    updated_at         timestamp(6) with time zone,
    primary key (id, rev)
);

create index ix_bom_aud_rev on bom_aud (rev);

create table bom_line_aud (
    id                    uuid     not null,
    rev                   bigint   not null references audit_revision (id),
    revtype               smallint,
    bom_id                uuid,
    position              integer,
    component_item_number varchar(40),
    component_revision    varchar(2),
    quantity              numeric(19, 6),
    unit                  varchar(3),
    scrap_percent         numeric(19, 6),
    effective_from        date,
    effective_to          date,
    primary key (id, rev)
);

create index ix_bom_line_aud_rev on bom_line_aud (rev);
-- a BOM's history reads all its lines' audit rows at once, in revision order
create index ix_bom_line_aud_bom on bom_line_aud (bom_id, rev);

-- An element collection's audit rows: Envers puts the revision type in the key, since one revision may
-- remove and add the same element.
create table bom_plant_aud (
    rev        bigint      not null references audit_revision (id),
    revtype    smallint    not null,
    bom_id     uuid        not null,
    plant_code varchar(10) not null,
    primary key (rev, revtype, bom_id, plant_code)
);

create index ix_bom_plant_aud_bom on bom_plant_aud (bom_id, rev);

create trigger bom_aud_append_only before update or delete on bom_aud
    for each row execute function refuse_audit_change();
create trigger bom_line_aud_append_only before update or delete on bom_line_aud
    for each row execute function refuse_audit_change();
create trigger bom_plant_aud_append_only before update or delete on bom_plant_aud
    for each row execute function refuse_audit_change();
