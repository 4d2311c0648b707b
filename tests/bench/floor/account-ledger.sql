-- one account's ledger, first page: its 200 latest entries, each with the balance after it (a running sum), in plain SQL
--
-- :account is the account's id. The running sum is a window over the account's whole ledger in
-- date order (same-day entries in the order they were recorded).

SELECT * FROM (
    SELECT e.id, e.account_id, e.date, e.kind, e.amount, e.note, e.wage_month, a.account_number,
           p.last_name || ' ' || p.first_name,
           sum(e.amount) OVER (ORDER BY e.date, e.id) AS balance
      FROM debt_entry e JOIN debt_account a ON a.id = e.account_id JOIN participant p ON p.id = a.participant_id
     WHERE e.account_id = :account)
 ORDER BY date DESC, id DESC
 LIMIT 200;
