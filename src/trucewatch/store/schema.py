"""DuckDB schema and its migrations. Each migration is applied once, in order, in one transaction.

Times are stored as naive ``TIMESTAMP`` values in UTC. Lists are DuckDB ``VARCHAR[]``; nested reasons and
provenance are JSON text so that they survive export unchanged.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);

        CREATE TABLE IF NOT EXISTS agreements (
            id VARCHAR PRIMARY KEY,
            title VARCHAR NOT NULL,
            source_file VARCHAR,
            source_sha256 VARCHAR NOT NULL,
            body JSON NOT NULL            -- the validated agreement, as JSON
        );

        -- one row per agreement x clause x reading, every reading override applied
        CREATE TABLE IF NOT EXISTS clause_readings (
            agreement_id VARCHAR NOT NULL,
            clause_id VARCHAR NOT NULL,
            reading_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,        -- prohibition | obligation
            title VARCHAR NOT NULL,
            acts VARCHAR[] NOT NULL,
            bound_parties VARCHAR[] NOT NULL,
            window_start TIMESTAMP NOT NULL,
            window_end TIMESTAMP,         -- NULL = open-ended
            window_tz VARCHAR NOT NULL,
            window_start_label VARCHAR,
            window_end_label VARCHAR,
            deadline TIMESTAMP,
            in_force BOOLEAN NOT NULL,
            reading_note VARCHAR,
            scope_any BOOLEAN NOT NULL,   -- no target restriction
            geo_any BOOLEAN NOT NULL,     -- no geographic restriction
            reciprocity VARCHAR,
            PRIMARY KEY (agreement_id, clause_id, reading_id)
        );

        -- target scope items: include / exclude taxonomy prefixes
        CREATE TABLE IF NOT EXISTS scope_items (
            agreement_id VARCHAR NOT NULL,
            clause_id VARCHAR NOT NULL,
            reading_id VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            include BOOLEAN NOT NULL
        );

        -- geography items: kind = country | admin1 | area
        CREATE TABLE IF NOT EXISTS geo_items (
            agreement_id VARCHAR NOT NULL,
            clause_id VARCHAR NOT NULL,
            reading_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            value VARCHAR NOT NULL,
            include BOOLEAN NOT NULL,
            west DOUBLE, south DOUBLE, east DOUBLE, north DOUBLE
        );

        CREATE TABLE IF NOT EXISTS reports (
            id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL,
            source_name VARCHAR NOT NULL,
            source_url VARCHAR,
            published_at TIMESTAMP,
            source_kind VARCHAR,
            aligned_with VARCHAR,
            claimant VARCHAR NOT NULL,    -- defaults to the source name
            stance VARCHAR NOT NULL,
            actor VARCHAR,
            occurred_start TIMESTAMP,
            occurred_end TIMESTAMP,
            tz VARCHAR,
            location_name VARCHAR,
            admin1 VARCHAR,
            admin1_code VARCHAR,
            country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            precision_km DOUBLE,
            target_category VARCHAR,
            target_name VARCHAR,
            target_description VARCHAR,
            weapon VARCHAR,
            outcome VARCHAR,
            count BIGINT,
            aggregate BOOLEAN NOT NULL,
            relates_to VARCHAR,
            text VARCHAR,
            event VARCHAR,
            killed INTEGER,
            injured INTEGER,
            format VARCHAR NOT NULL,      -- native | acled | ucdp | airforce | generic | text
            input_file VARCHAR,
            input_line BIGINT,
            source_row_id VARCHAR,
            provenance JSON,
            spans JSON
        );

        CREATE TABLE IF NOT EXISTS incidents (
            id VARCHAR PRIMARY KEY,
            primary_report VARCHAR NOT NULL,
            occurred_start TIMESTAMP,
            occurred_end TIMESTAMP,
            actor VARCHAR,
            target_category VARCHAR,
            target_name VARCHAR,
            location_name VARCHAR,
            admin1 VARCHAR,
            admin1_code VARCHAR,
            country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            precision_km DOUBLE,
            weapon VARCHAR,
            outcome VARCHAR,
            event VARCHAR,
            n_reports INTEGER NOT NULL,
            n_sources INTEGER NOT NULL,
            n_independent_sources INTEGER NOT NULL,
            acknowledged_by VARCHAR[],
            denied_by VARCHAR[],
            competing_actors VARCHAR[],
            evidence_grade VARCHAR NOT NULL, -- acknowledged | corroborated | single_source | contested | discounted
            evidence_detail VARCHAR,         -- why that grade, in words (NULL: a default sentence is used)
            grouping JSON              -- why these reports were grouped
        );

        CREATE TABLE IF NOT EXISTS incident_reports (
            incident_id VARCHAR NOT NULL,
            report_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL,     -- primary | related
            PRIMARY KEY (incident_id, report_id)
        );

        CREATE TABLE IF NOT EXISTS findings (
            agreement_id VARCHAR NOT NULL,
            clause_id VARCHAR NOT NULL,
            reading_id VARCHAR NOT NULL,
            incident_id VARCHAR NOT NULL,
            actor VARCHAR,
            verdict VARCHAR NOT NULL,
            reasons JSON NOT NULL,
            report_ids VARCHAR[] NOT NULL,
            occurred_start TIMESTAMP,
            occurred_end TIMESTAMP,
            run_id VARCHAR NOT NULL,
            PRIMARY KEY (agreement_id, clause_id, reading_id, incident_id)
        );

        CREATE TABLE IF NOT EXISTS obligations (
            agreement_id VARCHAR NOT NULL,
            clause_id VARCHAR NOT NULL,
            reading_id VARCHAR NOT NULL,
            party VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            detail VARCHAR NOT NULL,
            report_ids VARCHAR[] NOT NULL,
            run_id VARCHAR NOT NULL,
            PRIMARY KEY (agreement_id, clause_id, reading_id, party)
        );

        CREATE TABLE IF NOT EXISTS runs (
            id VARCHAR PRIMARY KEY,     -- hash of engine version + inputs: same inputs, same id
            engine_version VARCHAR NOT NULL,
            agreements_sha256 VARCHAR NOT NULL,
            reports_sha256 VARCHAR NOT NULL,
            facilities_sha256 VARCHAR NOT NULL,
            resolver VARCHAR NOT NULL,      -- how incidents were grouped, e.g. whether text similarity was on
            as_of TIMESTAMP,
            n_findings BIGINT NOT NULL,
            recorded_at TIMESTAMP NOT NULL  -- when the run was recorded; not part of any result
        );

        CREATE TABLE IF NOT EXISTS ingests (
            input_file VARCHAR NOT NULL,
            input_sha256 VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            rows_read BIGINT NOT NULL,
            rows_ingested BIGINT NOT NULL,
            rows_unchanged BIGINT NOT NULL,
            rows_rejected BIGINT NOT NULL,
            recorded_at TIMESTAMP NOT NULL
        );
        """,
    ),
    (
        2,
        """
        -- the facility registry: protected objects (power plants, refineries, ...) with a taxonomy category
        CREATE TABLE IF NOT EXISTS facilities (
            id VARCHAR PRIMARY KEY,       -- '<source>:<source id>', e.g. 'gppd:WRI1005104'
            name VARCHAR NOT NULL,
            category VARCHAR NOT NULL,    -- taxonomy code, e.g. energy.generation.nuclear
            country VARCHAR,              -- ISO 3166-1 alpha-2
            admin1_code VARCHAR,          -- ISO 3166-2
            lat DOUBLE NOT NULL,
            lon DOUBLE NOT NULL,
            capacity_mw DOUBLE,
            source VARCHAR NOT NULL,      -- e.g. 'WRI Global Power Plant Database'
            source_id VARCHAR,
            licence VARCHAR,
            input_file VARCHAR,
            input_line BIGINT,
            attributes JSON               -- anything else the source gave (fuel, owner, commissioning year)
        );

        -- candidate targets of reports whose own target is unknown or not specific
        CREATE TABLE IF NOT EXISTS facility_candidates (
            report_id VARCHAR NOT NULL,
            facility_id VARCHAR NOT NULL,
            category VARCHAR NOT NULL,
            distance_km DOUBLE,           -- NULL when linked by admin1 only (the report has no coordinates)
            basis VARCHAR NOT NULL,       -- distance | admin1
            max_km DOUBLE,                -- the radius used: max distance + the report's precision_km
            PRIMARY KEY (report_id, facility_id)
        );
        """,
    ),
    # 3: corroboration. Analysts' merge / split / discount decisions on incidents, kept with who, when and
    # why, keyed by report ids so that they survive every rebuild of the incidents; and a cache of sentence
    # embeddings of report texts (one optional signal of incident resolution). Independent of migration 2.
    (
        3,
        """
        CREATE TABLE IF NOT EXISTS incident_overrides (
            id VARCHAR PRIMARY KEY,          -- 'ovr-' + a hash of what, whom and when
            action VARCHAR NOT NULL,         -- merge | split | discount
            report_a VARCHAR NOT NULL,
            report_b VARCHAR,                -- the other report of a merge or split; NULL for discount
            reason VARCHAR NOT NULL,
            analyst VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL,
            withdrawn_at TIMESTAMP,          -- a withdrawn override is kept for the record but not applied
            withdrawn_by VARCHAR,
            withdrawn_reason VARCHAR
        );

        CREATE TABLE IF NOT EXISTS report_embeddings (
            report_id VARCHAR NOT NULL,
            content_hash VARCHAR NOT NULL,   -- the report's content hash when the text was embedded
            model_id VARCHAR NOT NULL,
            vector FLOAT[384] NOT NULL,
            PRIMARY KEY (report_id, model_id)
        );
        """,
    ),
    # 4: reports without a PRIMARY KEY. Keeping the key's index up to date cost about a fifth of a bulk
    # ingest (a million-row ACLED file); ids stay unique because every write goes through
    # store.reports.write_report_rows, which refuses an id repeated in its input and writes an id already
    # stored only when the content is the same (then it leaves the row as it is). DuckDB cannot drop a
    # primary key in place, so the table is copied (all its columns, whatever earlier migrations added)
    # and the NOT NULL constraints are put back.
    (
        4,
        """
        CREATE TABLE reports_unkeyed AS SELECT * FROM reports;
        DROP TABLE reports;
        ALTER TABLE reports_unkeyed RENAME TO reports;
        ALTER TABLE reports ALTER COLUMN id SET NOT NULL;
        ALTER TABLE reports ALTER COLUMN content_hash SET NOT NULL;
        ALTER TABLE reports ALTER COLUMN source_name SET NOT NULL;
        ALTER TABLE reports ALTER COLUMN claimant SET NOT NULL;
        ALTER TABLE reports ALTER COLUMN stance SET NOT NULL;
        ALTER TABLE reports ALTER COLUMN aggregate SET NOT NULL;
        ALTER TABLE reports ALTER COLUMN format SET NOT NULL;
        """,
    ),
    # 5: what each claimant says was hit, when the reports of one incident name different targets (an
    # allegation of a strike on a power plant answered by "we struck a military airfield"). Incidents are
    # rebuilt by every assess, so existing rows need no backfill.
    (
        5,
        """
        ALTER TABLE incidents ADD COLUMN IF NOT EXISTS target_claims STRUCT(claimant VARCHAR, category VARCHAR)[];
        """,
    ),
    # 6: findings at volume (docs/verdicts.md "Stored and implied findings"). A finding is stored only when it
    # is not not_covered, as its verdict and one status per condition; the reasons in words are written when a
    # reader asks (the same rules over the same tables give the same words), and every other incident x
    # clause x reading is not_covered, implied. Existing findings are converted (their statuses kept, the
    # not_covered ones dropped as implied). The derived tables lose their primary keys: assess is their one
    # writer and writes each key once, and keeping the keys' indexes cost most of a re-assessment. Incidents
    # gain when the first report of them was published (time judges an undated incident by it).
    (
        6,
        """
        CREATE TABLE findings_v6 (
            agreement_id VARCHAR NOT NULL,
            clause_id VARCHAR NOT NULL,
            reading_id VARCHAR NOT NULL,
            incident_id VARCHAR NOT NULL,
            actor VARCHAR,
            verdict VARCHAR NOT NULL,
            party_status VARCHAR NOT NULL,
            act_status VARCHAR NOT NULL,
            time_status VARCHAR NOT NULL,
            target_status VARCHAR NOT NULL,
            geo_status VARCHAR NOT NULL,
            evidence_status VARCHAR NOT NULL
        );
        INSERT INTO findings_v6
        SELECT agreement_id, clause_id, reading_id, incident_id, actor, verdict,
            json_extract_string(reasons, '$[0].status'), json_extract_string(reasons, '$[1].status'),
            json_extract_string(reasons, '$[2].status'), json_extract_string(reasons, '$[3].status'),
            json_extract_string(reasons, '$[4].status'), json_extract_string(reasons, '$[5].status')
        FROM findings WHERE verdict <> 'not_covered';
        INSERT OR REPLACE INTO meta
        SELECT 'last_run_id', run_id FROM findings ORDER BY run_id LIMIT 1;
        -- the agreements the last assess judged: their pairs without a stored finding are not_covered
        CREATE TABLE assessed_agreements (agreement_id VARCHAR PRIMARY KEY);
        INSERT INTO assessed_agreements SELECT DISTINCT agreement_id FROM findings;
        DROP TABLE findings;
        ALTER TABLE findings_v6 RENAME TO findings;

        CREATE TABLE incidents_unkeyed AS
        SELECT i.*, CAST(NULL AS TIMESTAMP) AS first_published FROM incidents i;
        UPDATE incidents_unkeyed SET first_published = pub.first_published
        FROM (SELECT ir.incident_id, min(r.published_at) AS first_published
              FROM incident_reports ir JOIN reports r ON r.id = ir.report_id GROUP BY 1) pub
        WHERE pub.incident_id = incidents_unkeyed.id;
        DROP TABLE incidents;
        ALTER TABLE incidents_unkeyed RENAME TO incidents;
        ALTER TABLE incidents ALTER COLUMN id SET NOT NULL;
        ALTER TABLE incidents ALTER COLUMN primary_report SET NOT NULL;
        ALTER TABLE incidents ALTER COLUMN evidence_grade SET NOT NULL;
        ALTER TABLE incidents ALTER COLUMN n_reports SET NOT NULL;
        ALTER TABLE incidents ALTER COLUMN n_sources SET NOT NULL;
        ALTER TABLE incidents ALTER COLUMN n_independent_sources SET NOT NULL;

        CREATE TABLE incident_reports_unkeyed AS SELECT * FROM incident_reports;
        DROP TABLE incident_reports;
        ALTER TABLE incident_reports_unkeyed RENAME TO incident_reports;
        ALTER TABLE incident_reports ALTER COLUMN incident_id SET NOT NULL;
        ALTER TABLE incident_reports ALTER COLUMN report_id SET NOT NULL;
        ALTER TABLE incident_reports ALTER COLUMN role SET NOT NULL;
        """,
    ),
    # 7: incremental assessment and embeddings by text. ``assessed_reports`` is the content of the reports
    # the last assess judged (what changed since is what an incremental assess re-resolves); an empty table
    # makes the next assess a full one. ``text_embeddings`` caches sentence vectors by the hash of the text,
    # so that reports with the same text share one and a report's vector survives a change of its other
    # fields; the vectors of ``report_embeddings`` move there.
    (
        7,
        """
        CREATE TABLE IF NOT EXISTS assessed_reports (id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS text_embeddings (
            text_hash VARCHAR NOT NULL,      -- md5 of the text
            model_id VARCHAR NOT NULL,
            vector FLOAT[384] NOT NULL
        );
        INSERT INTO text_embeddings
        SELECT md5(r.text), e.model_id, any_value(e.vector)
        FROM report_embeddings e JOIN reports r ON r.id = e.report_id AND r.content_hash = e.content_hash
        WHERE r.text IS NOT NULL GROUP BY 1, 2;
        DROP TABLE report_embeddings;
        """,
    ),
    # 8: live monitoring (docs/monitoring.md). ``run_log`` numbers every assess in the order it ran (a run id
    # is a hash of the inputs and recurs when the inputs do); ``finding_changes`` keeps, per run, each
    # incident x clause x reading whose verdict, acting party or condition statuses changed: the verdict
    # before (``not_covered`` when there was no stored finding) and after (``not_covered``, or ``withdrawn``
    # when the incident or the clause reading went away), the statuses after, and ``current`` on the latest
    # row of each key (so the state the last run left is one filter away). The findings stored by the last
    # assess become the first entry of the history. ``webhooks`` are alert subscriptions with their delivery
    # cursor (the last run whose changes were delivered) and retry state; ``webhook_deliveries`` is the log.
    (
        8,
        """
        CREATE TABLE run_log (
            seq BIGINT NOT NULL,            -- 1, 2, ... in the order runs were recorded
            run_id VARCHAR NOT NULL,
            recorded_at TIMESTAMP NOT NULL,
            mode VARCHAR NOT NULL,          -- full | incremental | migrated
            n_changes BIGINT NOT NULL
        );
        CREATE TABLE finding_changes (
            seq BIGINT NOT NULL,            -- the run_log entry
            agreement_id VARCHAR NOT NULL,
            clause_id VARCHAR NOT NULL,
            reading_id VARCHAR NOT NULL,
            incident_id VARCHAR NOT NULL,
            actor VARCHAR,
            old_verdict VARCHAR NOT NULL,
            verdict VARCHAR NOT NULL,       -- a verdict, or withdrawn
            party_status VARCHAR,           -- the statuses after; NULL for not_covered and withdrawn
            act_status VARCHAR,
            time_status VARCHAR,
            target_status VARCHAR,
            geo_status VARCHAR,
            evidence_status VARCHAR,
            current BOOLEAN NOT NULL        -- the latest row of its key
        );
        INSERT INTO run_log
        SELECT 1, m.value, coalesce(r.recorded_at, TIMESTAMP '1970-01-01'), 'migrated',
               (SELECT count(*) FROM findings)
        FROM meta m LEFT JOIN runs r ON r.id = m.value
        WHERE m.key = 'last_run_id' AND EXISTS (SELECT 1 FROM findings);
        INSERT INTO finding_changes
        SELECT 1, agreement_id, clause_id, reading_id, incident_id, actor, 'not_covered', verdict, party_status,
               act_status, time_status, target_status, geo_status, evidence_status, true
        FROM findings WHERE EXISTS (SELECT 1 FROM run_log);

        CREATE TABLE webhooks (
            id VARCHAR PRIMARY KEY,         -- 'hook-' + a hash of the URL and when it was added
            url VARCHAR NOT NULL,
            secret VARCHAR,                 -- the HMAC-SHA256 key; NULL sends unsigned
            agreement_id VARCHAR,           -- filters; NULL = any
            reading_id VARCHAR,
            party VARCHAR,
            verdicts VARCHAR[] NOT NULL,    -- empty = any
            created_at TIMESTAMP NOT NULL,
            delivered_seq BIGINT NOT NULL,  -- changes of runs up to this one are delivered (or had none)
            attempts INTEGER NOT NULL,      -- failed attempts at the next batch
            next_attempt_at TIMESTAMP,      -- not before (backoff); NULL = now
            last_error VARCHAR
        );
        CREATE TABLE webhook_deliveries (
            webhook_id VARCHAR NOT NULL,
            seq BIGINT NOT NULL,
            attempted_at TIMESTAMP NOT NULL,
            outcome VARCHAR NOT NULL,       -- delivered | failed
            http_status INTEGER,
            n_changes BIGINT NOT NULL,
            error VARCHAR
        );
        """,
    ),
    # 9: a facility candidate keeps its report's location precision, so that judging whether the facility
    # lies within the report's own uncertainty need not read the reports table
    (
        9,
        """
        ALTER TABLE facility_candidates ADD COLUMN IF NOT EXISTS precision_km DOUBLE;
        UPDATE facility_candidates SET precision_km = r.precision_km FROM reports r WHERE r.id = report_id;
        """,
    ),
    # 21: what was removed from the store, when and why (``trucewatch reports remove``, ``agreements remove``):
    # one row per removal, with every id it removed.
    (
        21,
        """
        CREATE TABLE IF NOT EXISTS removals (
            removed_at TIMESTAMP NOT NULL,
            kind VARCHAR NOT NULL,           -- reports | ingest | agreement
            target VARCHAR NOT NULL,         -- what was named: report ids, the ingest's file, the agreement id
            ids VARCHAR[] NOT NULL,          -- every report or agreement id removed
            reason VARCHAR
        );
        """,
    ),
    # 22: the ingest log accounts for posts and articles, not only report rows. Each ingest gets a number;
    # formats whose inputs are posts or articles (telegram, posts, text) record how many were read, how many
    # gave reports and how many were skipped, and ``ingest_skipped`` keeps each skipped one with its reason.
    # ``notes`` keeps what the ingest output said about the file. Earlier ingests are numbered in the order
    # they were recorded; their new columns stay NULL (nothing was counted then).
    (
        22,
        """
        CREATE TABLE ingests_v22 AS
        SELECT CAST(row_number() OVER (ORDER BY recorded_at, input_file) AS BIGINT) AS id, *,
            CAST(NULL AS BIGINT) AS items_read,          -- posts or articles read
            CAST(NULL AS BIGINT) AS items_with_reports,  -- of them, those that gave reports
            CAST(NULL AS BIGINT) AS items_skipped,       -- the others, one row each in ingest_skipped
            CAST(NULL AS VARCHAR[]) AS notes
        FROM ingests;
        DROP TABLE ingests;
        ALTER TABLE ingests_v22 RENAME TO ingests;
        ALTER TABLE ingests ALTER COLUMN id SET NOT NULL;
        ALTER TABLE ingests ALTER COLUMN input_file SET NOT NULL;
        ALTER TABLE ingests ALTER COLUMN input_sha256 SET NOT NULL;
        ALTER TABLE ingests ALTER COLUMN format SET NOT NULL;
        ALTER TABLE ingests ALTER COLUMN rows_read SET NOT NULL;
        ALTER TABLE ingests ALTER COLUMN rows_ingested SET NOT NULL;
        ALTER TABLE ingests ALTER COLUMN rows_unchanged SET NOT NULL;
        ALTER TABLE ingests ALTER COLUMN rows_rejected SET NOT NULL;
        ALTER TABLE ingests ALTER COLUMN recorded_at SET NOT NULL;
        CREATE TABLE IF NOT EXISTS ingest_skipped (
            ingest_id BIGINT NOT NULL,   -- ingests.id
            item VARCHAR NOT NULL,       -- the post's or article's id (a message id, a CSV row's id)
            line BIGINT,                 -- where it starts in the file, when known
            reason VARCHAR NOT NULL      -- e.g. 'language be not supported', 'service message (pin_message)'
        );
        """,
    ),
]

SCHEMA_VERSION = max(version for version, _ in MIGRATIONS)
