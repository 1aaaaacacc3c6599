-- Items and the audit trail (Envers). Hibernate only validates; this folder owns the schema.

create sequence audit_revision_seq start with 1 increment by 50;

create table audit_revision (
    id          bigint       primary key,
    changed_at  bigint       not null,           -- epoch milliseconds (Envers @RevisionTimestamp)
    author      varchar(128) not null,
    reason      varchar(500)
);

create table item (
    id             uuid          primary key,
    item_number    varchar(40)   not null,
    revision       varchar(2)    not null,
    name           varchar(120)  not null,
    description    varchar(2000),
    item_type      varchar(20)   not null,
    base_unit      varchar(3)    not null,
    gtin           varchar(14),
    category       varchar(80),
    make_or_buy    varchar(4),
    weight_value   numeric(19, 6),
    weight_unit    varchar(3),
    effective_from date,
    source_system  varchar(40),
    source_key     varchar(120),
    state          varchar(20)   not null,
    version        integer       not null,
    lock_version   bigint        not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    constraint uk_item_number_revision unique (item_number, revision)
);

create index ix_item_state on item (state);
create index ix_item_type on item (item_type);
create index ix_item_name_lower on item (lower(name) varchar_pattern_ops);

create table item_aud (
    id             uuid     not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint,
    item_number    varchar(40),
    revision       varchar(2),
    name           varchar(120),
    description    varchar(2000),
    item_type      varchar(20),
    base_unit      varchar(3),
    gtin           varchar(14),
    category       varchar(80),
    make_or_buy    varchar(4),
    weight_value   numeric(19, 6),
    weight_unit    varchar(3),
    effective_from date,
    source_system  varchar(40),
    source_key     varchar(120),
    state          varchar(20),
    version        integer,
    lock_version   bigint,
    created_at     timestamp(6) with time zone,
    updated_at     timestamp(6) with time zone,
    primary key (id, rev)
);

create index ix_item_aud_rev on item_aud (rev);

-- The audit trail is append-only: no API edits it, and the database refuses it too.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only (% on %)', tg_op, tg_table_name;
end $$;

create trigger audit_revision_append_only before update or delete on audit_revision
    for each row execute function refuse_audit_change();
create trigger item_aud_append_only before update or delete on item_aud
    for each row execute function refuse_audit_change();
