-- one attendance mark saved: the mark, the participant's start of participation and their course completion (and certificate number) brought up to date, in one transaction, in plain SQL, with the mark's history row
--
-- :session, :participant and :status ('present', 'excused', 'absent'). The mark is written only for
-- a participant enrolled on the session's course. The start of participation is the first support
-- recorded; a course is completed on the date of the session at which the minutes attended reach
-- the course's threshold, and a completed course gets the course's next certificate number.

BEGIN IMMEDIATE;

DROP TABLE IF EXISTS temp.floor_mark;
CREATE TEMP TABLE floor_mark AS
SELECT (SELECT status FROM attendance WHERE session_id = :session AND participant_id = :participant) AS old;

INSERT INTO attendance (session_id, participant_id, status)
SELECT :session, :participant, :status
 WHERE EXISTS (SELECT 1 FROM session s JOIN enrolment e ON e.course_id = s.course_id
                WHERE s.id = :session AND e.participant_id = :participant)
    ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status;

UPDATE participant
   SET participation_start = (SELECT min(d) FROM (
           SELECT s.date AS d FROM attendance a JOIN session s ON s.id = a.session_id
            WHERE a.participant_id = :participant AND a.status = 'present'
           UNION ALL
           SELECT date FROM consultation WHERE participant_id = :participant))
 WHERE id = :participant;

UPDATE enrolment
   SET completed_on = (
           SELECT min(date) FROM (
               SELECT s.date, sum(s.minutes) OVER (ORDER BY s.date, s.start_time, s.id) AS attended
                 FROM attendance a JOIN session s ON s.id = a.session_id
                WHERE a.participant_id = :participant AND a.status = 'present' AND s.course_id = enrolment.course_id)
            WHERE attended * 100 >= (SELECT planned_minutes * threshold_percent FROM course c
                                      WHERE c.id = enrolment.course_id))
 WHERE participant_id = :participant AND course_id = (SELECT course_id FROM session WHERE id = :session);

UPDATE enrolment
   SET certificate_number = (SELECT coalesce(max(x.certificate_number), 0) + 1 FROM enrolment x
                              WHERE x.course_id = enrolment.course_id)
 WHERE participant_id = :participant AND course_id = (SELECT course_id FROM session WHERE id = :session)
   AND completed_on IS NOT NULL AND certificate_number IS NULL;

-- The change history: the mark as it was and as it is (its key columns name it), when it changed.
INSERT INTO change_log (at, person, program, action, operation, record_kind, record_id, owner_kind, owner_id,
                        changes)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'floor', 'floor', 'edit', CASE WHEN m.old IS NULL THEN 'insert' ELSE 'update' END,
       'attendance', NULL, 'participant', :participant,
       json_object('session_id', json_array(CASE WHEN m.old IS NOT NULL THEN :session END, :session),
                   'participant_id', json_array(CASE WHEN m.old IS NOT NULL THEN :participant END, :participant),
                   'status', json_array(m.old, a.status))
  FROM temp.floor_mark m JOIN attendance a ON a.session_id = :session AND a.participant_id = :participant
 WHERE m.old IS NOT a.status;

COMMIT;
