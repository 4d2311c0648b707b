-- the balance of one account on a day: the sum of its entries up to that day, in plain SQL
--
-- :account is the account's id, :day the day.

SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = :account AND date <= :day;
