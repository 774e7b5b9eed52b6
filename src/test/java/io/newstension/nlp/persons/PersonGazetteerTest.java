package io.newstension.nlp.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonGazetteerTest {
    private static final PersonGazetteer GAZ = PersonGazetteer.loadDefault();
    private static final LocalDate SEED_DATE = LocalDate.of(2021, 5, 20);

    private static String idOf(String surface) {
        return GAZ.byAlias(surface).map(Person::id).orElse("<none for " + surface + ">");
    }

    @Test
    void bundledGazetteerIsLargeAndCachedPerJvm() {
        assertTrue(GAZ.size() > 5000, "size " + GAZ.size());
        assertSame(GAZ, PersonGazetteer.loadDefault());
    }

    @Test
    void lavrovUnderBothSpellingsIsRussianIn2021() {
        assertEquals("sergey_lavrov", idOf("Sergey Lavrov"));
        assertEquals("sergey_lavrov", idOf("Sergei Lavrov"));
        assertEquals("Sergey Lavrov", GAZ.byId("sergey_lavrov").orElseThrow().name());
        assertEquals(Optional.of("RUS"), GAZ.affiliation("sergey_lavrov", SEED_DATE));
    }

    @Test
    void blinkenIncludingTheSeedArticleMisspellingIsAmericanIn2021() {
        assertEquals("antony_blinken", idOf("Antony Blinken"));
        assertEquals("antony_blinken", idOf("Anthony Blinken"));
        assertTrue(GAZ.byAlias("Anthony Blinkin").isEmpty(), "the typo is resolved by similarity, not listed");
        assertEquals(Optional.of("USA"), GAZ.affiliation("antony_blinken", SEED_DATE));
    }

    @Test
    void curatedSpellingsReplacePhoenixMisspellingsAndDuplicates() {
        assertEquals("Sviatlana Tsikhanouskaya", GAZ.byId(idOf("Svetlana Tikhanovskaya")).orElseThrow().name(),
                "her own Latin spelling is the display name");
        assertEquals("evariste_ndayishimiye", idOf("Evariste Ndayishimye"));
        assertEquals(Optional.of("BDI"), GAZ.affiliation("evariste_ndayishimiye", LocalDate.of(2020, 6, 9)));
        assertEquals("abdrabbuh_mansur_hadi", idOf("Mansour Hadi"));
        assertEquals("abdrabbuh_mansur_hadi", idOf("Abd al-Rab Mansur al-Hadi"), "two Phoenix entries, one person");
    }

    @Test
    void headlinePersonsHaveTheirCountries() {
        assertEquals(Optional.of("RUS"), GAZ.affiliation(idOf("Alexei Navalny"), SEED_DATE));
        assertEquals(Optional.of("USA"), GAZ.affiliation(idOf("Joe Biden"), SEED_DATE));
        assertEquals(Optional.of("RUS"), GAZ.affiliation(idOf("Vladimir Putin"), SEED_DATE));
        assertEquals(Optional.of("UKR"), GAZ.affiliation(idOf("Volodymyr Zelensky"), SEED_DATE));
        assertEquals(Optional.of("CHN"), GAZ.affiliation(idOf("Xi Jinping"), SEED_DATE));
        assertEquals(Optional.of("IRN"), GAZ.affiliation(idOf("Abbas Araghchi"), LocalDate.of(2025, 6, 1)));
    }

    @Test
    void lookupIgnoresCaseDiacriticsApostrophesAndSpacing() {
        assertEquals("volodymyr_zelensky", idOf("Volodymyr Zelenskyy"));
        assertEquals("volodymyr_zelensky", idOf("  volodymyr   ZELENSKY "));
        assertEquals("recep_tayyip_erdogan", idOf("Recep Tayyip Erdogan"));
        assertEquals("recep_tayyip_erdogan", idOf("Recep Tayyip Erdoğan"));
        assertEquals("gideon_saar", idOf("Gideon Sa’ar"));
        assertTrue(GAZ.byAlias("Nobody Atall").isEmpty());
    }

    @Test
    void phoenixPersonsAreConvertedToDisplayCase() {
        Person p = GAZ.byAlias("Hamid Karzai").orElseThrow();
        assertEquals("Hamid Karzai", p.name());
        assertEquals(Optional.of("AFG"), GAZ.affiliation(p.id(), LocalDate.of(2010, 1, 1)));
    }

    @Test
    void bidenRolesAreDatedAndTheLatestCoveringRoleWins() {
        List<Role> roles = GAZ.roles("joe_biden");
        assertTrue(roles.stream().anyMatch(r -> r.from() != null && r.from().getYear() == 2009));
        assertEquals(LocalDate.of(2009, 1, 20), GAZ.roleAt("joe_biden", LocalDate.of(2012, 6, 1)).orElseThrow().from());
        assertEquals(LocalDate.of(2021, 1, 20), GAZ.roleAt("joe_biden", SEED_DATE).orElseThrow().from());
        // Lavrov's UN posting and foreign ministry overlap from March to July 2004: the later start speaks.
        assertEquals(LocalDate.of(2004, 3, 9), GAZ.roleAt("sergey_lavrov", LocalDate.of(2004, 5, 1)).orElseThrow().from());
        assertEquals(LocalDate.of(1994, 7, 22), GAZ.roleAt("sergey_lavrov", LocalDate.of(2000, 1, 1)).orElseThrow().from());
    }

    @Test
    void affiliationFollowsACareerAcrossCountriesAndInternationalBodies() {
        assertEquals(Optional.of("CAN"), GAZ.affiliation("mark_carney", LocalDate.of(2010, 1, 1)));
        assertEquals(Optional.of("GBR"), GAZ.affiliation("mark_carney", LocalDate.of(2016, 1, 1)));
        assertEquals(Optional.of("CAN"), GAZ.affiliation("mark_carney", LocalDate.of(2025, 6, 1)));
        assertEquals(Optional.of("EST"), GAZ.affiliation("kaja_kallas", LocalDate.of(2022, 1, 1)));
        assertTrue(GAZ.affiliation("kaja_kallas", LocalDate.of(2025, 1, 15)).isEmpty(), "EU High Representative");
        assertEquals("EUREEC", GAZ.roleAt("kaja_kallas", LocalDate.of(2025, 1, 15)).orElseThrow().role());
    }

    @Test
    void surnamesAreIndexedSeparatelyFromFullNames() {
        assertTrue(GAZ.byAlias("Lavrov").isEmpty(), "a surname alone is not an alias");
        assertEquals("sergey_lavrov", GAZ.bySurname("Lavrov").get(0).id());
        assertEquals("ursula_von_der_leyen", GAZ.bySurname("von der Leyen").get(0).id());
        assertTrue(GAZ.bySurname("Blinken").stream().anyMatch(p -> p.id().equals("antony_blinken")));
    }

    @Test
    void fullNameAliasesAreMultiWordWithAsciiVariants() {
        assertTrue(GAZ.fullNameAliases().contains("Sergei Lavrov"));
        assertTrue(GAZ.fullNameAliases().contains("Recep Tayyip Erdoğan"));
        assertTrue(GAZ.fullNameAliases().contains("Luiz Inacio Lula da Silva"));
        assertTrue(GAZ.fullNameAliases().stream().allMatch(a -> a.trim().contains(" ")));
        assertFalse(GAZ.fullNameAliases().contains("Lavrov"));
    }

    private static PersonGazetteer fixture(String persons, String roles) throws IOException {
        return PersonGazetteer.read(new StringReader("person_id\tname\taliases\tsurnames\tsource\n" + persons),
                new StringReader("person_id\tcountry\trole\ttitle\tfrom\tto\n" + roles));
    }

    @Test
    void latestStartingCoveringRoleDecidesAndOtherwiseTheLatestRole() throws IOException {
        PersonGazetteer g = fixture("a_b\tAnna Berg\t\tBerg\tphoenix\n",
                "a_b\tSWE\tGOV\t\t20000101\t20101231\n"
                        + "a_b\tNOR\tGOV\t\t20050101\t20071231\n"
                        + "a_b\tIGO\tUNO\t\t20150101\t20191231\n");
        assertEquals(Optional.of("SWE"), g.affiliation("a_b", LocalDate.of(2003, 1, 1)));
        assertEquals(Optional.of("NOR"), g.affiliation("a_b", LocalDate.of(2006, 1, 1)), "later start wins");
        assertEquals(Optional.empty(), g.affiliation("a_b", LocalDate.of(2016, 1, 1)), "UN role: no state");
        assertEquals("IGO", g.roleAt("a_b", LocalDate.of(2023, 1, 1)).orElseThrow().country(), "no cover: latest role");
        assertEquals("IGO", g.roleAt("a_b", LocalDate.of(1990, 1, 1)).orElseThrow().country());
        assertTrue(g.affiliation("nobody", LocalDate.of(2003, 1, 1)).isEmpty());
    }

    @Test
    void curatedPersonWinsASharedSpelling() throws IOException {
        PersonGazetteer g = fixture("x_old\tJohn Smith\tJack Smith\t\tphoenix\n"
                        + "x_new\tJohn A. Smith\tJohn Smith|Jack Smith\tSmith\tcurated\n",
                "x_old\tGBR\tGOV\t\t19900101\t\n");
        assertEquals("x_new", g.byAlias("Jack Smith").orElseThrow().id());
        assertEquals("x_new", g.byAlias("John Smith").orElseThrow().id(), "curated before a Phoenix canonical name");
        assertEquals("x_old", g.byId("x_old").orElseThrow().id());
    }

    @Test
    void malformedTablesAreRejectedWithTheLine() {
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> PersonGazetteer.read(new StringReader("id\tname\n"), new StringReader("")));
        assertTrue(header.getMessage().contains("expected header"), header.getMessage());
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> fixture("a\tA B\t\t\tphoenix\n", "a\tSWE\tGOV\t\t2000-01-01\t\n"));
        assertTrue(date.getMessage().startsWith("person_roles line 2"), date.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> fixture("a\tA B\t\t\tphoenix\n", "b\tSWE\tGOV\t\t\t\n"));
        assertTrue(unknown.getMessage().contains("unknown person_id b"), unknown.getMessage());
    }

    @Test
    void survivesJavaSerialisationAsSparkBroadcastsIt() throws Exception {
        PersonGazetteer g = fixture("a_b\tAnna Berg\tAnna Maria Berg\tBerg\tcurated\n", "a_b\tSWE\tGOV\t\t20000101\t\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(g);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            PersonGazetteer copy = (PersonGazetteer) in.readObject();
            assertEquals("a_b", copy.byAlias("anna maria berg").orElseThrow().id());
            assertEquals(Optional.of("SWE"), copy.affiliation("a_b", LocalDate.of(2020, 1, 1)));
        }
    }

    @Test
    void anUnknownDateTakesTheLatestRoleAndIsNeverActive() {
        assertEquals(Optional.of("USA"), GAZ.affiliation("joe_biden", null));
        assertEquals(LocalDate.of(2021, 1, 20), GAZ.roleAt("joe_biden", null).orElseThrow().from());
        assertTrue(GAZ.activeAt("joe_biden", SEED_DATE));
        assertFalse(GAZ.activeAt("joe_biden", LocalDate.of(2026, 1, 1)));
        assertFalse(GAZ.activeAt("joe_biden", null));
        assertEquals(GAZ.size(), GAZ.persons().size());
    }
}
