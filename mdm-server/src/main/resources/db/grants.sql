-- What the application role may do, applied as the owner role after every schema change
-- (platform.db.DatabaseRoles). The role's name is in the session setting mdm.app_role. Idempotent, and
-- driven by the catalog: a table added by a later migration is covered without editing this file.
do $$
declare
    app text := current_setting('mdm.app_role');
    t record;
begin
    -- golden records, workflow, outbox: read and write rows, never change a definition (no TRUNCATE,
    -- REFERENCES or TRIGGER privilege, and only the owner may ALTER or DROP)
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select, update on all sequences in schema public to %I', app);
    -- the migrations' own record is not the application's to touch
    execute format('revoke insert, update, delete on mdm_schema_history from %I', app);
    -- the audit trail: add and read only, and append-only for every role, the owner included (row guard for
    -- UPDATE and DELETE, statement guard for TRUNCATE)
    for t in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
          and (c.relname in ('audit_revision', 'audit_chain', 'approval_decision') or c.relname like '%\_aud' escape '\')
    loop
        execute format('revoke update, delete, truncate, references, trigger on %I from %I', t.relname, app);
        execute format('create or replace trigger %I before update or delete on %I '
                       'for each row execute function refuse_audit_change()', t.relname || '_append_only', t.relname);
        execute format('create or replace trigger %I before truncate on %I '
                       'for each statement execute function refuse_audit_change()', t.relname || '_no_truncate', t.relname);
    end loop;
end $$;
