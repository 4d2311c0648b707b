-- the whole ledger's first page: the 200 latest entries with their account number and tenant, in plain SQL

SELECT e.id, e.account_id, e.date, e.kind, e.amount, e.note, e.wage_month, a.account_number,
       p.last_name || ' ' || p.first_name
  FROM debt_entry e JOIN debt_account a ON a.id = e.account_id JOIN participant p ON p.id = a.participant_id
 ORDER BY e.date DESC, e.id DESC
 LIMIT 200;
