-- 0007: the one-time setup code a kiosk.json may carry for the first staff PIN. Never edit once landed.

-- One row: the hash of the code (electron/core/staff/secret-hash.ts), never the code, and the kiosk.json it
-- came from. A kiosk.json that changes arms its own code (or none) again, while no PIN is set; the same file
-- read at the next start does not re-arm a code already spent. code_hash is NULL when that file carried no
-- code, and once the code let the first PIN through.
CREATE TABLE staff_setup_code (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- sha256 of the kiosk.json bytes, as kiosk_settings.provisioned_from keeps it.
  armed_from TEXT NOT NULL,
  code_hash TEXT CHECK (code_hash GLOB 'scrypt$*')
) STRICT;
