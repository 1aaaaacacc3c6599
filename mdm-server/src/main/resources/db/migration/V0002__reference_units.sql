-- UN/CEFACT Recommendation 20 unit codes (a working subset), with dimension and the factor to the
-- dimension's base unit: MASS KGM, LENGTH MTR, VOLUME LTR, AREA MTK, COUNT C62, TIME SEC.
-- A null factor means the unit has no fixed size (a box, a pack) and converts to nothing.

create table unit_of_measure (
    code           varchar(3)   primary key,
    name           varchar(80)  not null,
    dimension      varchar(10)  not null check (dimension in ('MASS','LENGTH','VOLUME','AREA','COUNT','TIME')),
    factor_to_base numeric(30, 15) check (factor_to_base > 0)
);

insert into unit_of_measure (code, name, dimension, factor_to_base) values
    ('KGM', 'kilogram',          'MASS',   1),
    ('GRM', 'gram',              'MASS',   0.001),
    ('MGM', 'milligram',         'MASS',   0.000001),
    ('TNE', 'tonne (metric ton)','MASS',   1000),
    ('LBR', 'pound',             'MASS',   0.45359237),
    ('ONZ', 'ounce',             'MASS',   0.028349523125),
    ('MTR', 'metre',             'LENGTH', 1),
    ('MMT', 'millimetre',        'LENGTH', 0.001),
    ('CMT', 'centimetre',        'LENGTH', 0.01),
    ('DMT', 'decimetre',         'LENGTH', 0.1),
    ('KMT', 'kilometre',         'LENGTH', 1000),
    ('INH', 'inch',              'LENGTH', 0.0254),
    ('FOT', 'foot',              'LENGTH', 0.3048),
    ('YRD', 'yard',              'LENGTH', 0.9144),
    ('LTR', 'litre',             'VOLUME', 1),
    ('MLT', 'millilitre',        'VOLUME', 0.001),
    ('CLT', 'centilitre',        'VOLUME', 0.01),
    ('DLT', 'decilitre',         'VOLUME', 0.1),
    ('MTQ', 'cubic metre',       'VOLUME', 1000),
    ('CMQ', 'cubic centimetre',  'VOLUME', 0.001),
    ('GLL', 'gallon (US)',       'VOLUME', 3.785411784),
    ('MTK', 'square metre',      'AREA',   1),
    ('CMK', 'square centimetre', 'AREA',   0.0001),
    ('MMK', 'square millimetre', 'AREA',   0.000001),
    ('FTK', 'square foot',       'AREA',   0.09290304),
    ('C62', 'one (unit)',        'COUNT',  1),
    ('H87', 'piece',             'COUNT',  1),
    ('EA',  'each',              'COUNT',  1),
    ('PR',  'pair',              'COUNT',  2),
    ('DZN', 'dozen',             'COUNT',  12),
    ('SET', 'set',               'COUNT',  null),
    ('PK',  'pack',              'COUNT',  null),
    ('BX',  'box',               'COUNT',  null),
    ('RO',  'roll',              'COUNT',  null),
    ('SEC', 'second',            'TIME',   1),
    ('MIN', 'minute',            'TIME',   60),
    ('HUR', 'hour',              'TIME',   3600),
    ('DAY', 'day',               'TIME',   86400);
