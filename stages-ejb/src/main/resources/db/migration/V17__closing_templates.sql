-- Closing a filled offer now starts from the direction's templates of their own kind (CLOSING), not from the
-- rejection whose name says « pourvu ». The rejection templates a direction already wrote with that word in
-- their name are its closing words: they become of that kind (rejection forms still offer them, after the others).
update message_template set kind = 'CLOSING' where kind = 'REJECTION' and lower(name) like '%pourvu%';
