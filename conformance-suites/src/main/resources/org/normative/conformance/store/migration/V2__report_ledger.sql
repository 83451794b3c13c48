-- Issued (signed) reports, in a hash chain: each entry's hash covers its fields and the previous entry's hash, so a
-- removed, inserted or changed entry breaks every hash after it. Rows are inserted, never updated.

CREATE TABLE report_ledger (
    seq               BIGINT        PRIMARY KEY,
    report_id         VARCHAR(100)  NOT NULL,
    file_name         VARCHAR(1000) NOT NULL,
    report_sha256     CHAR(64)      NOT NULL,
    signature_sha256  CHAR(64)      NOT NULL,
    signer            VARCHAR(1000) NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_hash     CHAR(64)      NOT NULL,
    entry_hash        CHAR(64)      NOT NULL UNIQUE
);

CREATE INDEX report_ledger_by_sha ON report_ledger (report_sha256);

-- One row, updated first by every append: it serialises writers so the chain never forks (portable row locking).
CREATE TABLE report_ledger_head (
    id                INTEGER       PRIMARY KEY,
    last_seq          BIGINT        NOT NULL
);

INSERT INTO report_ledger_head (id, last_seq) VALUES (1, 0);
