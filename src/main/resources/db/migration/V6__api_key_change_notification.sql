-- Every instance caches authenticated API keys in memory. Any change to a key row (a revocation through the API on
-- any instance, or an operator's UPDATE/DELETE by hand) notifies every instance listening on this channel, which
-- then drops the key from its cache. NOTIFY is delivered when the changing transaction commits, never before.
CREATE FUNCTION api_keys_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sourceledger_api_keys', OLD.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER api_keys_notify_change
    AFTER UPDATE OR DELETE ON api_keys
    FOR EACH ROW EXECUTE FUNCTION api_keys_notify_change();
