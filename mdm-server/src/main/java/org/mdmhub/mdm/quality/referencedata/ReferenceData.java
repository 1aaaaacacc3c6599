package org.mdmhub.mdm.quality.referencedata;

import java.util.List;
import java.util.Optional;

/**
 * Lookups in the reference tables golden records point to. One interface for the small, read-mostly
 * tables; units have their own ({@link Units}) because conversions live there.
 */
public interface ReferenceData {
    Optional<Country> country(String code);

    Optional<Currency> currency(String code);

    Optional<Incoterm> incoterm(String code);

    Optional<Plant> plant(String code);

    List<Country> countries();

    List<Currency> currencies();

    List<Incoterm> incoterms();

    List<Plant> plants();

    void addPlant(Plant plant);
}
