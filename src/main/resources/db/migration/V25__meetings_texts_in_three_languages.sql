-- Meetings in English, French and Spanish (issue 13). The meeting's own columns are its English
-- text; meeting_text holds the French and Spanish text of the fields a person reads (name, venue,
-- address, city, country, convening authority, the letters' signatory title). A field left empty
-- is not translated, and the pages say so rather than mixing languages silently. Agenda item
-- titles likewise. The shipped translations below are CCM Desk's own (the sources give the
-- meetings' English names only): they are working translations, not official titles.
create table meeting_text (
    meeting_id           bigint        not null references meeting (id),
    language             varchar(2)    not null,
    name                 varchar(300),
    venue                varchar(200),
    address              varchar(300),
    city                 varchar(100),
    country              varchar(100),
    convening_authority  varchar(400),
    signatory_title      varchar(400),
    primary key (meeting_id, language),
    constraint meeting_text_language check (language in ('fr', 'es'))
);

create table agenda_item_text (
    agenda_item_id  bigint        not null references agenda_item (id),
    language        varchar(2)    not null,
    title           varchar(400)  not null,
    primary key (agenda_item_id, language),
    constraint agenda_item_text_language check (language in ('fr', 'es'))
);

-- Who signs the meeting's letters (invitations and visa letters) and how the secretariat is
-- reached, from the meeting's settings; the signatory title in French and Spanish is in
-- meeting_text.
alter table meeting add column signatory_name varchar(200);
alter table meeting add column signatory_title varchar(400);
alter table meeting add column secretariat_contact varchar(500);

-- Memo on the CCM Intersessional Meeting, Geneva, 7-9 April 2014: convened by the President of the
-- Fourth Meeting of States Parties; sponsorship and practical questions to the Interim
-- Implementation Support Unit at UNDP/BCPR (ccm.contact@undp.org, as in the invitation letters).
update meeting set signatory_name = 'Wylbur C. Simuusa, MP',
       signatory_title = 'President of the Fourth Meeting of States Parties, Minister of Foreign Affairs of the Republic of Zambia',
       secretariat_contact = 'Interim Implementation Support Unit, UNDP/BCPR, ccm.contact@undp.org'
 where short_name = 'Intersessional 2014' and shipped;

-- An address typed by the secretariat for one invitation replaces the one that follows from the
-- state's mission (kind, language and name as of the letter's date).
alter table invitation add column channel_custom boolean default false not null;

insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Première Assemblée des États parties', null, null, 'Vientiane', 'République démocratique populaire lao', null, null
  from meeting where short_name = '1MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Deuxième Assemblée des États parties', null, null, 'Beyrouth', 'Liban', null, null
  from meeting where short_name = '2MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Troisième Assemblée des États parties', null, null, 'Oslo', 'Norvège', null, null
  from meeting where short_name = '3MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Quatrième Assemblée des États parties', null, null, 'Lusaka', 'Zambie', null, null
  from meeting where short_name = '4MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Cinquième Assemblée des États parties', null, null, 'San José', 'Costa Rica', null, null
  from meeting where short_name = '5MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Réunion intersessions 2013', null, null, 'Genève', 'Suisse', null, null
  from meeting where short_name = 'Intersessional 2013' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Réunion intersessions 2014', 'Bâtiment de l''Organisation météorologique mondiale (OMM)', '7 bis, Avenue de la Paix', 'Genève', 'Suisse', 'Président de la quatrième Assemblée des États parties (M. Wylbur C. Simuusa, député, Ministre des affaires étrangères de la République de Zambie)', 'Président de la quatrième Assemblée des États parties, Ministre des affaires étrangères de la République de Zambie'
  from meeting where short_name = 'Intersessional 2014' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Réunion intersessions 2015', 'Bâtiment de l''Organisation météorologique mondiale (OMM)', null, 'Genève', 'Suisse', null, null
  from meeting where short_name = 'Intersessional 2015' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Réunion des directeurs des programmes nationaux de lutte antimines et des conseillers des Nations Unies', null, null, null, null, null, null
  from meeting where short_name = 'NPD 2014' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Réunions d''experts de la CCAC sur le Protocole II modifié et le Protocole V', null, null, null, null, null, null
  from meeting where short_name = 'CCW experts 2014' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Travaux intersessions informels de la Convention sur l''interdiction des mines antipersonnel et deuxième réunion préparatoire officielle de la troisième Conférence d''examen', null, null, null, null, null, null
  from meeting where short_name = 'APMBC 2014' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'fr', 'Première Conférence d''examen', null, null, 'Dubrovnik', 'Croatie', null, null
  from meeting where short_name = '1RC' and shipped;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'fr', 'Ouverture' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 1;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'fr', 'Universalisation' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 2;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'fr', 'État général et fonctionnement de la Convention : respect des dispositions, mesures nationales d''application, mesures de transparence, questions relatives à l''Unité d''appui à l''application' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 3;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'fr', 'Dépollution et réduction des risques' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 4;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'fr', 'Coopération et assistance' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 5;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'fr', 'Destruction et conservation des stocks' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 6;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'fr', 'Assistance aux victimes' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 7;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'fr', 'Clôture' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 8;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Primera Reunión de los Estados Partes', null, null, 'Vientián', 'República Democrática Popular Lao', null, null
  from meeting where short_name = '1MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Segunda Reunión de los Estados Partes', null, null, 'Beirut', 'Líbano', null, null
  from meeting where short_name = '2MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Tercera Reunión de los Estados Partes', null, null, 'Oslo', 'Noruega', null, null
  from meeting where short_name = '3MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Cuarta Reunión de los Estados Partes', null, null, 'Lusaka', 'Zambia', null, null
  from meeting where short_name = '4MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Quinta Reunión de los Estados Partes', null, null, 'San José', 'Costa Rica', null, null
  from meeting where short_name = '5MSP' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Reunión entre períodos de sesiones 2013', null, null, 'Ginebra', 'Suiza', null, null
  from meeting where short_name = 'Intersessional 2013' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Reunión entre períodos de sesiones 2014', 'Edificio de la Organización Meteorológica Mundial (OMM)', '7 bis, Avenue de la Paix', 'Ginebra', 'Suiza', 'Presidente de la Cuarta Reunión de los Estados Partes (Sr. Wylbur C. Simuusa, diputado, Ministro de Relaciones Exteriores de la República de Zambia)', 'Presidente de la Cuarta Reunión de los Estados Partes, Ministro de Relaciones Exteriores de la República de Zambia'
  from meeting where short_name = 'Intersessional 2014' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Reunión entre períodos de sesiones 2015', 'Edificio de la Organización Meteorológica Mundial (OMM)', null, 'Ginebra', 'Suiza', null, null
  from meeting where short_name = 'Intersessional 2015' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Reunión de directores de programas nacionales de acción contra las minas y asesores de las Naciones Unidas', null, null, null, null, null, null
  from meeting where short_name = 'NPD 2014' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Reuniones de expertos de la CCAC sobre el Protocolo II enmendado y el Protocolo V', null, null, null, null, null, null
  from meeting where short_name = 'CCW experts 2014' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Trabajos informales entre períodos de sesiones de la Convención sobre la prohibición de las minas antipersonal y segunda reunión preparatoria oficial de la Tercera Conferencia de Examen', null, null, null, null, null, null
  from meeting where short_name = 'APMBC 2014' and shipped;
insert into meeting_text (meeting_id, language, name, venue, address, city, country, convening_authority, signatory_title)
select id, 'es', 'Primera Conferencia de Examen', null, null, 'Dubrovnik', 'Croacia', null, null
  from meeting where short_name = '1RC' and shipped;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'es', 'Apertura' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 1;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'es', 'Universalización' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 2;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'es', 'Situación general y funcionamiento de la Convención: cumplimiento, medidas nacionales de aplicación, medidas de transparencia, cuestiones relativas a la Dependencia de Apoyo a la Aplicación' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 3;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'es', 'Limpieza y reducción de riesgos' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 4;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'es', 'Cooperación y asistencia' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 5;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'es', 'Destrucción y retención de existencias' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 6;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'es', 'Asistencia a las víctimas' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 7;
insert into agenda_item_text (agenda_item_id, language, title)
select a.id, 'es', 'Clausura' from agenda_item a join meeting m on m.id = a.meeting_id
 where m.short_name = 'Intersessional 2014' and m.shipped and a.position = 8;
