// Versioned schema; PRAGMA user_version records how far a database has been migrated.

export const MIGRATIONS: string[] = [
  // 1: imports, records, rejected rows, runs, findings, verifications
  `
  CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    period TEXT NOT NULL,
    file TEXT NOT NULL,          -- path relative to the input folder (or as given to import)
    sha256 TEXT NOT NULL,
    sheets TEXT NOT NULL,        -- JSON array of sheet names read
    rows_read INTEGER NOT NULL,
    rows_used INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    data_date TEXT,
    imported_at TEXT NOT NULL,
    UNIQUE (kind, period, file)
  );
  CREATE TABLE records (
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    sheet TEXT NOT NULL,
    row INTEGER NOT NULL,
    id_number TEXT NOT NULL,
    name TEXT NOT NULL,
    household_id TEXT,
    head_id_number TEXT,
    relation TEXT,
    township TEXT,
    village TEXT,
    data TEXT NOT NULL           -- JSON of the kind's own fields
  );
  CREATE INDEX records_import ON records(import_id);
  CREATE INDEX records_id ON records(id_number);
  CREATE TABLE rejected (
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    sheet TEXT NOT NULL,
    row INTEGER NOT NULL,
    col TEXT,
    reason TEXT NOT NULL,
    reason_text TEXT NOT NULL,
    raw TEXT NOT NULL,           -- JSON {header: text}
    name TEXT,
    township TEXT,
    village TEXT
  );
  CREATE INDEX rejected_import ON rejected(import_id);
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    period TEXT NOT NULL UNIQUE,
    config_hash TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    summary TEXT NOT NULL        -- JSON: the --json summary
  );
  CREATE TABLE findings (
    period TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    rule TEXT NOT NULL,
    status TEXT NOT NULL,        -- new | persisting | not_evaluated | false_positive
    township TEXT,
    village TEXT,
    evidence_hash TEXT NOT NULL,
    first_period TEXT NOT NULL,
    data TEXT NOT NULL,          -- JSON of the Finding
    PRIMARY KEY (period, fingerprint)
  );
  CREATE INDEX findings_rule ON findings(period, rule);
  CREATE TABLE verifications (
    fingerprint TEXT NOT NULL,
    period TEXT NOT NULL,        -- period of the list that was verified
    result TEXT,                 -- 属实 | 不属实 | NULL
    note TEXT, measure TEXT, deadline TEXT, responsible TEXT,
    evidence_hash TEXT NOT NULL,
    source_file TEXT NOT NULL,
    verified_at TEXT NOT NULL,
    PRIMARY KEY (fingerprint, period)
  );
  `,
  // 2: how each file was read (sheet, headerRow, columns, reference date), so that changing them in the
  // config re-reads an unchanged file; and the import's warnings, so that a re-run still reports them.
  `
  ALTER TABLE imports ADD COLUMN options TEXT NOT NULL DEFAULT '';
  ALTER TABLE imports ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
  `,
  // 3: records are read by import, never looked up by ID in SQL (matching runs on in-memory maps):
  // the ID index only slowed a county's million inserts.
  `
  DROP INDEX IF EXISTS records_id;
  `,
  // 4: usable records are stored in chunks of up to 1,000 rows of one sheet (store/record-codec.ts encodeChunk): a county
  // month inserts a million records, and one statement per record was most of the read phase. Merged township/village cells are kept
  // as fill ranges and applied when records are read back.
  `
  CREATE TABLE record_chunks (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    sheet TEXT NOT NULL,
    n INTEGER NOT NULL,
    data BLOB NOT NULL           -- [[row, id_number, name, household_id, head_id_number, relation, township, village, {fields}], …], V8-serialized (JSON text when migrated)
  );
  CREATE INDEX record_chunks_import ON record_chunks(import_id);
  CREATE TABLE record_fills (
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    sheet TEXT NOT NULL,
    field TEXT NOT NULL,         -- township | village
    value TEXT NOT NULL,
    from_row INTEGER NOT NULL,
    to_row INTEGER NOT NULL
  );
  CREATE INDEX record_fills_import ON record_fills(import_id);
  INSERT INTO record_chunks (import_id, sheet, n, data)
    SELECT import_id, sheet, count(*), json_group_array(json_array(row, id_number, name, household_id, head_id_number, relation, township, village, json(data)))
    FROM (SELECT rowid AS rid, * FROM records ORDER BY rowid)
    GROUP BY import_id, sheet, rid / 1000 ORDER BY min(rid);
  DROP TABLE records;
  `,
  // 5: the column each field was read from, per sheet (product-spec §9.1), so that a re-run that skips an unchanged
  // file still reports it.
  `
  ALTER TABLE imports ADD COLUMN columns TEXT NOT NULL DEFAULT '[]';
  `,
];
