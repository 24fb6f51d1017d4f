-- The role the services connect as (DB_APP_USER): it owns no tables, so it cannot TRUNCATE, DROP, ALTER or CREATE
-- them; Flyway migrates as postgres, the owner, and grants it its rows after every migration (afterMigrate.sql in
-- enforcement-commons). Runs once with an empty data volume; for an older volume run it by hand (README).
-- Development only: the password is the published default the compose file passes to the services.
SELECT 'CREATE ROLE enforcement_app LOGIN PASSWORD ''enforcement-app-dev'''
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'enforcement_app') \gexec
