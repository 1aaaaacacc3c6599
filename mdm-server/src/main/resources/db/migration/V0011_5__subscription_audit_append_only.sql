-- Subscriptions are audited like golden records (V0009 created subscription_aud), but their audit table was left
-- without the append-only guard every other audit table has (refuse_audit_change() is defined in V0001).
create trigger subscription_aud_append_only before update or delete on subscription_aud
    for each row execute function refuse_audit_change();
