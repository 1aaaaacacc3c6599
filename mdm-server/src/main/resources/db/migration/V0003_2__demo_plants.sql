-- Two demo plants, so that plant extensions and BOM plant applicability can be tried at once.
-- Stewards add real plants through POST /api/v1/reference/plants.
insert into plant (code, name, country) values
    ('P100', 'Main plant', 'DE'),
    ('P200', 'Assembly plant', 'PL');
