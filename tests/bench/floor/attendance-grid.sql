-- a course's attendance grid opened: the course, its participants by name, its sessions, every mark and the totals, in plain SQL
--
-- :course is the course's id. The totals are the minutes each participant attended and the number
-- present at each session.

SELECT id, support_form_id, name, planned_minutes, threshold_percent, start_date, end_date FROM course WHERE id = :course;

SELECT e.participant_id, p.last_name, p.first_name, coalesce(p.pesel, ''), e.enrolled_on, e.withdrawn_on,
       e.completed_on, e.certificate_number
  FROM enrolment e JOIN participant p ON p.id = e.participant_id
 WHERE e.course_id = :course
 ORDER BY p.last_name COLLATE pl, p.first_name COLLATE pl, p.id;

SELECT id, date, start_time, minutes, topic, trainer FROM session WHERE course_id = :course ORDER BY date, start_time, id;

SELECT a.session_id, a.participant_id, a.status
  FROM session s JOIN attendance a ON a.session_id = s.id
 WHERE s.course_id = :course;

SELECT a.participant_id, sum(s.minutes)
  FROM session s JOIN attendance a ON a.session_id = s.id
 WHERE s.course_id = :course AND a.status = 'present'
 GROUP BY a.participant_id;

SELECT s.id, count(a.participant_id)
  FROM session s LEFT JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
 WHERE s.course_id = :course
 GROUP BY s.id;
