-- participants imported from a CSV: the lines split on ';' (by the caller, into a temporary table), every derived column computed (sex, birth date, voivodeship, powiat, gmina, area, grosze, ISO dates), the PESEL's check digit, the TERYT code and the postal code checked, in plain SQL in one transaction
--
-- temp.floor_csv holds the file's rows as text, in the columns of its header; temp.floor_terc
-- the TERYT register (gmina code, voivodeship, powiat, gmina, kind of gmina). A row that fails a
-- check is not written (the caller compares the count). The caller opens and commits the
-- transaction around the reading and this statement.

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
