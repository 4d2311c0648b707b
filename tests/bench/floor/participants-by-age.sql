-- the participants list's first page (200 rows by age at entry, with SM and missing data) and its count, in plain SQL
--
-- Every column the list shows: the age in full years on the participation start (today before it),
-- the SM's name and the bit mask of the mandatory data missing.

SELECT count(*) FROM participant;

SELECT p.id, p.last_name, p.first_name, coalesce(p.pesel, ''), p.sex,
       (strftime('%Y%m%d', coalesce(p.participation_start, date('now', 'localtime')))
        - strftime('%Y%m%d', p.birth_date)) / 10000,
       coalesce(h.name, ''), p.recruitment_status, p.participation_start,
       (CASE WHEN trim(p.first_name) = '' OR trim(p.last_name) = '' THEN 1 ELSE 0 END)
     + (CASE WHEN p.pesel IS NULL AND p.no_pesel = 0 THEN 2 ELSE 0 END)
     + (CASE WHEN p.sex IS NULL THEN 4 ELSE 0 END)
     + (CASE WHEN p.birth_date IS NULL THEN 8 ELSE 0 END)
     + (CASE WHEN p.education IS NULL THEN 16 ELSE 0 END)
     + (CASE WHEN p.teryt IS NULL OR p.area IS NULL THEN 32 ELSE 0 END)
     + (CASE WHEN trim(p.locality) = '' OR trim(p.postal_code) = '' THEN 64 ELSE 0 END)
     + (CASE WHEN p.labour_status IS NULL THEN 128 ELSE 0 END)
     + (CASE WHEN p.consent_on IS NULL THEN 256 ELSE 0 END)
     + (CASE WHEN trim(p.phone) = '' AND trim(p.mobile) = '' AND trim(p.email) = '' THEN 512 ELSE 0 END)
  FROM participant p LEFT JOIN housing_coop h ON h.id = p.housing_coop_id
 ORDER BY coalesce((strftime('%Y%m%d', coalesce(p.participation_start, date('now', 'localtime')))
                   - strftime('%Y%m%d', p.birth_date)) / 10000, -1), p.id
 LIMIT 200;
