-- The nightly erasure (Retention) finds expired applications by their date and, for each file of an erased
-- application, checks whether another application still uses it; deleting a file also makes the database check
-- the four references to it. Without these indexes each of those is a scan of a whole table: on the benchmark's
-- million applications, one scan per file, hundreds of thousands of scans for the first night.
create index application_received_idx on application (received_at);
create index application_cv_idx on application (cv_id);
create index application_letter_idx on application (letter_id);
create index spontaneous_cv_idx on spontaneous_application (cv_id);
create index spontaneous_letter_idx on spontaneous_application (letter_id);
