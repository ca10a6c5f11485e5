-- Where to register for a meeting whose registration is not handled by CCM Desk, and the host
-- country's visa information that the meeting's pages and visa letters point to.

alter table meeting add column registration_url varchar(500);
alter table meeting add column visa_information_url varchar(500);

-- Memo on the CCM Intersessional Meeting, Geneva, 7-9 April 2014 ("Visa: ... More information on visa
-- requirements can be found here").
update meeting set visa_information_url = 'http://www.ccm-registration.org/menu/visa-information-for-switzerland/'
 where short_name = 'Intersessional 2014' and shipped;
