import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The key-task cycle: cadres and positions, tasks with outputs, alignments and milestones, every
 * opinion and decision, and the append-only audit trail. Text limits are also database limits.
 */
export class KeyTaskCycle1764288000000 implements MigrationInterface {
  name = 'KeyTaskCycle1764288000000';

  async up(db: QueryRunner): Promise<void> {
    // Cycles opened before this migration take the national scheme in force (366-QĐ/TW, 2025).
    await db.query(`ALTER TABLE cycle ADD COLUMN rating_scheme jsonb`);
    await db.query(`UPDATE cycle SET rating_scheme = $1::jsonb`, [
      JSON.stringify({
        scaleVersion: '366-QĐ/TW:2025',
        label: {
          vi: 'Quy định 366-QĐ/TW (2025) và Nghị định 335/2025/NĐ-CP: thang 100 điểm',
          en: 'Rule 366-QĐ/TW (2025) and Decree 335/2025/NĐ-CP: 100-point scale',
        },
        bands: { EXCELLENT: 90, GOOD: 70, COMPLETED: 50 },
        excellentRequiresAllOnTime: true,
        excellentMinExceededShare: 0.3,
        goodRequiresAllOnTime: true,
        completedMaxLateShare: 0.2,
        excellentQuotaOfGood: 0.2,
      }),
    ]);
    await db.query(`ALTER TABLE cycle ALTER COLUMN rating_scheme SET NOT NULL`);
    await db.query(
      `ALTER TABLE cycle ADD CONSTRAINT cycle_rating_scheme_versioned CHECK (rating_scheme ? 'scaleVersion')`,
    );

    await db.query(`
      CREATE TABLE cadre (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,39}$'),
        full_name text COLLATE vietnamese NOT NULL CHECK (length(full_name) BETWEEN 1 AND 120),
        birth_year integer CHECK (birth_year BETWEEN 1940 AND 2010),
        search_text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX cadre_search_idx ON cadre USING gin (search_text gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE position (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        cadre_id integer NOT NULL REFERENCES cadre(id),
        unit_id integer NOT NULL REFERENCES org_unit(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        subject_group text NOT NULL CHECK (subject_group IN ('STANDING_COMMITTEE_MEMBER','PROVINCIAL_COMMITTEE_MEMBER','DEPARTMENT_DIRECTOR',
  'PROVINCIAL_AGENCY_HEAD','PARTY_SECRETARY','COUNCIL_CHAIR','PEOPLES_COMMITTEE_CHAIR','ROTATED_CADRE')),
        starts_on date NOT NULL,
        ends_on date,
        rotated boolean NOT NULL DEFAULT false,
        CHECK (ends_on IS NULL OR starts_on <= ends_on)
      )`);
    await db.query(`CREATE INDEX position_cadre_idx ON position (cadre_id)`);
    await db.query(`CREATE INDEX position_unit_idx ON position (unit_id)`);

    await db.query(`
      CREATE TABLE focal_agency_rule (
        cycle_id integer NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
        subject_group text NOT NULL CHECK (subject_group IN ('STANDING_COMMITTEE_MEMBER','PROVINCIAL_COMMITTEE_MEMBER','DEPARTMENT_DIRECTOR',
  'PROVINCIAL_AGENCY_HEAD','PARTY_SECRETARY','COUNCIL_CHAIR','PEOPLES_COMMITTEE_CHAIR','ROTATED_CADRE')),
        focal_unit_id integer NOT NULL REFERENCES org_unit(id),
        PRIMARY KEY (cycle_id, subject_group)
      )`);

    await db.query(`
      CREATE TABLE key_task (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        cycle_id integer NOT NULL REFERENCES cycle(id),
        cadre_id integer NOT NULL REFERENCES cadre(id),
        position_id integer NOT NULL REFERENCES position(id),
        focal_unit_id integer NOT NULL REFERENCES org_unit(id),
        ordinal integer NOT NULL CHECK (ordinal BETWEEN 1 AND 10),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        spill_over_note text NOT NULL DEFAULT '' CHECK (length(spill_over_note) <= 2000),
        starts_on date,
        ends_on date,
        parent_task_id integer REFERENCES key_task(id),
        multi_year boolean NOT NULL DEFAULT false,
        state text NOT NULL CHECK (state IN ('DRAFT','SUBMITTED','RETURNED','APPRAISED','IN_CONSULTATION','PROPOSED','ASSIGNED','REJECTED',
  'PLANNED','IN_PROGRESS','SELF_ASSESSED','RESULT_APPRAISED','RESULT_CONSULTED','CONCLUDED','WITHDRAWN','SUSPENDED')),
        version integer NOT NULL DEFAULT 1,
        registered_snapshot jsonb,
        assigned_snapshot jsonb,
        submitted_at timestamptz,
        submitted_late boolean NOT NULL DEFAULT false,
        self_outcome text CHECK (self_outcome IN ('EXCEEDED','COMPLETED_ON_TIME','COMPLETED_LATE','PARTIALLY_COMPLETED','NOT_COMPLETED','EXEMPT_OBJECTIVE')),
        appraised_outcome text CHECK (appraised_outcome IN ('EXCEEDED','COMPLETED_ON_TIME','COMPLETED_LATE','PARTIALLY_COMPLETED','NOT_COMPLETED','EXEMPT_OBJECTIVE')),
        concluded_outcome text CHECK (concluded_outcome IN ('EXCEEDED','COMPLETED_ON_TIME','COMPLETED_LATE','PARTIALLY_COMPLETED','NOT_COMPLETED','EXEMPT_OBJECTIVE')),
        state_reason text CHECK (length(state_reason) <= 2000),
        search_text text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cycle_id, cadre_id, ordinal),
        CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
      )`);
    await db.query(`CREATE INDEX key_task_cadre_idx ON key_task (cadre_id, cycle_id)`);
    await db.query(`CREATE INDEX key_task_cycle_state_idx ON key_task (cycle_id, state)`);
    await db.query(`CREATE INDEX key_task_focal_idx ON key_task (focal_unit_id, cycle_id)`);
    await db.query(`CREATE INDEX key_task_search_idx ON key_task USING gin (search_text gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE output_product (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_task_id integer NOT NULL REFERENCES key_task(id) ON DELETE CASCADE,
        ordinal integer NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        unit text CHECK (length(unit) BETWEEN 1 AND 50),
        target numeric(18,4) CHECK (target >= 0),
        actual numeric(18,4) CHECK (actual >= 0),
        due_on date,
        UNIQUE (key_task_id, ordinal)
      )`);

    await db.query(`
      CREATE TABLE alignment (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_task_id integer NOT NULL REFERENCES key_task(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('NQ09_TW_2022','NQ42_CP_2022','NQ55_QH15_2022','QD318_TTG_2023','NQDH_2025_2030','PROVINCIAL_PLAN')),
        area text CHECK (area IN ('CENTRAL_CITY_STATUS','SPECIAL_MECHANISMS','PLANNING','MARINE_ECONOMY','TOURISM_SERVICES',
          'INDUSTRY_HIGHTECH_ENERGY','AGRICULTURE_FISHERIES','INFRASTRUCTURE','URBAN_SMART_CITY','SCIENCE_INNOVATION_DIGITAL',
          'HUMAN_RESOURCES_EDU_HEALTH','CULTURE_SOCIAL_WELFARE','ENVIRONMENT_CLIMATE','DEFENSE_SECURITY_SOVEREIGNTY',
          'PARTY_BUILDING_GOVERNANCE')),
        reference_text text NOT NULL DEFAULT '' CHECK (length(reference_text) <= 300)
      )`);
    await db.query(`CREATE INDEX alignment_task_idx ON alignment (key_task_id)`);
    await db.query(`CREATE INDEX alignment_area_idx ON alignment (area)`);

    await db.query(`
      CREATE TABLE milestone (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_task_id integer NOT NULL REFERENCES key_task(id) ON DELETE CASCADE,
        period_kind text NOT NULL CHECK (period_kind IN ('MONTH','QUARTER','YEAR')),
        period_label text NOT NULL CHECK (length(period_label) BETWEEN 1 AND 20),
        due_on date NOT NULL,
        expected_output text NOT NULL CHECK (length(expected_output) BETWEEN 1 AND 1000),
        done_on date
      )`);
    await db.query(`CREATE INDEX milestone_task_due_idx ON milestone (key_task_id, due_on)`);

    await db.query(`
      CREATE TABLE progress_report (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_task_id integer NOT NULL REFERENCES key_task(id) ON DELETE CASCADE,
        milestone_id integer REFERENCES milestone(id),
        reported_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('ON_TRACK','AT_RISK','DELAYED','DONE')),
        percent_complete numeric(5,2) CHECK (percent_complete BETWEEN 0 AND 100),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
        late boolean NOT NULL DEFAULT false,
        author_label text NOT NULL
      )`);
    await db.query(`CREATE INDEX progress_report_task_idx ON progress_report (key_task_id, reported_at)`);

    await db.query(`
      CREATE TABLE appraisal (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_task_id integer NOT NULL REFERENCES key_task(id),
        stage text NOT NULL CHECK (stage IN ('REGISTRATION','RESULT')),
        agency_unit_id integer NOT NULL REFERENCES org_unit(id),
        author_label text NOT NULL,
        verdict text NOT NULL CHECK (verdict IN ('ACCEPTED','RETURNED')),
        proposed_outcome text CHECK (proposed_outcome IN ('EXCEEDED','COMPLETED_ON_TIME','COMPLETED_LATE','PARTIALLY_COMPLETED','NOT_COMPLETED','EXEMPT_OBJECTIVE')),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 5000),
        created_at timestamptz NOT NULL,
        late boolean NOT NULL DEFAULT false
      )`);
    await db.query(`CREATE INDEX appraisal_task_idx ON appraisal (key_task_id)`);

    await db.query(`
      CREATE TABLE opinion (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_task_id integer NOT NULL REFERENCES key_task(id),
        stage text NOT NULL CHECK (stage IN ('REGISTRATION','RESULT')),
        agency_unit_id integer NOT NULL REFERENCES org_unit(id),
        author_label text NOT NULL,
        verdict text NOT NULL CHECK (verdict IN ('AGREE','AGREE_WITH_COMMENTS','DISAGREE')),
        proposed_outcome text CHECK (proposed_outcome IN ('EXCEEDED','COMPLETED_ON_TIME','COMPLETED_LATE','PARTIALLY_COMPLETED','NOT_COMPLETED','EXEMPT_OBJECTIVE')),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        submitted_at timestamptz NOT NULL,
        late boolean NOT NULL DEFAULT false,
        UNIQUE (key_task_id, stage, agency_unit_id)
      )`);
    await db.query(`CREATE INDEX opinion_task_idx ON opinion (key_task_id)`);

    await db.query(`
      CREATE TABLE assignment_decision (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        cycle_id integer NOT NULL REFERENCES cycle(id),
        document_number text NOT NULL CHECK (length(document_number) BETWEEN 1 AND 60),
        signed_on date NOT NULL,
        signer_label text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (cycle_id, document_number)
      )`);
    await db.query(`
      CREATE TABLE assignment_decision_task (
        decision_id integer NOT NULL REFERENCES assignment_decision(id),
        key_task_id integer NOT NULL REFERENCES key_task(id) UNIQUE,
        result text NOT NULL CHECK (result IN ('ASSIGNED','REJECTED')),
        PRIMARY KEY (decision_id, key_task_id)
      )`);

    await db.query(`
      CREATE TABLE change_request (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_task_id integer NOT NULL REFERENCES key_task(id),
        requested_at timestamptz NOT NULL,
        requester_label text NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 5000),
        proposed jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED')),
        decided_at timestamptz,
        decider_label text,
        document_number text CHECK (length(document_number) <= 60),
        resulting_version integer
      )`);
    await db.query(
      `CREATE UNIQUE INDEX change_request_one_pending ON change_request (key_task_id) WHERE status = 'PENDING'`,
    );

    await db.query(`
      CREATE TABLE self_assessment (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key_task_id integer NOT NULL REFERENCES key_task(id),
        outcome text NOT NULL CHECK (outcome IN ('EXCEEDED','COMPLETED_ON_TIME','COMPLETED_LATE','PARTIALLY_COMPLETED','NOT_COMPLETED','EXEMPT_OBJECTIVE')),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 5000),
        submitted_at timestamptz NOT NULL,
        late boolean NOT NULL DEFAULT false
      )`);
    await db.query(`CREATE INDEX self_assessment_task_idx ON self_assessment (key_task_id)`);

    await db.query(`
      CREATE TABLE conclusion (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        cycle_id integer NOT NULL REFERENCES cycle(id),
        cadre_id integer NOT NULL REFERENCES cadre(id),
        document_number text NOT NULL CHECK (length(document_number) BETWEEN 1 AND 60),
        concluded_on date NOT NULL,
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 5000),
        decider_label text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (cycle_id, cadre_id)
      )`);

    await db.query(`
      CREATE TABLE quality_rating (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        cycle_id integer NOT NULL REFERENCES cycle(id),
        cadre_id integer NOT NULL REFERENCES cadre(id),
        level text NOT NULL CHECK (level IN ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        scale_version text NOT NULL,
        score numeric(5,2) CHECK (score BETWEEN 0 AND 100),
        decided_on date NOT NULL,
        decider_label text NOT NULL,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        created_at timestamptz NOT NULL,
        UNIQUE (cycle_id, cadre_id)
      )`);

    await db.query(`
      CREATE TABLE deadline_extension (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        cycle_id integer NOT NULL REFERENCES cycle(id),
        stage text NOT NULL CHECK (stage IN ('REGISTRATION_OPEN','REGISTER','APPRAISE_REGISTRATION','CONSOLIDATE','SUBMIT_TO_DECIDER','DECIDE',
  'PLAN','SELF_ASSESS','APPRAISE_RESULTS','ADVISORY_RESULTS','CONSOLIDATE_RESULTS','CONCLUDE')),
        cadre_id integer REFERENCES cadre(id),
        unit_id integer REFERENCES org_unit(id),
        until date NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        granted_by_label text NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK ((cadre_id IS NULL) <> (unit_id IS NULL))
      )`);
    await db.query(`CREATE INDEX deadline_extension_cycle_idx ON deadline_extension (cycle_id, stage)`);

    // The audit trail is append-only: the database itself refuses to change or remove a row.
    await db.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        request_id text,
        actor_label text NOT NULL,
        actor_user_id text,
        entity_type text NOT NULL,
        entity_id integer NOT NULL,
        action text NOT NULL,
        from_state text,
        to_state text,
        comment text,
        document_number text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await db.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, id)`);
    await db.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event rows cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);

    // Submitted opinions are never edited.
    await db.query(`
      CREATE FUNCTION opinion_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a submitted opinion cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER opinion_no_update BEFORE UPDATE OR DELETE ON opinion
      FOR EACH ROW EXECUTE FUNCTION opinion_is_immutable()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE audit_event, deadline_extension, quality_rating, conclusion, self_assessment, change_request,
        assignment_decision_task, assignment_decision, opinion, appraisal, progress_report, milestone, alignment,
        output_product, key_task, focal_agency_rule, position, cadre`);
    await db.query(`DROP FUNCTION audit_event_is_append_only`);
    await db.query(`DROP FUNCTION opinion_is_immutable`);
    await db.query(`ALTER TABLE cycle DROP COLUMN rating_scheme`);
  }
}
