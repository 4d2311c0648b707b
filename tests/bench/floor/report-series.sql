-- the monthly series of the report's charts (participants by status, participants' arrears, work-order value per OSS), in plain SQL
--
-- Parameters: :from and :to, the period. The months run from the month of the project start (of
-- :from when that is earlier) to :to's, at most the last 60; a month's point is its last day, or :to
-- in the last month. Three statements return rows: the states on each point, the arrears on each point, and
-- the order value per month of the seven OSS with the most (line 8 sums the others when there are
-- more than eight).

DROP TABLE IF EXISTS temp.floor_month;

CREATE TEMP TABLE floor_month AS
WITH RECURSIVE bounds(first_month, last_day) AS (
    SELECT max(substr(min(:from, coalesce((SELECT start_date FROM project WHERE id = 1), :from)), 1, 7) || '-01',
               date(substr(:to, 1, 7) || '-01', '-59 months')),
           :to),
month(m, point) AS (
    SELECT first_month, min(date(first_month, '+1 month', '-1 day'), last_day) FROM bounds
    UNION ALL
    SELECT date(m, '+1 month'), min(date(m, '+2 months', '-1 day'), last_day) FROM month, bounds
     WHERE date(m, '+1 month') <= last_day)
SELECT m, point FROM month;

-- Where every recruited person stands on each point: in support from the first support until the
-- end, then completed or dropped out; before it qualified from the decision, turned down from
-- it (in no state), else a candidate from recruitment.
SELECT m.point,
       count(*) FILTER (WHERE state = 'candidate'), count(*) FILTER (WHERE state = 'qualified'),
       count(*) FILTER (WHERE state = 'support'), count(*) FILTER (WHERE state = 'completed'),
       count(*) FILTER (WHERE state = 'dropped')
  FROM floor_month m
  LEFT JOIN (SELECT m.point AS point,
                    CASE WHEN p.participation_start <= m.point THEN
                             CASE WHEN p.participation_end <= m.point THEN
                                      CASE WHEN p.completion = 'completed' THEN 'completed' ELSE 'dropped' END
                                  ELSE 'support' END
                         WHEN coalesce(p.status_on, p.recruited_on) <= m.point
                              AND p.recruitment_status = 'qualified' THEN 'qualified'
                         WHEN coalesce(p.status_on, p.recruited_on) <= m.point
                              AND p.recruitment_status IN ('rejected', 'not_eligible', 'resigned') THEN NULL
                         WHEN p.recruited_on <= m.point THEN 'candidate' END AS state
               FROM floor_month m, participant p) s ON s.point = m.point
 GROUP BY m.point
 ORDER BY m.point;

-- The arrears of the participants with complete data who started by each point (first support
-- within the project): max(0, balance) of each of their accounts opened by then, the ledger
-- before the project start left out except what was owed at entry.
WITH project_start(ps) AS (SELECT coalesce((SELECT start_date FROM project WHERE id = 1), '0001-01-01')),
bounds(first_month, last_day) AS (SELECT min(m), max(point) FROM floor_month),
counted(id, start) AS (
    SELECT p.id,
           CASE WHEN p.participation_start >= ps THEN p.participation_start
                ELSE (SELECT min(d) FROM (
                          SELECT s.date AS d FROM attendance a JOIN session s ON s.id = a.session_id
                           WHERE a.participant_id = p.id AND a.status = 'present' AND s.date >= ps
                          UNION ALL
                          SELECT c.date FROM consultation c WHERE c.participant_id = p.id AND c.date >= ps))
           END
      FROM participant p, project_start
     WHERE p.participation_start IS NOT NULL
       AND trim(p.first_name) <> '' AND trim(p.last_name) <> '' AND (p.pesel IS NOT NULL OR p.no_pesel = 1)
       AND p.sex IS NOT NULL AND p.birth_date IS NOT NULL AND p.education IS NOT NULL AND p.teryt IS NOT NULL
       AND p.area IS NOT NULL AND trim(p.locality) <> '' AND trim(p.postal_code) <> ''
       AND p.labour_status IS NOT NULL AND p.consent_on IS NOT NULL
       AND (trim(p.phone) <> '' OR trim(p.mobile) <> '' OR trim(p.email) <> '')),
moved(account_id, m, amount) AS (
    SELECT e.account_id, max(substr(e.date, 1, 7) || '-01', first_month), sum(e.amount)
      FROM debt_entry e, bounds, project_start
     WHERE e.date <= last_day AND (e.kind = 'opening' OR e.date >= ps)
     GROUP BY 1, 2),
balance(point, opened_on, start, amount) AS (
    SELECT m.point, a.opened_on, c.start,
           sum(coalesce(v.amount, 0)) OVER (PARTITION BY a.id ORDER BY m.m)
      FROM counted c JOIN debt_account a ON a.participant_id = c.id
      CROSS JOIN floor_month m
      LEFT JOIN moved v ON v.account_id = a.id AND v.m = m.m
     WHERE c.start IS NOT NULL)
SELECT m.point, coalesce(sum(max(0, b.amount)), 0)
  FROM floor_month m LEFT JOIN balance b ON b.point = m.point AND b.opened_on <= m.point AND b.start <= m.point
 GROUP BY m.point
 ORDER BY m.point;

-- The net value of the orders accepted per OSS and month (cancelled ones left out).
WITH bounds(first_month, last_day) AS (SELECT min(m), max(point) FROM floor_month),
per_month(coop, m, amount) AS (
    SELECT w.social_coop_id, substr(w.accepted_on, 1, 7) || '-01', sum(w.net_amount)
      FROM work_order w, bounds
     WHERE w.accepted_on BETWEEN first_month AND last_day AND w.status <> 'cancelled'
     GROUP BY 1, 2),
ranked(coop, line, coops) AS (
    SELECT coop,
           row_number() OVER (ORDER BY sum(amount) DESC, coalesce(o.name, coop), coop),
           count(*) OVER ()
      FROM per_month LEFT JOIN social_coop o ON o.id = coop
     GROUP BY coop)
SELECT CASE WHEN r.coops > 8 AND r.line > 7 THEN 8 ELSE r.line END AS line,
       CASE WHEN r.coops > 8 AND r.line > 7 THEN 0 ELSE r.coop END,
       p.m, sum(p.amount)
  FROM per_month p JOIN ranked r ON r.coop = p.coop
 GROUP BY 1, 2, 3
 ORDER BY 1, 3;

DROP TABLE temp.floor_month;
