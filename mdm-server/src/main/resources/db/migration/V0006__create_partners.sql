-- Suppliers and customers (business partners) with their addresses, contacts and bank accounts, and the
-- Envers audit tables for all of them. Each line (address, contact, bank account) is a row with its own
-- UUID, so clients and the history diff can follow a line across versions; sort_order keeps the order the
-- steward gave. Reference codes are foreign keys as a backstop: the API checks them first, field by field.

-- name searches are "contains, ignoring case": a trigram index serves them (pg_trgm is a trusted extension)
create extension if not exists pg_trgm;

create table supplier (
    id              uuid          primary key,
    supplier_number varchar(40)   not null,
    legal_name      varchar(160)  not null,
    vat_id          varchar(20),                                   -- compact form: no spaces, dots or hyphens
    country         char(2)       not null references country (code),
    payment_terms   varchar(20),
    currency        char(3)       not null references currency (code),
    source_system   varchar(40),
    source_key      varchar(120),
    state           varchar(20)   not null,
    version         integer       not null,
    lock_version    bigint        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint uk_supplier_number unique (supplier_number)
);

create index ix_supplier_number_prefix on supplier (supplier_number varchar_pattern_ops);
create index ix_supplier_name_trgm on supplier using gin (lower(legal_name) gin_trgm_ops);
create index ix_supplier_country on supplier (country);
create index ix_supplier_state on supplier (state);
create index ix_supplier_vat_id on supplier (vat_id);          -- exact duplicate detection on VAT ids

create table supplier_address (
    id           uuid          primary key,
    supplier_id  uuid          not null references supplier (id),
    sort_order   integer       not null,
    address_type varchar(10)   not null check (address_type in ('LEGAL', 'BILLING', 'SHIPPING', 'REMIT_TO')),
    street       varchar(200)  not null,
    postal_code  varchar(20),
    city         varchar(80)   not null,
    region       varchar(80),
    country      char(2)       not null references country (code)
);
create index ix_supplier_address_supplier on supplier_address (supplier_id);

create table supplier_contact (
    id          uuid          primary key,
    supplier_id uuid          not null references supplier (id),
    sort_order  integer       not null,
    name        varchar(120)  not null,
    role        varchar(80),
    email       varchar(254),
    phone       varchar(30)
);
create index ix_supplier_contact_supplier on supplier_contact (supplier_id);

-- Bank data is sensitive: the API masks the IBAN for everyone without the finance or admin role.
create table supplier_bank_account (
    id             uuid          primary key,
    supplier_id    uuid          not null references supplier (id),
    sort_order     integer       not null,
    iban           varchar(34)   not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'), -- electronic form
    bic            varchar(11),
    account_holder varchar(120)  not null,
    bank_name      varchar(120),
    currency       char(3)       references currency (code)
);
create index ix_supplier_bank_account_supplier on supplier_bank_account (supplier_id);
create index ix_supplier_bank_account_iban on supplier_bank_account (iban);  -- exact duplicate detection

create table customer (
    id              uuid          primary key,
    customer_number varchar(40)   not null,
    legal_name      varchar(160)  not null,
    vat_id          varchar(20),
    country         char(2)       not null references country (code),
    payment_terms   varchar(20),
    credit_limit    numeric(19, 4) check (credit_limit >= 0),
    credit_currency char(3)       references currency (code),
    credit_status   varchar(10)   not null check (credit_status in ('OK', 'BLOCKED')),
    incoterm        char(3)       references incoterm (code),
    incoterm_place  varchar(80),
    price_list_code varchar(20),
    source_system   varchar(40),
    source_key      varchar(120),
    state           varchar(20)   not null,
    version         integer       not null,
    lock_version    bigint        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint uk_customer_number unique (customer_number),
    constraint ck_customer_credit_limit check ((credit_limit is null) = (credit_currency is null)),
    constraint ck_customer_incoterm check ((incoterm is null) = (incoterm_place is null))
);

create index ix_customer_number_prefix on customer (customer_number varchar_pattern_ops);
create index ix_customer_name_trgm on customer using gin (lower(legal_name) gin_trgm_ops);
create index ix_customer_country on customer (country);
create index ix_customer_state on customer (state);
create index ix_customer_credit_status on customer (credit_status);
create index ix_customer_vat_id on customer (vat_id);

create table customer_address (
    id           uuid          primary key,
    customer_id  uuid          not null references customer (id),
    sort_order   integer       not null,
    address_type varchar(10)   not null check (address_type in ('LEGAL', 'BILLING', 'SHIPPING', 'REMIT_TO')),
    street       varchar(200)  not null,
    postal_code  varchar(20),
    city         varchar(80)   not null,
    region       varchar(80),
    country      char(2)       not null references country (code)
);
create index ix_customer_address_customer on customer_address (customer_id);

create table customer_contact (
    id          uuid          primary key,
    customer_id uuid          not null references customer (id),
    sort_order  integer       not null,
    name        varchar(120)  not null,
    role        varchar(80),
    email       varchar(254),
    phone       varchar(30)
);
create index ix_customer_contact_customer on customer_contact (customer_id);

-- Envers audit tables: every column nullable (a DEL revision stores what was deleted), keyed by (id, rev).

create table supplier_aud (
    id              uuid     not null,
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    supplier_number varchar(40),
    legal_name      varchar(160),
    vat_id          varchar(20),
    country         char(2),
    payment_terms   varchar(20),
    currency        char(3),
    source_system   varchar(40),
    source_key      varchar(120),
    state           varchar(20),
    version         integer,
    lock_version    bigint,
    created_at      timestamp(6) with time zone,
    updated_at      timestamp(6) with time zone,
    primary key (id, rev)
);
create index ix_supplier_aud_rev on supplier_aud (rev);

create table supplier_address_aud (
    id           uuid     not null,
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    supplier_id  uuid,
    sort_order   integer,
    address_type varchar(10),
    street       varchar(200),
    postal_code  varchar(20),
    city         varchar(80),
    region       varchar(80),
    country      char(2),
    primary key (id, rev)
);
create index ix_supplier_address_aud_owner on supplier_address_aud (supplier_id, rev);

create table supplier_contact_aud (
    id          uuid     not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    supplier_id uuid,
    sort_order  integer,
    name        varchar(120),
    role        varchar(80),
    email       varchar(254),
    phone       varchar(30),
    primary key (id, rev)
);
create index ix_supplier_contact_aud_owner on supplier_contact_aud (supplier_id, rev);

create table supplier_bank_account_aud (
    id             uuid     not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint,
    supplier_id    uuid,
    sort_order     integer,
    iban           varchar(34),
    bic            varchar(11),
    account_holder varchar(120),
    bank_name      varchar(120),
    currency       char(3),
    primary key (id, rev)
);
create index ix_supplier_bank_account_aud_owner on supplier_bank_account_aud (supplier_id, rev);

create table customer_aud (
    id              uuid     not null,
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    customer_number varchar(40),
    legal_name      varchar(160),
    vat_id          varchar(20),
    country         char(2),
    payment_terms   varchar(20),
    credit_limit    numeric(19, 4),
    credit_currency char(3),
    credit_status   varchar(10),
    incoterm        char(3),
    incoterm_place  varchar(80),
    price_list_code varchar(20),
    source_system   varchar(40),
    source_key      varchar(120),
    state           varchar(20),
    version         integer,
    lock_version    bigint,
    created_at      timestamp(6) with time zone,
    updated_at      timestamp(6) with time zone,
    primary key (id, rev)
);
create index ix_customer_aud_rev on customer_aud (rev);

create table customer_address_aud (
    id           uuid     not null,
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    customer_id  uuid,
    sort_order   integer,
    address_type varchar(10),
    street       varchar(200),
    postal_code  varchar(20),
    city         varchar(80),
    region       varchar(80),
    country      char(2),
    primary key (id, rev)
);
create index ix_customer_address_aud_owner on customer_address_aud (customer_id, rev);

create table customer_contact_aud (
    id          uuid     not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint,
    customer_id uuid,
    sort_order  integer,
    name        varchar(120),
    role        varchar(80),
    email       varchar(254),
    phone       varchar(30),
    primary key (id, rev)
);
create index ix_customer_contact_aud_owner on customer_contact_aud (customer_id, rev);

-- The audit trail is append-only (refuse_audit_change() is defined in V0001).
create trigger supplier_aud_append_only before update or delete on supplier_aud
    for each row execute function refuse_audit_change();
create trigger supplier_address_aud_append_only before update or delete on supplier_address_aud
    for each row execute function refuse_audit_change();
create trigger supplier_contact_aud_append_only before update or delete on supplier_contact_aud
    for each row execute function refuse_audit_change();
create trigger supplier_bank_account_aud_append_only before update or delete on supplier_bank_account_aud
    for each row execute function refuse_audit_change();
create trigger customer_aud_append_only before update or delete on customer_aud
    for each row execute function refuse_audit_change();
create trigger customer_address_aud_append_only before update or delete on customer_address_aud
    for each row execute function refuse_audit_change();
create trigger customer_contact_aud_append_only before update or delete on customer_contact_aud
    for each row execute function refuse_audit_change();
