-- The city's reference data in English too: job families and places were shown in French on English pages and
-- mails. A name without its English one (a family or place added later) is shown in French in both languages.
alter table job_family add column name_en varchar(200);
alter table place add column name_en varchar(200);

update job_family set name_en = 'Steering, management and quality' where name = 'Pilotage, management et qualité';
update job_family set name_en = 'Legal affairs and public procurement' where name = 'Affaires juridiques et achat public';
update job_family set name_en = 'Finance and management control' where name = 'Finances et contrôle de gestion';
update job_family set name_en = 'Human resources and occupational safety' where name = 'Ressources humaines et prévention';
update job_family set name_en = 'Information systems and digital' where name = 'Systèmes d''information et numérique';
update job_family set name_en = 'Communication' where name = 'Communication';
update job_family set name_en = 'General affairs, public reception and citizenship' where name = 'Affaires générales, accueil et citoyenneté';
update job_family set name_en = 'Education, leisure activities and youth' where name = 'Éducation, animation et jeunesse';
update job_family set name_en = 'Early childhood and families' where name = 'Petite enfance et familles';
update job_family set name_en = 'Social services, health and solidarity' where name = 'Social, santé et solidarités';
update job_family set name_en = 'Culture, heritage and public libraries' where name = 'Culture, patrimoine et lecture publique';
update job_family set name_en = 'Sport' where name = 'Sport';
update job_family set name_en = 'Urban planning, housing and ecological transition' where name = 'Urbanisme, habitat et transition écologique';
update job_family set name_en = 'Green spaces, landscape and cemeteries' where name = 'Espaces verts, paysage et cimetières';
update job_family set name_en = 'Street cleaning, waste, water and sanitation' where name = 'Propreté, déchets, eau et assainissement';
update job_family set name_en = 'Roads, canals and mobility' where name = 'Voirie, canaux et déplacements';
update job_family set name_en = 'Buildings, maintenance, logistics and transport' where name = 'Bâtiment, maintenance, logistique et transports';
update job_family set name_en = 'School and staff catering' where name = 'Restauration collective';
update job_family set name_en = 'Public safety, prevention and peace' where name = 'Sécurité, prévention et tranquillité publique';

update place set name_en = '1st arrondissement (Louvre)' where code = '75101';
update place set name_en = '2nd arrondissement (Bourse)' where code = '75102';
update place set name_en = '3rd arrondissement (Temple)' where code = '75103';
update place set name_en = '4th arrondissement (Hôtel-de-Ville)' where code = '75104';
update place set name_en = '5th arrondissement (Panthéon)' where code = '75105';
update place set name_en = '6th arrondissement (Luxembourg)' where code = '75106';
update place set name_en = '7th arrondissement (Palais-Bourbon)' where code = '75107';
update place set name_en = '8th arrondissement (Élysée)' where code = '75108';
update place set name_en = '9th arrondissement (Opéra)' where code = '75109';
update place set name_en = '10th arrondissement (Entrepôt)' where code = '75110';
update place set name_en = '11th arrondissement (Popincourt)' where code = '75111';
update place set name_en = '12th arrondissement (Reuilly)' where code = '75112';
update place set name_en = '13th arrondissement (Gobelins)' where code = '75113';
update place set name_en = '14th arrondissement (Observatoire)' where code = '75114';
update place set name_en = '15th arrondissement (Vaugirard)' where code = '75115';
update place set name_en = '16th arrondissement (Passy)' where code = '75116';
update place set name_en = '17th arrondissement (Batignolles-Monceau)' where code = '75117';
update place set name_en = '18th arrondissement (Buttes-Montmartre)' where code = '75118';
update place set name_en = '19th arrondissement (Buttes-Chaumont)' where code = '75119';
update place set name_en = '20th arrondissement (Ménilmontant)' where code = '75120';
