package atlas.map;

/**
 * Country names on the map, in the current language, where each fits inside its country at the zoom
 * (a layer of its own so that View can hide it; the outlines it names are {@link CountryLayer}'s).
 */
final class CountryNames implements MapLayer {
    private final CountryLayer countries;

    CountryNames(CountryLayer countries) {
        this.countries = countries;
    }

    @Override
    public String name() {
        return "country-names";
    }

    @Override
    public void draw(Frame f) {
        countries.offerNames(f);
    }
}
