-- participants imported from a CSV: the lines split on ';' (by the caller, into a temporary table), every derived column computed (sex, birth date, voivodeship, powiat, gmina, area, grosze, ISO dates), the PESEL's check digit, the TERYT code and the postal code checked, in plain SQL in one transaction, with a history row for each participant written
--
-- temp.floor_csv holds the file's rows as text, in the columns of its header; temp.floor_terc
-- the TERYT register (gmina code, voivodeship, powiat, gmina, kind of gmina). A row that fails a
-- check is not written (the caller compares the count of the last statement: one history row
-- per participant written). The caller opens and commits the transaction around the reading and
-- these statements.

DROP TABLE IF EXISTS temp.floor_before;
CREATE TEMP TABLE floor_before AS SELECT coalesce(max(id), 0) AS last FROM participant;

INSERT INTO participant (first_name, last_name, pesel, no_pesel, sex, birth_date, country, education, voivodeship,
                         powiat, gmina, teryt, area, locality, street, building, flat, postal_code, phone, email,
                         labour_status, housing_coop_id, referral, arrears_at_entry, recruited_on, recruitment_status)
SELECT trim(c.first_name), trim(c.last_name), c.pesel, 0,
       CASE WHEN substr(c.pesel, 10, 1) % 2 = 0 THEN 'F' ELSE 'M' END,
       x.born, 'Polska', c.education, g.voivodeship, g.powiat, g.gmina, g.code,
       CASE WHEN g.type IN (2, 5) THEN 'rural' ELSE 'urban' END,
       c.locality, c.street, c.building, c.flat, c.postal_code, c.phone, c.email, c.labour_status,
       (SELECT h.id FROM housing_coop h WHERE h.name = c.housing_coop), nullif(c.referral, ''),
       CAST(round(CAST(replace(replace(c.arrears_at_entry, ' ', ''), ',', '.') AS REAL) * 100) AS INTEGER),
       x.recruited, 'candidate'
  FROM temp.floor_csv c
  JOIN temp.floor_terc g ON g.code = trim(c.teryt)
  JOIN (SELECT rowid AS id,
               -- the century is in the month: 01–12 the 1900s, 21–32 the 2000s, … 81–92 the 1800s
               printf('%04d-%02d-%02d',
                      CASE substr(pesel, 3, 2) / 20 WHEN 0 THEN 1900 WHEN 1 THEN 2000 WHEN 2 THEN 2100
                                                    WHEN 3 THEN 2200 ELSE 1800 END + substr(pesel, 1, 2),
                      substr(pesel, 3, 2) % 20, substr(pesel, 5, 2)) AS born,
               substr(recruited_on, 7, 4) || '-' || substr(recruited_on, 4, 2) || '-' || substr(recruited_on, 1, 2)
                   AS recruited
          FROM temp.floor_csv) x ON x.id = c.rowid
 WHERE length(c.pesel) = 11 AND c.pesel NOT GLOB '*[^0-9]*'
   AND (10 - (substr(c.pesel, 1, 1) + 3 * substr(c.pesel, 2, 1) + 7 * substr(c.pesel, 3, 1)
              + 9 * substr(c.pesel, 4, 1) + substr(c.pesel, 5, 1) + 3 * substr(c.pesel, 6, 1)
              + 7 * substr(c.pesel, 7, 1) + 9 * substr(c.pesel, 8, 1) + substr(c.pesel, 9, 1)
              + 3 * substr(c.pesel, 10, 1)) % 10) % 10 = substr(c.pesel, 11, 1) + 0
   AND date(x.born, '+0 days') = x.born AND date(x.recruited, '+0 days') = x.recruited AND x.born <= x.recruited
   AND trim(c.first_name) <> '' AND trim(c.last_name) <> ''
   AND c.postal_code GLOB '[0-9][0-9]-[0-9][0-9][0-9]';

-- The change history: one row per participant written, with each column that holds something
-- (NULLs and empty texts left out) as [old, new].
INSERT INTO change_log (at, person, program, action, operation, record_kind, record_id, changes)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'floor', 'floor', 'import', 'insert', 'participant', p.id,
       json_patch('{}', json_object(
           'id', json_array(NULL, p.id),
           'first_name', CASE WHEN p.first_name <> '' THEN json_array(NULL, p.first_name) END,
           'last_name', CASE WHEN p.last_name <> '' THEN json_array(NULL, p.last_name) END,
           'pesel', CASE WHEN p.pesel <> '' THEN json_array(NULL, p.pesel) END,
           'no_pesel', CASE WHEN p.no_pesel <> '' THEN json_array(NULL, p.no_pesel) END,
           'sex', CASE WHEN p.sex <> '' THEN json_array(NULL, p.sex) END,
           'birth_date', CASE WHEN p.birth_date <> '' THEN json_array(NULL, p.birth_date) END,
           'country', CASE WHEN p.country <> '' THEN json_array(NULL, p.country) END,
           'education', CASE WHEN p.education <> '' THEN json_array(NULL, p.education) END,
           'voivodeship', CASE WHEN p.voivodeship <> '' THEN json_array(NULL, p.voivodeship) END,
           'powiat', CASE WHEN p.powiat <> '' THEN json_array(NULL, p.powiat) END,
           'gmina', CASE WHEN p.gmina <> '' THEN json_array(NULL, p.gmina) END,
           'teryt', CASE WHEN p.teryt <> '' THEN json_array(NULL, p.teryt) END,
           'area', CASE WHEN p.area <> '' THEN json_array(NULL, p.area) END,
           'locality', CASE WHEN p.locality <> '' THEN json_array(NULL, p.locality) END,
           'street', CASE WHEN p.street <> '' THEN json_array(NULL, p.street) END,
           'building', CASE WHEN p.building <> '' THEN json_array(NULL, p.building) END,
           'flat', CASE WHEN p.flat <> '' THEN json_array(NULL, p.flat) END,
           'postal_code', CASE WHEN p.postal_code <> '' THEN json_array(NULL, p.postal_code) END,
           'phone', CASE WHEN p.phone <> '' THEN json_array(NULL, p.phone) END,
           'mobile', CASE WHEN p.mobile <> '' THEN json_array(NULL, p.mobile) END,
           'email', CASE WHEN p.email <> '' THEN json_array(NULL, p.email) END,
           'labour_status', CASE WHEN p.labour_status <> '' THEN json_array(NULL, p.labour_status) END,
           'unemployed_since', CASE WHEN p.unemployed_since <> '' THEN json_array(NULL, p.unemployed_since) END,
           'disability', CASE WHEN p.disability <> '' THEN json_array(NULL, p.disability) END,
           'minority', CASE WHEN p.minority <> '' THEN json_array(NULL, p.minority) END,
           'migrant', CASE WHEN p.migrant <> '' THEN json_array(NULL, p.migrant) END,
           'housing_coop_id', CASE WHEN p.housing_coop_id <> '' THEN json_array(NULL, p.housing_coop_id) END,
           'referral', CASE WHEN p.referral <> '' THEN json_array(NULL, p.referral) END,
           'referral_institution_id', CASE WHEN p.referral_institution_id <> '' THEN json_array(NULL, p.referral_institution_id) END,
           'arrears_at_entry', CASE WHEN p.arrears_at_entry <> '' THEN json_array(NULL, p.arrears_at_entry) END,
           'eviction_risk', CASE WHEN p.eviction_risk <> '' THEN json_array(NULL, p.eviction_risk) END,
           'recruited_on', CASE WHEN p.recruited_on <> '' THEN json_array(NULL, p.recruited_on) END,
           'recruitment_status', CASE WHEN p.recruitment_status <> '' THEN json_array(NULL, p.recruitment_status) END,
           'status_on', CASE WHEN p.status_on <> '' THEN json_array(NULL, p.status_on) END,
           'status_reason', CASE WHEN p.status_reason <> '' THEN json_array(NULL, p.status_reason) END,
           'unmet_criteria', CASE WHEN p.unmet_criteria <> '' THEN json_array(NULL, p.unmet_criteria) END,
           'score', CASE WHEN p.score <> '' THEN json_array(NULL, p.score) END,
           'consent_on', CASE WHEN p.consent_on <> '' THEN json_array(NULL, p.consent_on) END,
           'declaration_on', CASE WHEN p.declaration_on <> '' THEN json_array(NULL, p.declaration_on) END,
           'participation_start', CASE WHEN p.participation_start <> '' THEN json_array(NULL, p.participation_start) END,
           'participation_end', CASE WHEN p.participation_end <> '' THEN json_array(NULL, p.participation_end) END,
           'completion', CASE WHEN p.completion <> '' THEN json_array(NULL, p.completion) END,
           'dropout_reason', CASE WHEN p.dropout_reason <> '' THEN json_array(NULL, p.dropout_reason) END,
           'notes', CASE WHEN p.notes <> '' THEN json_array(NULL, p.notes) END,
           'declared_start', CASE WHEN p.declared_start <> '' THEN json_array(NULL, p.declared_start) END,
           'consent_withdrawn_on', CASE WHEN p.consent_withdrawn_on <> '' THEN json_array(NULL, p.consent_withdrawn_on) END))
  FROM participant p
 WHERE p.id > (SELECT last FROM temp.floor_before);
