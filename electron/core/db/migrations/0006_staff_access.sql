-- 0006: staff access (the PIN, its recovery code, the pad's lockout) and assisted visits. Never edit once landed.

-- One row: the staff PIN and the one-time recovery code, each only as a salted scrypt hash
-- (electron/core/staff/secret-hash.ts), never the digits or the code. The lockout is counted here, not in
-- memory, so restarting the kiosk does not give a guesser five fresh tries.
CREATE TABLE staff_access (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  pin_hash TEXT NOT NULL CHECK (pin_hash GLOB 'scrypt$*'),
  recovery_hash TEXT NOT NULL CHECK (recovery_hash GLOB 'scrypt$*'),
  -- Wrong tries since the last lock ended or the last right PIN.
  failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  -- Locks in a row since the last right PIN: each one lasts twice as long as the one before.
  lockouts INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0),
  -- Milliseconds since the epoch when the pad opens again; NULL while it is not locked.
  locked_until INTEGER
) STRICT;

-- A visit started by staff beside the visitor (an assisted walkthrough) says so on its visit_started row:
-- 1 assisted, 0 not, NULL on every other event. Nothing about which member of staff: there is no such thing.
ALTER TABLE visit_event ADD COLUMN assisted INTEGER CHECK (assisted IN (0, 1));
