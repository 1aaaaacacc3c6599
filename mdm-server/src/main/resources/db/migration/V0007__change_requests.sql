-- Change requests (one approval for one or many records), their entries, and approval decisions.

create table change_request (
    id               uuid         primary key,
    title            varchar(200) not null,
    author           varchar(128) not null,
    status           varchar(12)  not null check (status in ('OPEN','IN_REVIEW','APPROVED','REJECTED','RELEASED')),
    release_at       timestamp(6) with time zone,
    process_id       varchar(64),
    decision_comment varchar(2000),
    lock_version     bigint       not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null
);
create index ix_change_request_status on change_request (status, updated_at);

create table change_entry (
    id                uuid        primary key,
    change_request_id uuid        not null references change_request (id),
    position          integer     not null,
    record_type       varchar(10) not null check (record_type in ('ITEM','BOM','SUPPLIER','CUSTOMER')),
    record_id         uuid        not null,
    kind              varchar(10) not null check (kind in ('NEW_RECORD','CHANGE','UNBLOCK','OBSOLETE')),
    proposed          text,
    constraint uk_change_entry_record unique (change_request_id, record_type, record_id)
);
create index ix_change_entry_record on change_entry (record_type, record_id);

create table change_request_aud (
    id               uuid   not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    title            varchar(200),
    author           varchar(128),
    status           varchar(12),
    release_at       timestamp(6) with time zone,
    process_id       varchar(64),
    decision_comment varchar(2000),
    lock_version     bigint,
    created_at       timestamp(6) with time zone,
    updated_at       timestamp(6) with time zone,
    primary key (id, rev)
);

create table change_entry_aud (
    id                uuid   not null,
    rev               bigint not null references audit_revision (id),
    revtype           smallint,
    change_request_id uuid,
    position          integer,
    record_type       varchar(10),
    record_id         uuid,
    kind              varchar(10),
    proposed          text,
    primary key (id, rev)
);

create table approval_decision (
    id                uuid          primary key,
    change_request_id uuid          not null references change_request (id),
    approval_group    varchar(64)   not null,
    decided_by        varchar(128)  not null,
    approved          boolean       not null,
    comment           varchar(2000),
    decided_at        timestamp(6) with time zone not null
);
create index ix_approval_decision_cr on approval_decision (change_request_id, decided_at);

create trigger change_request_aud_append_only before update or delete on change_request_aud
    for each row execute function refuse_audit_change();
create trigger change_entry_aud_append_only before update or delete on change_entry_aud
    for each row execute function refuse_audit_change();
create trigger approval_decision_append_only before update or delete on approval_decision
    for each row execute function refuse_audit_change();
