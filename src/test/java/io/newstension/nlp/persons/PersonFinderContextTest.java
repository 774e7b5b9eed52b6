package io.newstension.nlp.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newstension.nlp.Mention;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The context rules that keep organisations, places and titles out of person names, and find people by apposition. */
class PersonFinderContextTest {
    private static final PersonFinder FINDER = PersonFinder.bundled();
    private static final LocalDate DATE = LocalDate.of(2025, 3, 1);

    private static List<Mention> find(String text) {
        return FINDER.find(text, Articles.sentences(text), Articles.countries(text), DATE, List.of());
    }

    /** The entity names of the persons found. */
    private static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        find(text).forEach(m -> names.add(m.entityName()));
        return names;
    }

    private static Mention at(List<Mention> found, String surface) {
        return found.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + found));
    }

    @Test
    void aNameFollowedByAnOrganisationOrPlaceWordBelongsToThatName() {
        assertEquals(Set.of(), names("An officer of the Eastern Visayas Command said the Abu Sayyaf Group did it."));
        assertEquals(Set.of(), names("The blast hit Karl Marx Avenue on Tuesday."));
        assertEquals(Set.of(), names("Speaking on al-Mayadin TV, officials denied it."));
        assertEquals(Set.of(), names("Prayers were held at the Sultan Qaboos Grand Mosque."));
        assertEquals(Set.of("Karl Marx"), names("Karl Marx wrote a book."), "the name on its own is still one");
    }

    @Test
    void stormsAndVesselsNamedAfterPeopleAreNotPersons() {
        assertEquals(Set.of(), names("Victims of Hurricane Maria protested. The ship was renamed MV Professor Helga Brandt."));
    }

    @Test
    void titleModifiersAreNoTitleCues() {
        assertEquals(Set.of(), names("Checks were ordered by the State Fire Brigade. They spoke at Sacred Defence Week. "
                + "He led the State Intelligence Agency. He was accused of high Crimes."));
        assertEquals(Set.of(), names("The Emergency Situations Minister arrived."));
    }

    @Test
    void ranksAndOfficesBeforeANameAreDroppedFromIt() {
        Mention officer = at(find("According to Chief Superintendent Ramon Dulcero of the police, ten died."),
                "Ramon Dulcero");
        assertEquals(PersonFinder.TITLE_CUE, officer.method());
        assertEquals("new:ramon_dulcero", officer.entityId());
        assertEquals(Set.of("new:walter_pirsig"), ids(find("Senate Minority Whip Walter Pirsig disagreed.")));
        assertEquals(Set.of("new:aoife_brennock"), ids(find("He met Taoiseach Aoife Brennock in Dublin.")));
    }

    @Test
    void aLeadingPlaceBeforeAGivenNameIsNotPartOfTheName() {
        assertEquals(Set.of("new:piotr_kowalewski"), ids(find("The Mayor of Koszalin Piotr Kowalewski declared mourning.")));
    }

    @Test
    void aNameStartingWithAParticleKeepsIt() {
        assertEquals(Set.of("new:abu_mahdi_qasimi"), ids(find("He was met by Abu Mahdi Qasimi, who was also killed.")));
    }

    @Test
    void aNameWithTheDefiniteArticleIsAnOrganisation() {
        assertEquals(Set.of(), names("On Friday the legislature, the Legislative Yuan, voted. The Legislative Yuan debated."));
    }

    @Test
    void appositionsWithCommasMarkPersons() {
        assertEquals(PersonFinder.SPEECH_VERB, at(find("The director of the league, Marisol Quetglas, said the law "
                + "was unjust."), "Marisol Quetglas").method());
        assertEquals(PersonFinder.TITLE_CUE, at(find("Tobias Wrenfield, who was the envoy, resigned."),
                "Tobias Wrenfield").method());
        assertEquals(PersonFinder.TITLE_CUE, at(find("Selma Ouertani, a member of Parliament, disagreed."),
                "Selma Ouertani").method());
        assertEquals(Set.of(), names("Unlike Senators, who serve six years, they are elected."), "one word is no name");
    }

    @Test
    void aRelativeIsAPersonButNoGazetteerSurname() {
        List<Mention> found = find("Burundi mourned. His widow, Denise, was treated in Kenya.");
        assertEquals("new:denise", at(found, "Denise").entityId());
        assertEquals(PersonFinder.TITLE_CUE, at(found, "Denise").method());
    }

    @Test
    void aNameFoundOnlyByItsPatternAndWrittenAfterAPrepositionOfPlaceIsAPlace() {
        assertEquals(Set.of(), names("Troops entered Tell Tamer and Ain Issa. Fighters escaped from a camp at Ain Issa."));
        assertEquals(Set.of("new:maria_shevchukova"), ids(find("Maria Shevchukova arrived. Talks at Maria Shevchukova's "
                + "office went on. Maria Shevchukova said no.")), "a verb of saying outweighs the place");
    }

    @Test
    void aGivenNameOrFirstSurnameJoinsTheFullNameOfTheArticle() {
        List<Mention> found = find("Hosni Mubarak died. Critics disliked Hosni's new cities. Ricardo Rosselló Nevares, "
                + "the island's governor, resigned. Rosselló said so.");
        assertEquals("hosni_mubarak", at(found, "Hosni").entityId());
        assertEquals(PersonFinder.COREF, at(found, "Hosni").method());
        assertEquals("new:ricardo_rossello_nevares", at(found, "Rosselló").entityId());
    }

    @Test
    void saidNextToANameParticleIsAName() {
        List<Mention> found = find("Before the burial, his successor, Haitham bin Tariq Al Said, attended prayers. "
                + "He overthrew his father, Sultan Said bin Taimur.");
        assertEquals("Haitham bin Tariq Al Said", at(found, "Haitham bin Tariq Al Said").surface());
        assertEquals("Said bin Taimur", at(found, "Said bin Taimur").surface());
    }

    @Test
    void wordsOfNewsAgenciesAndQuotedPhrasesAreNotNames() {
        assertEquals(Set.of(), names("Speaking to Agence France-Presse, the president of the league disagreed."));
        assertEquals(Set.of(), names("He called the inquiry a \"Witch Hunt\" on Monday."));
    }

    private static Set<String> ids(List<Mention> found) {
        Set<String> ids = new TreeSet<>();
        found.forEach(m -> ids.add(m.entityId()));
        return ids;
    }
}
