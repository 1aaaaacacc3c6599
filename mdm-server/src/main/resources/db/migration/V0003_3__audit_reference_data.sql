-- Plants and units can be added by stewards: their changes are audited like golden records.
create table plant_aud (
    code       varchar(10) not null,
    rev        bigint      not null references audit_revision (id),
    revtype    smallint,
    name       varchar(80),
    country    char(2),
    created_at timestamp(6) with time zone,
    primary key (code, rev)
);

create table unit_of_measure_aud (
    code           varchar(3)  not null,
    rev            bigint      not null references audit_revision (id),
    revtype        smallint,
    name           varchar(80),
    dimension      varchar(10),
    factor_to_base numeric(30, 15),
    created_at     timestamp(6) with time zone,
    primary key (code, rev)
);

create trigger plant_aud_append_only before update or delete on plant_aud
    for each row execute function refuse_audit_change();
create trigger unit_of_measure_aud_append_only before update or delete on unit_of_measure_aud
    for each row execute function refuse_audit_change();
