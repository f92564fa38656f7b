-- 0010: content packs (issue 19): which content the kiosk serves, the one it served before, and the keys staff
-- added. Never edit once landed.

-- Two rows at most. 'current' is the content the database holds now, 'previous' what a one-tap rollback returns
-- to. No 'current' row: the app's own content/ (a kiosk from before packs). Each row is written in the same
-- transaction as the content it names (content-pack/pack-apply.ts), so the record and the content never
-- disagree, even when the process is killed in the middle.
CREATE TABLE content_source (
  slot TEXT PRIMARY KEY CHECK (slot IN ('current', 'previous')),
  -- 'app': the content/ folder the app was installed with; 'pack': a pack kept in <data>/content-packs/<pack_id>.
  kind TEXT NOT NULL CHECK (kind IN ('app', 'pack')),
  pack_id TEXT CHECK ((kind = 'pack') = (pack_id IS NOT NULL)),
  revision INTEGER NOT NULL CHECK (revision >= 0),
  -- The pack's creation date (a day, from its manifest), and the fingerprint of the key that signed it.
  created_day TEXT,
  signed_by TEXT,
  -- sha256 over the content files (content-files.ts hashContentFiles): the folder is checked against it before use.
  files_hash TEXT NOT NULL,
  -- The revision of the app's own content when this was chosen: an app update whose own content is newer than both
  -- replaces a pack; one that is not leaves the staff's choice (even a confirmed rollback) in place.
  app_revision INTEGER NOT NULL,
  -- JSON array of the pack's languages, and of its tutorial ids: what the next change summary compares with.
  locales TEXT NOT NULL,
  tutorials TEXT NOT NULL,
  -- sha256 of each content file by path (JSON object): which tutorials a new pack changes.
  file_hashes TEXT NOT NULL
) STRICT;

-- Public keys staff added (shown to them by fingerprint); the app's own trusted keys ship in the app.
CREATE TABLE content_pack_key (
  fingerprint TEXT PRIMARY KEY,
  -- base64 SPKI DER, as npm run content:keygen prints it.
  public_key TEXT NOT NULL,
  -- A local day, never a time (like every date the kiosk keeps).
  added_day TEXT NOT NULL
) STRICT;
