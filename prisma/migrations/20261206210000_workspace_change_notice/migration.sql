-- Every process keeps workspace settings in memory (src/store/settings-cache.ts): a change
-- tells them all, on commit, which workspace to read again.
CREATE FUNCTION lofte_workspace_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('lofte_workspace', COALESCE(NEW.id, OLD.id));
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Workspace_changed" AFTER UPDATE OR DELETE ON "Workspace"
  FOR EACH ROW EXECUTE FUNCTION lofte_workspace_changed();
