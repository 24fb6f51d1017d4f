-- Runs once, when the postgres container starts with an empty data volume: one database per service.
-- (deploy/local/run.sh creates them too when missing, so it also works against this container.)
CREATE DATABASE enforcement_case;
CREATE DATABASE enforcement_operation;
CREATE DATABASE enforcement_stats;
