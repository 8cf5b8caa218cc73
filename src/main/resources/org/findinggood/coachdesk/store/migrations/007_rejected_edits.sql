-- An edit the server refuses every time (forbidden, a rule of its own, a key taken by another row) is not a
-- conflict between two versions: it is kept here as a rejected entry with the server's reason, so it no
-- longer blocks the outbox and the coach can edit and retry it or discard it. NULL for ordinary conflicts.
ALTER TABLE conflict ADD COLUMN refusal TEXT;
ALTER TABLE conflict ADD COLUMN refusal_details TEXT;
