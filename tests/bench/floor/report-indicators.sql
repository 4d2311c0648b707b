-- every indicator (cumulative and period O/K/M, % of target), the flow table and the data quality of a period, in plain SQL from DOMAIN.md's rules
--
-- Parameters: :from and :to, the period (YYYY-MM-DD). Written from the counting rules of DOMAIN.md
-- ("Indicators" and "Who and when, precisely"), not from the program's queries. Four statements
-- return rows, in this order: the indicator rows, the flow lines, the participants with missing
-- data, the other data problems. The temporary tables hold what several of them share.

DROP TABLE IF EXISTS temp.floor_person;

-- Everybody who is a participant: their first support (an attended session or a consultation) on
-- or after the project start. participation_start is the first support ever recorded, so only a
-- person whose first support came before the project start needs the support looked up.
CREATE TEMP TABLE floor_person AS
WITH project_start(ps) AS (SELECT coalesce((SELECT start_date FROM project WHERE id = 1), '0001-01-01')),
supported AS (
    SELECT p.*,
           CASE WHEN p.participation_start >= ps THEN p.participation_start
                ELSE (SELECT min(d) FROM (
                          SELECT s.date AS d FROM attendance a JOIN session s ON s.id = a.session_id
                           WHERE a.participant_id = p.id AND a.status = 'present' AND s.date >= ps
                          UNION ALL
                          SELECT c.date FROM consultation c WHERE c.participant_id = p.id AND c.date >= ps))
           END AS start
      FROM participant p, project_start
     WHERE p.participation_start IS NOT NULL),
aged AS (
    SELECT s.*,
           -- full years on the start; a 29 February birthday falls on 28 February in other years
           CASE WHEN s.birth_date IS NULL OR s.start < s.birth_date THEN -1
                ELSE substr(s.start, 1, 4) - substr(s.birth_date, 1, 4)
                     - (s.start < substr(s.start, 1, 4) ||
                                  CASE WHEN substr(s.birth_date, 6, 5) = '02-29'
                                            AND date(substr(s.start, 1, 4) || '-02-29', '+0 days')
                                                <> substr(s.start, 1, 4) || '-02-29'
                                       THEN '-02-28' ELSE substr(s.birth_date, 5) END)
           END AS age
      FROM supported s
     WHERE s.start IS NOT NULL),
spells AS (
    SELECT a.*,
           -- the day the unemployment had lasted 6 months (under 25) or 12: same day of the month,
           -- or the month's last day when the month is shorter
           min(date(substr(a.unemployed_since, 1, 7) || '-01',
                    '+' || CASE WHEN a.age BETWEEN 0 AND 24 THEN 6 ELSE 12 END || ' months',
                    '+' || (substr(a.unemployed_since, 9, 2) - 1) || ' days'),
               date(substr(a.unemployed_since, 1, 7) || '-01',
                    '+' || CASE WHEN a.age BETWEEN 0 AND 24 THEN 6 ELSE 12 END || ' months', '+1 month', '-1 day'))
               AS long_term_from
      FROM aged a)
SELECT id, first_name, last_name, sex, start, participation_end AS end_date, completion, education, area,
       CASE WHEN participation_end IS NULL THEN NULL
            WHEN participation_end > start THEN participation_end ELSE start END AS ended_on,
       CASE WHEN age < 15 THEN NULL WHEN age <= 24 THEN '15-24' WHEN age <= 54 THEN '25-54'
            WHEN age <= 64 THEN '55-64' ELSE '65+' END AS age_group,
       CASE WHEN labour_status IN ('unemployed', 'long_term_unemployed') AND unemployed_since IS NOT NULL
            THEN CASE WHEN long_term_from < start THEN 'long_term_unemployed' ELSE 'unemployed' END
            ELSE labour_status END AS status_at_entry,
       (CASE WHEN trim(first_name) = '' OR trim(last_name) = '' THEN 1 ELSE 0 END)
     + (CASE WHEN pesel IS NULL AND no_pesel = 0 THEN 2 ELSE 0 END)
     + (CASE WHEN sex IS NULL THEN 4 ELSE 0 END)
     + (CASE WHEN birth_date IS NULL THEN 8 ELSE 0 END)
     + (CASE WHEN education IS NULL THEN 16 ELSE 0 END)
     + (CASE WHEN teryt IS NULL OR area IS NULL THEN 32 ELSE 0 END)
     + (CASE WHEN trim(locality) = '' OR trim(postal_code) = '' THEN 64 ELSE 0 END)
     + (CASE WHEN labour_status IS NULL THEN 128 ELSE 0 END)
     + (CASE WHEN consent_on IS NULL THEN 256 ELSE 0 END)
     + (CASE WHEN trim(phone) = '' AND trim(mobile) = '' AND trim(email) = '' THEN 512 ELSE 0 END) AS missing
  FROM spells;

DROP TABLE IF EXISTS temp.floor_value;

-- Every computed indicator's cumulative value on the day before the period (k = 0) and on its
-- last day (k = 1), counted from the project start. Person indicators split by sex.
CREATE TEMP TABLE floor_value AS
WITH project_start(ps) AS (SELECT coalesce((SELECT start_date FROM project WHERE id = 1), '0001-01-01')),
days(k, d) AS (VALUES (0, date(:from, '-1 day')), (1, :to)),
counted AS (SELECT * FROM floor_person WHERE missing = 0),
-- a questionnaire's or test's form scored on one scale: likert 1–5 (reversed 6 minus the answer),
-- yes/no 1 or 0 (reversed: a no scores), a choice a point when right; complete when every item
-- of the scale that is not a choice was answered
form(round_id, pid, scale_id, points, complete) AS (
    SELECT a.round_id, a.participant_id, i.scale_id,
           sum(CASE i.kind WHEN 'likert' THEN CASE WHEN i.reversed = 1 THEN 6 - a.value ELSE a.value END
                           WHEN 'yes_no' THEN CASE WHEN i.reversed = 1 THEN 1 - a.value ELSE a.value END
                           ELSE a.value = i.correct END),
           count(*) FILTER (WHERE i.kind <> 'choice') =
               (SELECT count(*) FROM instrument_item j
                 WHERE j.instrument_id = r.instrument_id AND j.scale_id = i.scale_id AND j.kind <> 'choice')
      FROM survey_answer a JOIN instrument_item i ON i.id = a.item_id JOIN survey_round r ON r.id = a.round_id
     GROUP BY a.round_id, a.participant_id, i.scale_id, r.instrument_id),
-- a person's first qualifying event within the project, up to the period's end
first_event(code, pid, day) AS (
    SELECT 'PARTICIPANTS_STARTED', id, start FROM counted
    UNION ALL
    SELECT upper(f.kind) || '_COMPLETED', e.participant_id, min(e.completed_on)
      FROM enrolment e JOIN course c ON c.id = e.course_id JOIN support_form f ON f.id = c.support_form_id,
           project_start
     WHERE f.kind IN ('integration', 'management', 'vocational') AND e.completed_on BETWEEN ps AND :to
     GROUP BY f.kind, e.participant_id
    UNION ALL
    SELECT 'STUDY_TRIP', a.participant_id, min(v.start_date)
      FROM event_attendee a JOIN event v ON v.id = a.event_id, project_start
     WHERE v.kind = 'study_trip' AND a.role = 'participant' AND a.attended = 1 AND a.participant_id IS NOT NULL
       AND v.start_date BETWEEN ps AND :to
     GROUP BY a.participant_id
    UNION ALL
    SELECT 'EMPLOYED_IN_OSS', participant_id, min(start_date) FROM employment, project_start
     WHERE social_coop_id IS NOT NULL AND start_date BETWEEN ps AND :to GROUP BY participant_id
    UNION ALL
    SELECT 'COMPLETED_PROJECT', id, end_date FROM counted, project_start
     WHERE completion = 'completed' AND end_date >= ps
    UNION ALL
    SELECT 'INSTALMENT_PLANS', a.participant_id, min(i.signed_on)
      FROM instalment_plan i JOIN debt_account a ON a.id = i.account_id, project_start
     WHERE i.signed_on BETWEEN ps AND :to GROUP BY a.participant_id
    UNION ALL
    -- improved on a scale: an exit round's complete form scored at least the instrument's minimal
    -- change (1 when not stated) above the same person's complete form of its entry round
    SELECT s.indicator_code, x.pid, min(r.date)
      FROM survey_round r JOIN survey_scale s ON s.indicator_code IS NOT NULL
      JOIN form x ON x.round_id = r.id AND x.scale_id = s.id AND x.complete
      JOIN form e ON e.round_id = r.entry_round_id AND e.pid = x.pid AND e.scale_id = s.id AND e.complete
      LEFT JOIN instrument_scale m ON m.instrument_id = r.instrument_id AND m.scale_id = s.id, project_start
     WHERE r.kind = 'exit' AND r.date BETWEEN ps AND :to AND x.points - e.points >= coalesce(m.min_change, 1)
     GROUP BY s.indicator_code, x.pid),
-- per debt account: what was owed at entry, and the other entries within the project up to each day
account AS (
    SELECT a.id, a.participant_id AS pid, a.opened_on,
           coalesce(sum(CASE WHEN e.kind = 'opening' THEN e.amount END), 0) AS at_entry,
           coalesce(sum(CASE WHEN e.kind <> 'opening' AND e.date >= ps AND e.date <= date(:from, '-1 day')
                             THEN e.amount END), 0) AS moved_before,
           coalesce(sum(CASE WHEN e.kind <> 'opening' AND e.date >= ps AND e.date <= :to THEN e.amount END), 0)
               AS moved_to
      FROM debt_account a LEFT JOIN debt_entry e ON e.account_id = a.id, project_start
     GROUP BY a.id),
arrears(k, pid, sex, at_entry, on_day) AS (
    SELECT d.k, c.id, c.sex, sum(a.at_entry),
           sum(max(0, a.at_entry + CASE d.k WHEN 0 THEN a.moved_before ELSE a.moved_to END))
      FROM days d JOIN counted c ON c.start <= d.d JOIN account a ON a.pid = c.id AND a.opened_on <= d.d
     GROUP BY d.k, c.id),
-- per person with an eviction case: the cases begun by each day, and those of them still going
cases(k, pid, begun, going) AS (
    SELECT k, participant_id, count(latest), count(*) FILTER (WHERE latest NOT IN ('suspended', 'withdrawn', 'settled'))
      FROM (SELECT d.k, c.participant_id,
                   (SELECT s.stage FROM eviction_stage s
                     WHERE s.case_id = c.id AND s.date BETWEEN ps AND d.d
                     ORDER BY s.date DESC, s.id DESC LIMIT 1) AS latest
              FROM days d, eviction_case c, project_start)
     GROUP BY k, participant_id)
SELECT 'OSS_REGISTERED' AS code, k,
       (SELECT count(*) FROM founding_step WHERE step = 'registered' AND done_on BETWEEN ps AND d) AS total,
       NULL AS women, NULL AS men
  FROM days, project_start
UNION ALL
SELECT 'SM_RECRUITED', k,
       (SELECT count(*) FROM housing_coop WHERE status = 'qualified' AND status_on BETWEEN ps AND d), NULL, NULL
  FROM days, project_start
UNION ALL
SELECT 'AGREEMENTS_SIGNED', k,
       (SELECT count(*) FROM cooperation_agreement WHERE signed_on BETWEEN ps AND d), NULL, NULL
  FROM days, project_start
UNION ALL
SELECT 'CONSULTATIONS', k, (SELECT count(*) FROM consultation WHERE date BETWEEN ps AND d), NULL, NULL
  FROM days, project_start
UNION ALL
SELECT 'WORK_ORDERS_VALUE', k,
       (SELECT coalesce(sum(net_amount), 0) FROM work_order
         WHERE status <> 'cancelled' AND accepted_on BETWEEN ps AND d), NULL, NULL
  FROM days, project_start
UNION ALL
SELECT 'SERVICE_POINTS', k, (SELECT count(*) FROM service_point WHERE opened_on BETWEEN ps AND d), NULL, NULL
  FROM days, project_start
UNION ALL
SELECT 'DELIVERABLES', k,
       (SELECT count(DISTINCT kind) FROM deliverable
         WHERE status = 'done' AND done_on BETWEEN ps AND d
           AND kind IN ('expertise', 'brochure', 'market_research', 'guide', 'film', 'conference', 'competition')),
       NULL, NULL
  FROM days, project_start
UNION ALL
-- a person counts on the later of the event and their start
SELECT e.code, d.k, NULL, count(*) FILTER (WHERE c.sex = 'F'), count(*) FILTER (WHERE c.sex = 'M')
  FROM first_event e JOIN counted c ON c.id = e.pid JOIN days d ON max(e.day, c.start) <= d.d
 GROUP BY e.code, d.k
UNION ALL
SELECT 'ARREARS_REDUCED', k, NULL, count(*) FILTER (WHERE sex = 'F' AND on_day < at_entry),
       count(*) FILTER (WHERE sex = 'M' AND on_day < at_entry)
  FROM arrears GROUP BY k
UNION ALL
SELECT 'ARREARS_REPAID', k, sum(at_entry - on_day), NULL, NULL FROM arrears GROUP BY k
UNION ALL
SELECT 'EVICTIONS_AVOIDED', d.k, NULL, count(*) FILTER (WHERE c.sex = 'F'), count(*) FILTER (WHERE c.sex = 'M')
  FROM cases x JOIN days d ON d.k = x.k JOIN counted c ON c.id = x.pid AND c.start <= d.d
 WHERE x.begun > 0 AND x.going = 0
 GROUP BY d.k
UNION ALL
SELECT 'REPAID_FROM_WAGES', d.k, -sum(e.amount), NULL, NULL
  FROM days d JOIN counted c ON c.start <= d.d JOIN debt_account a ON a.participant_id = c.id
  JOIN debt_entry e ON e.account_id = a.id, project_start
 WHERE e.kind = 'wage_payment' AND e.date BETWEEN ps AND d.d
 GROUP BY d.k;

-- The indicator rows, in the catalogue's order. An indicator typed per period sums the values of
-- the periods ended by the day; one without a rule is left out.
WITH days(k, d) AS (VALUES (0, date(:from, '-1 day')), (1, :to)),
computed(code, split) AS (VALUES
    ('OSS_REGISTERED', 0), ('SM_RECRUITED', 0), ('AGREEMENTS_SIGNED', 0), ('PARTICIPANTS_STARTED', 1),
    ('INTEGRATION_COMPLETED', 1), ('MANAGEMENT_COMPLETED', 1), ('VOCATIONAL_COMPLETED', 1), ('CONSULTATIONS', 0),
    ('STUDY_TRIP', 1), ('EMPLOYED_IN_OSS', 1), ('COMPLETED_PROJECT', 1), ('INSTALMENT_PLANS', 1),
    ('ARREARS_REDUCED', 1), ('ARREARS_REPAID', 0), ('EVICTIONS_AVOIDED', 1), ('WORK_ORDERS_VALUE', 0),
    ('REPAID_FROM_WAGES', 0), ('SERVICE_POINTS', 0), ('DELIVERABLES', 0)
    UNION ALL
    SELECT indicator_code, 1 FROM survey_scale WHERE indicator_code IS NOT NULL),
typed(code, k, total, women, men) AS (
    SELECT i.code, d.k, coalesce(sum(v.total), 0), coalesce(sum(v.women), 0), coalesce(sum(v.men), 0)
      FROM indicator i CROSS JOIN days d
      LEFT JOIN reporting_period r ON r.to_date <= d.d
      LEFT JOIN indicator_manual_value v ON v.indicator_code = i.code AND v.period_id = r.id
     WHERE i.manual = 1
     GROUP BY i.code, d.k),
cell(code, k, total, women, men) AS (
    SELECT i.code, d.k,
           CASE WHEN i.manual = 1 THEN CASE WHEN i.split_by_sex = 1 THEN t.women + t.men ELSE t.total END
                WHEN c.split = 1 THEN coalesce(v.women, 0) + coalesce(v.men, 0)
                ELSE coalesce(v.total, 0) END,
           CASE WHEN i.manual = 1 THEN CASE WHEN i.split_by_sex = 1 THEN t.women END
                WHEN c.split = 1 THEN coalesce(v.women, 0) END,
           CASE WHEN i.manual = 1 THEN CASE WHEN i.split_by_sex = 1 THEN t.men END
                WHEN c.split = 1 THEN coalesce(v.men, 0) END
      FROM indicator i CROSS JOIN days d
      LEFT JOIN computed c ON c.code = i.code
      LEFT JOIN floor_value v ON v.code = i.code AND v.k = d.k
      LEFT JOIN typed t ON t.code = i.code AND t.k = d.k
     WHERE i.manual = 1 OR c.code IS NOT NULL)
SELECT i.code,
       now.total, now.women, now.men,
       now.total - before.total, now.women - before.women, now.men - before.men,
       CASE WHEN i.target_total > 0 THEN round(now.total * 1000.0 / i.target_total) / 10.0 END AS percent
  FROM indicator i
  JOIN cell now ON now.code = i.code AND now.k = 1
  JOIN cell before ON before.code = i.code AND before.k = 0
 ORDER BY i.sort_order, i.code;

-- The participant flow table: who started, continues, ended (as planned, dropped out) in the
-- period, by labour-market status at entry, age group, education and area.
WITH line(n, grp, key) AS (VALUES
    (1, 'total', 'all'),
    (2, 'labour_status', 'unemployed'), (3, 'labour_status', 'long_term_unemployed'),
    (4, 'labour_status', 'inactive'), (5, 'labour_status', 'inactive_in_education'),
    (6, 'labour_status', 'employed'),
    (7, 'age', '15-24'), (8, 'age', '25-54'), (9, 'age', '55-64'), (10, 'age', '65+'),
    (11, 'education', 'none'), (12, 'education', 'primary'), (13, 'education', 'lower_secondary'),
    (14, 'education', 'upper_secondary'), (15, 'education', 'post_secondary'), (16, 'education', 'higher'),
    (17, 'area', 'urban'), (18, 'area', 'rural')),
person AS (
    SELECT p.*, p.start >= :from AS started,
           p.ended_on IS NULL OR p.ended_on > :to AS continuing
      FROM floor_person p
     WHERE p.missing = 0 AND p.start <= :to AND (p.ended_on IS NULL OR p.ended_on >= :from))
SELECT l.grp, l.key,
       count(p.id) FILTER (WHERE p.started AND p.sex = 'F'), count(p.id) FILTER (WHERE p.started AND p.sex = 'M'),
       count(p.id) FILTER (WHERE p.continuing AND p.sex = 'F'),
       count(p.id) FILTER (WHERE p.continuing AND p.sex = 'M'),
       count(p.id) FILTER (WHERE NOT p.continuing AND p.sex = 'F'),
       count(p.id) FILTER (WHERE NOT p.continuing AND p.sex = 'M'),
       count(p.id) FILTER (WHERE NOT p.continuing AND p.completion = 'completed' AND p.sex = 'F'),
       count(p.id) FILTER (WHERE NOT p.continuing AND p.completion = 'completed' AND p.sex = 'M'),
       count(p.id) FILTER (WHERE NOT p.continuing AND p.completion = 'dropped_out' AND p.sex = 'F'),
       count(p.id) FILTER (WHERE NOT p.continuing AND p.completion = 'dropped_out' AND p.sex = 'M')
  FROM line l
  LEFT JOIN person p ON CASE l.grp
           WHEN 'total' THEN 1
           WHEN 'labour_status' THEN
               CASE l.key
                   WHEN 'unemployed' THEN p.status_at_entry IN ('unemployed', 'long_term_unemployed')
                   WHEN 'inactive' THEN p.status_at_entry IN ('inactive', 'inactive_in_education')
                   ELSE p.status_at_entry = l.key END
           WHEN 'age' THEN p.age_group = l.key
           WHEN 'education' THEN p.education = l.key
           ELSE p.area = l.key END
 GROUP BY l.n
 ORDER BY l.n;

-- Data quality: the participants who started by the period's end and cannot be counted, with what
-- is missing, by name.
SELECT id, first_name, last_name, start, missing
  FROM floor_person
 WHERE start <= :to AND missing <> 0
 ORDER BY last_name COLLATE pl, first_name COLLATE pl, id;

-- Data quality: what is dated before the project start, imported starts that differ from the
-- support recorded, and ends without their outcome (of the whole file).
WITH project_start(ps) AS (SELECT coalesce((SELECT start_date FROM project WHERE id = 1), '0001-01-01')),
problem(kind, record, id, name, day, recorded_start) AS (
    SELECT 1, 'housing_coop', id, name, status_on, NULL FROM housing_coop, project_start
     WHERE status = 'qualified' AND status_on < ps
    UNION ALL
    SELECT 1, 'oss_registered', f.social_coop_id, o.name, f.done_on, NULL
      FROM founding_step f JOIN social_coop o ON o.id = f.social_coop_id, project_start
     WHERE f.step = 'registered' AND f.done_on < ps
    UNION ALL
    SELECT 1, 'cooperation_agreement', a.id, h.name || ' – ' || o.name, a.signed_on, NULL
      FROM cooperation_agreement a JOIN housing_coop h ON h.id = a.housing_coop_id
      JOIN social_coop o ON o.id = a.social_coop_id, project_start
     WHERE a.signed_on < ps
    UNION ALL
    SELECT 1, 'attendance', p.id, p.last_name || ' ' || p.first_name, min(s.date), NULL
      FROM attendance a JOIN session s ON s.id = a.session_id JOIN participant p ON p.id = a.participant_id,
           project_start
     WHERE a.status = 'present' AND s.date < ps
     GROUP BY p.id
    UNION ALL
    SELECT 1, 'consultation', k.id, coalesce(p.last_name || ' ' || p.first_name, o.name, ''), k.date, NULL
      FROM consultation k LEFT JOIN participant p ON p.id = k.participant_id
      LEFT JOIN social_coop o ON o.id = k.social_coop_id, project_start
     WHERE k.date < ps
    UNION ALL
    SELECT 1, 'course_completion', e.id, p.last_name || ' ' || p.first_name || ' – ' || c.name, e.completed_on, NULL
      FROM enrolment e JOIN participant p ON p.id = e.participant_id JOIN course c ON c.id = e.course_id,
           project_start
     WHERE e.completed_on < ps
    UNION ALL
    SELECT 1, 'study_trip', a.id, p.last_name || ' ' || p.first_name || ' – ' || v.name, v.start_date, NULL
      FROM event_attendee a JOIN event v ON v.id = a.event_id JOIN participant p ON p.id = a.participant_id,
           project_start
     WHERE v.kind = 'study_trip' AND a.role = 'participant' AND a.attended = 1 AND v.start_date < ps
    UNION ALL
    SELECT 1, 'employment', e.id, p.last_name || ' ' || p.first_name || ' – ' || o.name, e.start_date, NULL
      FROM employment e JOIN participant p ON p.id = e.participant_id JOIN social_coop o ON o.id = e.social_coop_id,
           project_start
     WHERE e.start_date < ps
    UNION ALL
    SELECT 1, 'participation_end', id, last_name || ' ' || first_name, participation_end, NULL
      FROM participant, project_start
     WHERE participation_end < ps
    UNION ALL
    SELECT 1, 'instalment_plan', i.id, p.last_name || ' ' || p.first_name, i.signed_on, NULL
      FROM instalment_plan i JOIN debt_account a ON a.id = i.account_id JOIN participant p ON p.id = a.participant_id,
           project_start
     WHERE i.signed_on < ps
    UNION ALL
    SELECT 1, 'ledger_entry', a.id, p.last_name || ' ' || p.first_name || ' ' || a.account_number, min(e.date), NULL
      FROM debt_entry e JOIN debt_account a ON a.id = e.account_id JOIN participant p ON p.id = a.participant_id,
           project_start
     WHERE e.kind <> 'opening' AND e.date < ps
     GROUP BY a.id
    UNION ALL
    SELECT 1, 'eviction_stage', c.id, p.last_name || ' ' || p.first_name, min(s.date), NULL
      FROM eviction_stage s JOIN eviction_case c ON c.id = s.case_id JOIN participant p ON p.id = c.participant_id,
           project_start
     WHERE s.stage IN ('suspended', 'withdrawn', 'settled') AND s.date < ps
     GROUP BY c.id
    UNION ALL
    SELECT 1, 'work_order', w.id, w.seq || '/' || w.year || ' – ' || h.name, w.accepted_on, NULL
      FROM work_order w JOIN housing_coop h ON h.id = w.housing_coop_id, project_start
     WHERE w.accepted_on < ps AND w.status <> 'cancelled'
    UNION ALL
    SELECT 1, 'service_point', s.id, o.name, s.opened_on, NULL
      FROM service_point s JOIN social_coop o ON o.id = s.social_coop_id, project_start
     WHERE s.opened_on < ps
    UNION ALL
    SELECT 1, 'deliverable', id, title, done_on, NULL FROM deliverable, project_start
     WHERE status = 'done' AND done_on < ps
    UNION ALL
    SELECT 2, 'participant', id, last_name || ' ' || first_name, declared_start, participation_start
      FROM participant
     WHERE declared_start IS NOT NULL AND (participation_start IS NULL OR declared_start <> participation_start)
    UNION ALL
    SELECT 3, 'participant', id, last_name || ' ' || first_name, participation_end, NULL
      FROM participant
     WHERE participation_end IS NOT NULL AND completion IS NULL)
SELECT CASE kind WHEN 1 THEN 'before_project' WHEN 2 THEN 'start_mismatch' ELSE 'end_without_reason' END,
       record, id, name, day, recorded_start
  FROM problem
 ORDER BY kind, day, name;

DROP TABLE temp.floor_value;
DROP TABLE temp.floor_person;
