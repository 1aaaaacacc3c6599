-- Reference data as managed tables (not enums in code). Countries and currencies are seeded by V0003_1.

create table country (
    code        char(2)      primary key check (code ~ '^[A-Z]{2}$'),   -- ISO 3166-1 alpha-2
    name        varchar(80)  not null,
    iban_length smallint     check (iban_length between 15 and 34)     -- null: the country has no IBAN
);

create table currency (
    code        char(3)      primary key check (code ~ '^[A-Z]{3}$'),   -- ISO 4217
    name        varchar(80)  not null,
    minor_units smallint     not null check (minor_units between 0 and 4)
);

create table incoterm (
    code        char(3)      primary key,                               -- Incoterms 2020
    name        varchar(80)  not null,
    any_mode    boolean      not null                                   -- false: sea and inland waterway only
);

insert into incoterm (code, name, any_mode) values
    ('EXW', 'Ex Works', true),
    ('FCA', 'Free Carrier', true),
    ('CPT', 'Carriage Paid To', true),
    ('CIP', 'Carriage and Insurance Paid To', true),
    ('DAP', 'Delivered at Place', true),
    ('DPU', 'Delivered at Place Unloaded', true),
    ('DDP', 'Delivered Duty Paid', true),
    ('FAS', 'Free Alongside Ship', false),
    ('FOB', 'Free on Board', false),
    ('CFR', 'Cost and Freight', false),
    ('CIF', 'Cost, Insurance and Freight', false);

create table plant (
    code        varchar(10)  primary key check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,9}$'),
    name        varchar(80)  not null,
    country     char(2)      not null references country (code),
    created_at  timestamp(6) with time zone not null default now()
);

-- Conversions between units of one dimension come from factor_to_base (V0002). Units a steward adds
-- through the API land in the same table.
alter table unit_of_measure add column created_at timestamp(6) with time zone not null default now();
