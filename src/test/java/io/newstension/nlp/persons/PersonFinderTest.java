package io.newstension.nlp.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.nlp.Candidate;
import io.newstension.nlp.Mention;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
    private static final PersonFinder FINDER = PersonFinder.bundled();
    private static final LocalDate DATE = LocalDate.of(2025, 3, 1);

    private static List<Mention> find(String text) {
        return find(FINDER, text, DATE, List.of());
    }

    private static List<Mention> find(PersonFinder finder, String text, LocalDate date, List<Candidate> external) {
        List<Mention> found = finder.find(text, Articles.sentences(text), Articles.countries(text), date, external);
        for (Mention m : found) {
            assertEquals(m.surface(), text.substring(m.begin(), m.end()), "offsets of " + m);
            assertEquals(Mention.PERSON, m.entityType());
        }
        return found;
    }

    private static Mention at(List<Mention> found, String surface) {
        return found.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + found));
    }

    private static Set<String> ids(List<Mention> found) {
        TreeSet<String> ids = new TreeSet<>();
        found.forEach(m -> ids.add(m.entityId()));
        return ids;
    }

    @Test
    void titleCuesFindPeopleNoDictionaryKnows() {
        List<Mention> found = find("Secretary of State Jane Doerfler met Foreign Minister Pavel Kowalczyk in Warsaw. "
                + "Kowalczyk said the talks went well. Mr. Doerfler agreed.");
        Mention jane = at(found, "Jane Doerfler");
        assertEquals("new:jane_doerfler", jane.entityId());
        assertEquals(PersonFinder.TITLE_CUE, jane.method());
        assertEquals("new:pavel_kowalczyk", at(found, "Pavel Kowalczyk").entityId());
        assertEquals("new:pavel_kowalczyk", at(found, "Kowalczyk").entityId());
        assertEquals(PersonFinder.COREF, at(found, "Kowalczyk").method());
        assertEquals("new:jane_doerfler", at(found, "Doerfler").entityId(), "Mr. Doerfler");
        assertEquals(4, found.size(), found.toString());
    }

    @Test
    void roleContextGivesNewPeopleTheirCountry() {
        assertEquals("RUS", at(find("Kremlin opponent Ilya Yashkin was detained."), "Ilya Yashkin").affiliation());
        assertEquals("RUS", at(find("Russian Foreign Minister Ivan Petrenko flew home."), "Ivan Petrenko").affiliation());
        assertEquals("USA", at(find("US Secretary of State Jane Doerfler flew home."), "Jane Doerfler").affiliation());
        assertEquals("RUS", at(find("He met the chief Russian diplomat, Ivan Petrenko."), "Ivan Petrenko").affiliation());
        List<Mention> apposition = find("Ivan Petrenko, Russia's foreign minister, said on Monday that the United "
                + "States was to blame. Petrenko added more.");
        assertEquals(PersonFinder.TITLE_CUE, at(apposition, "Ivan Petrenko").method());
        assertEquals("RUS", at(apposition, "Ivan Petrenko").affiliation());
        assertEquals("RUS", at(apposition, "Petrenko").affiliation(), "the entity's country on every mention");
        assertNull(at(find("Foreign Minister Ivan Petrenko flew home."), "Ivan Petrenko").affiliation());
    }

    @Test
    void theObjectOfAPrepositionOrTheSubjectOfAReportedClauseIsNoSpeaker() {
        assertEquals(Set.of("new:chris_wright"), ids(find("Chris Wright, the chief officer of Orlavia Systems said the "
                + "board was told. The Center for Biological Diversity said the plan was bad.")));
        assertEquals(Set.of(), ids(find("A spokesman said Orlavia Systems had informed the board.")));
        assertEquals(PersonFinder.SPEECH_VERB, at(find("\"We will see,\" said Orwin Kastell on Tuesday."),
                "Orwin Kastell").method());
    }

    @Test
    void aNameAfterTheKindOfAnOrganisationIsTheOrganisation() {
        assertEquals(Set.of("new:eddie_varga"), ids(find("On Tuesday, software company Orlavia Systems announced "
                + "plans. Eddie Varga, guitarist of the rock band Varga Brothers, died.")));
    }

    @Test
    void teamsAndNewsDesksAreNoPersons() {
        assertEquals(Set.of(), ids(find("Aston Villa beat the Wallabies Sione. The York Commodities Desk said prices fell.")));
    }

    @Test
    void theParticlesOfANameJoinALaterSurname() {
        List<Mention> found = find("Mayor Bill de Blasio said no. Later de Blasio agreed.");
        assertEquals(List.of("Bill de Blasio", "de Blasio"), found.stream().map(Mention::surface).toList());
    }

    @Test
    void aFullNameNamedAgainIsOneMention() {
        List<Mention> found = find("\"We will see,\" said Orwin Kastell. Critics of Orwin Kastell disagreed.");
        assertEquals(List.of("Orwin Kastell", "Orwin Kastell"), found.stream().map(Mention::surface).toList());
        assertEquals(PersonFinder.COREF, found.get(1).method());
        assertEquals(Set.of("new:orwin_kastell"), ids(found));
    }

    @Test
    void speechVerbsAndGivenNamesFindPeople() {
        List<Mention> found = find("According to Zoltan Kovacsik the deal is done. \"We will see,\" said Tomas "
                + "Berglundh. Berglundh told reporters. Maria Shevchukova arrived in Kyiv on Monday.");
        assertEquals(PersonFinder.SPEECH_VERB, at(found, "Zoltan Kovacsik").method());
        assertEquals(PersonFinder.SPEECH_VERB, at(found, "Tomas Berglundh").method());
        assertEquals(PersonFinder.COREF, at(found, "Berglundh").method());
        assertEquals(PersonFinder.NAME_PATTERN, at(found, "Maria Shevchukova").method());
        assertEquals(Set.of("new:zoltan_kovacsik", "new:tomas_berglundh", "new:maria_shevchukova"), ids(found));
    }

    @Test
    void placesOrganisationsTitlesAndDatesAreNotPersons() {
        String text = "Prime Minister said nothing. The White House said on Monday that New York would host the "
                + "United Nations. Manchester United said Real Madrid beat Chicago Bulls. The United States and "
                + "Human Rights Watch said so. Nord Stream 2 is a pipeline in the Baltic Sea. Complete News World\n\n"
                + "Open the boxClose the box. Foreign Ministers' Meeting in Reykjavik. Brown said the talks failed. "
                + "Young people protested in Washington on Tuesday, May 20.";
        assertEquals(List.of(), find(text));
    }

    @Test
    void aWordOpeningItsSentenceBeforeARoleIsNoPersonUnlessNamedInFullElsewhere() {
        String text = "Citizens do not elect the head of government directly. Officially, the monarch may prorogue "
                + "Parliament. Rather, the official leader of the largest party is appointed. Namely, President "
                + "Erdogan said on Wednesday that he would go.";
        assertEquals(Set.of("recep_tayyip_erdogan"), ids(find(text)));
        List<Mention> named = find("Lavrov, the Russian foreign minister, said no. Sergei Lavrov spoke later.");
        assertEquals("sergey_lavrov", at(named, "Lavrov").entityId());
    }

    @Test
    void surnamesAndTitleReferencesResolveToTheFullName() {
        List<Mention> found = find("Lavrov arrived first. Russian Foreign Minister Sergei Lavrov met Chinese "
                + "counterpart Wang Yi. Mr. Lavrov said so. Wang agreed.");
        assertEquals(List.of("sergey_lavrov", "sergey_lavrov", "wang_yi", "sergey_lavrov", "wang_yi"),
                found.stream().map(Mention::entityId).toList());
        assertEquals(PersonFinder.COREF, found.get(0).method());
        assertEquals("Sergey Lavrov", found.get(0).entityName());
        assertEquals("RUS", found.get(0).affiliation());
        assertEquals("CHN", at(found, "Wang").affiliation());
    }

    @Test
    void misspellingsJoinTheNearbyNameButDifferentPeopleStayApart() {
        List<Mention> found = find("Antony Blinken arrived. Blinkin said the US would help. Hunter Biden met Joe "
                + "Biden. Later Biden spoke. Yelena Lavrova said Sergey Lavrov was late. Pavel Kowalczyk said no, "
                + "and Kowalczik left.");
        assertEquals("antony_blinken", at(found, "Blinkin").entityId());
        assertEquals(PersonFinder.COREF, at(found, "Blinkin").method());
        assertEquals("new:hunter_biden", at(found, "Hunter Biden").entityId());
        assertEquals("joe_biden", at(found, "Biden").entityId(), "the nearest Biden named in full");
        assertNotEquals("sergey_lavrov", at(found, "Yelena Lavrova").entityId());
        assertEquals("new:pavel_kowalczyk", at(found, "Kowalczik").entityId());
    }

    @Test
    void misspeltFullNameFindsTheGazetteerPersonItResembles() throws IOException {
        PersonGazetteer gazetteer = PersonGazetteer.read(new StringReader(
                "person_id\tname\taliases\tsurnames\tsource\n"
                        + "antony_blinken\tAntony Blinken\tTony Blinken\tBlinken\tcurated\n"
                        + "kim_jong_un\tKim Jong Un\t\tKim\tcurated\n"
                        + "kim_jong_il\tKim Jong Il\t\tKim\tcurated\n"),
                new StringReader("person_id\tcountry\trole\ttitle\tfrom\tto\n"
                        + "antony_blinken\tUSA\tGOV\tSecretary of State\t20210126\t20250120\n"
                        + "kim_jong_un\tPRK\tGOV\tSupreme Leader\t20111217\t\n"
                        + "kim_jong_il\tPRK\tGOV\tSupreme Leader\t19941008\t20111217\n"));
        PersonFinder finder = PersonFinder.over(gazetteer);
        List<Mention> found = find(finder, "US Secretary of State Anthony Blinkin met Kim Jong Un, son of Kim Jong Il.",
                LocalDate.of(2021, 5, 20), List.of());
        Mention blinkin = at(found, "Anthony Blinkin");
        assertEquals("antony_blinken", blinkin.entityId());
        assertEquals(PersonFinder.GAZETTEER_FUZZY, blinkin.method());
        assertEquals("USA", blinkin.affiliation());
        assertEquals(List.of("kim_jong_un", "kim_jong_il"), found.subList(1, 3).stream().map(Mention::entityId).toList());
    }

    @Test
    void aLoneSurnameNeedsOneCandidateAndATitleOrItsCountry() {
        Mention titled = at(find("President Macron spoke on Monday."), "Macron");
        assertEquals("emmanuel_macron", titled.entityId());
        assertEquals(PersonFinder.GAZETTEER_SURNAME, titled.method());
        assertEquals("FRA", titled.affiliation());
        assertEquals("emmanuel_macron", at(find("Talks in Paris: Macron said France would act."), "Macron").entityId());
        assertEquals(List.of(), find("The talks went on, Macron said."), "no title, no country");
        assertEquals(List.of(), find("Kim said the talks in Korea failed."), "several persons are called Kim");
        assertEquals("antony_blinken", at(find("Secretary Blinkin met officials in Kyiv."), "Blinkin").entityId(),
                "a misspelt surname after a title");
        assertEquals(List.of(), find("A car bomb hit a base in Maidan Shahr in Afghanistan's Wardak province."),
                "a word that only resembles a surname (Sharq) needs a title");
    }

    @Test
    void unicodeNamesAndScriptsAreHandled() {
        List<Mention> found = find("👍 Erdoğan met Zelenskyy’s envoy. Recep Tayyip Erdoğan said Turkey would "
                + "mediate. Сергей Лавров прибыл в Анкару. 習近平在北京. Volodymyr Zelenskyy thanked him.");
        assertEquals("recep_tayyip_erdogan", at(found, "Erdoğan").entityId());
        assertEquals("volodymyr_zelensky", at(found, "Zelenskyy").entityId(), "curly possessive split off");
        assertEquals("TUR", at(found, "Recep Tayyip Erdoğan").affiliation());
        assertEquals(Set.of("recep_tayyip_erdogan", "volodymyr_zelensky"), ids(found));
        assertEquals("new:jose_garcia_lopez", at(find("Foreign Minister José García-López left."), "José García-López").entityId());
    }

    @Test
    void externalModelChunksAreLinkedOrKeptAsNewPersons() {
        String text = "Olena Shevchuk met sergey lavrov in Kyiv. Shevchuk left.";
        List<Candidate> per = List.of(new Candidate(0, 14, 0, "ner_dl"), new Candidate(19, 32, 0, "ner_dl"),
                new Candidate(42, 50, 1, "ner_dl"));
        List<Mention> found = find(FINDER, text, DATE, per);
        assertEquals("new:olena_shevchuk", at(found, "Olena Shevchuk").entityId());
        assertEquals("ner_dl", at(found, "Olena Shevchuk").method());
        assertEquals("new:olena_shevchuk", at(found, "Shevchuk").entityId());
        assertEquals(2, found.size(), "lower-case 'sergey lavrov' is no name-shaped chunk: " + found);
    }

    @Test
    void aModelChunkEndsAtAWordThatCannotBeInAName() {
        // A score line: "Tavake b Vaitupu" is two players; an initial and a particle stay inside a name.
        String text = "Tavake Olo b Vaitupu Sione 12. Robert F. Okafor met Shane van Gisbergen.";
        List<Candidate> per = List.of(new Candidate(0, 26, 0, "ner_dl"), new Candidate(31, 47, 1, "ner_dl"),
                new Candidate(52, 71, 1, "ner_dl"));
        List<String> surfaces = find(FINDER, text, DATE, per).stream().map(Mention::surface).toList();
        assertEquals(List.of("Tavake Olo", "Vaitupu Sione", "Robert F. Okafor", "Shane van Gisbergen"), surfaces);
    }

    @Test
    void aModelChunkEndsAtALineBreakGoesOnAfterAnInitialAndLeavesItsTitleOut() {
        String twice = "Adam Okafor\n\nAdam Okafor met aid workers.";
        assertEquals(List.of("Adam Okafor", "Adam Okafor"), find(FINDER, twice, DATE,
                List.of(new Candidate(0, 24, 0, "ner_dl"))).stream().map(Mention::surface).toList());
        // The model stops at the initial's period: "Pedro R" and "Vaitupu Urrutia" are one name.
        String initial = "Pedro R. Vaitupu Urrutia met aid workers. C.L. Gammon left. Then Pedro R. Vaitupu Urrutia spoke.";
        List<Mention> found = find(FINDER, initial, DATE, List.of(new Candidate(0, 7, 0, "ner_dl"),
                new Candidate(9, 24, 0, "ner_dl"), new Candidate(42, 45, 1, "ner_dl"), new Candidate(74, 89, 2, "ner_dl")));
        assertEquals(List.of("Pedro R. Vaitupu Urrutia", "C.L. Gammon", "Pedro R. Vaitupu Urrutia"),
                found.stream().map(Mention::surface).toList());
        String titled = "Assemblywoman Selena Okafor and Swami Vaitupu voted no.";
        List<Mention> people = find(FINDER, titled, DATE, List.of(new Candidate(0, 27, 0, "ner_dl"),
                new Candidate(32, 45, 0, "ner_dl")));
        assertEquals(List.of("Selena Okafor", "Vaitupu"), people.stream().map(Mention::surface).toList());
        assertEquals("new:vaitupu", at(people, "Vaitupu").entityId());
        String nickname = "Matiu \"Matt\" Ratana died.";
        assertEquals(List.of(nickname.substring(0, 19)), find(FINDER, nickname, DATE,
                List.of(new Candidate(0, 19, 0, "ner_dl"))).stream().map(Mention::surface).toList(),
                "only a line break cuts a chunk");
    }

    @Test
    void aHyphenatedSurnameAloneIsTheFullNamesSurname() {
        String text = "Iranian official Seyed Mohammad Mir-Vaitupu died. Mir-Vaitupu was 71. Abu Mahdi al-Okafor was "
                + "killed too. al-Okafor led a militia.";
        List<Mention> found = find(FINDER, text, DATE, List.of(new Candidate(17, 43, 0, "ner_dl"),
                new Candidate(70, 89, 2, "ner_dl")));
        assertEquals(List.of("Seyed Mohammad Mir-Vaitupu", "Mir-Vaitupu", "Abu Mahdi al-Okafor", "al-Okafor"),
                found.stream().map(Mention::surface).toList());
        assertEquals(at(found, "Seyed Mohammad Mir-Vaitupu").entityId(), at(found, "Mir-Vaitupu").entityId());
        assertEquals(at(found, "Abu Mahdi al-Okafor").entityId(), at(found, "al-Okafor").entityId());
    }

    @Test
    void generationalSuffixesAndRegnalNumbersBelongToTheName() {
        List<Mention> queen = find("Queen Elizabeth II opened the session. Elizabeth II thanked the members.");
        assertEquals(List.of("Elizabeth II", "Elizabeth II"), queen.stream().map(Mention::surface).toList());
        assertEquals(1, ids(queen).size(), queen.toString());
        assertTrue(ids(queen).iterator().next().contains("elizabeth_ii"), queen.toString());
        List<Mention> junior = find("Senator Tavake Vaitupu Jr. said the bill failed. Robert Okafor, Sr. agreed. "
                + "Vaitupu left.");
        assertEquals(List.of("Tavake Vaitupu Jr.", "Robert Okafor, Sr.", "Vaitupu"),
                junior.stream().map(Mention::surface).toList());
        assertEquals(at(junior, "Tavake Vaitupu Jr.").entityId(), at(junior, "Vaitupu").entityId(),
                "the surname is the word before the suffix");
        assertEquals(List.of(), find("World War II ended in 1945. Phase III trials began."));
    }

    @Test
    void aFullNameTheModelFoundOnceIsFoundAgainWhereTheModelDidNotRead() {
        // The gate sends a name's words to the model once per article; the later sentences are not tagged.
        String text = "Tavake Vaitupu met aid workers. Tavake Vaitupu left Apia. Vaitupu returned.";
        List<Mention> found = find(FINDER, text, DATE, List.of(new Candidate(0, 14, 0, "ner_dl")));
        assertEquals(List.of("Tavake Vaitupu", "Tavake Vaitupu", "Vaitupu"), found.stream().map(Mention::surface).toList());
        assertEquals(Set.of("new:tavake_vaitupu"), ids(found));
        assertEquals(List.of("ner_dl", "coref", "coref"), found.stream().map(Mention::method).toList());
        assertEquals(List.of(), find(FINDER, text, DATE, List.of()), "without the model nothing marks her as a person");
        String lastWords = "Shane van Gisbergen of Triple Eight wins. Van Gisbergen is the first.";
        List<Mention> again = find(FINDER, lastWords, DATE, List.of(new Candidate(0, 19, 0, "ner_dl")));
        assertEquals(List.of("Shane van Gisbergen", "Van Gisbergen"), again.stream().map(Mention::surface).toList());
        assertEquals(Set.of("new:shane_van_gisbergen"), ids(again));
    }

    @Test
    void romanisedKoreanAndChineseGivenNamesAreNames() {
        List<Mention> found = find("North Korean leader Kim Jong-un met Secretary-General Ban Ki-moon. "
                + "President Tsai Ing-wen and Lee Myung-bak spoke.");
        assertEquals(List.of("kim_jong_un", "ban_ki_moon", "tsai_ing_wen", "lee_myung_bak"),
                found.stream().map(Mention::entityId).toList());
        assertEquals("new:park_won_soon", at(find("Seoul Mayor Park Won-soon was found dead."), "Park Won-soon").entityId(),
                "a surname that is also a place word");
        assertEquals(Set.of("new:park_won_soon"), ids(find("Park Won-soon, the mayor of Seoul, was found dead.")),
                "a surname opening the sentence");
        assertEquals(List.of(), find("A Two-day summit opened. The Anti-war rally grew. Year-end talks failed."),
                "English compounds are not given names");
    }

    @Test
    void aLoneModelWordIsAPersonOnlyAfterATitle() {
        String text = "Namely the Brexit vote. Minister Okafor agreed.";
        List<Candidate> per = List.of(new Candidate(0, 6, 0, "ner_dl"), new Candidate(11, 17, 0, "ner_dl"),
                new Candidate(33, 39, 1, "ner_dl"));
        List<Mention> found = find(FINDER, text, DATE, per);
        assertEquals(List.of("Okafor"), found.stream().map(Mention::surface).toList(),
                "'Namely' and 'Brexit' are model mistakes; a titled surname is a person");
    }

    @Test
    void aLoneModelWordThatSpeaksIsAPerson() {
        String text = "Okafor said the vote was lost. Brexit followed.";
        List<Candidate> per = List.of(new Candidate(0, 6, 0, "ner_dl"), new Candidate(31, 37, 1, "ner_dl"));
        List<Mention> found = find(FINDER, text, DATE, per);
        assertEquals(List.of("Okafor"), found.stream().map(Mention::surface).toList());
        assertEquals(List.of(), find(FINDER, text, DATE, List.of()), "a verb of saying alone does not make a lone word a person");
    }

    @Test
    void anUnknownDateTakesTheLatestRole() {
        assertEquals("USA", at(find(FINDER, "Joe Biden spoke.", null, List.of()), "Joe Biden").affiliation());
    }

    @Test
    void serialisesWithoutTheGazetteerAndWorksAfterwards() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(FINDER);
        }
        assertTrue(bytes.size() < 1_000, "serialised size " + bytes.size());
        PersonFinder copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (PersonFinder) in.readObject();
        }
        assertEquals("sergey_lavrov", at(find(copy, "Sergey Lavrov spoke.", DATE, List.of()), "Sergey Lavrov").entityId());
    }

    @Test
    void matcherPhrasesAreFullNamesOnly() {
        Set<String> phrases = FINDER.matcherPhrases();
        assertTrue(phrases.contains("Antony Blinken"));
        assertFalse(phrases.stream().anyMatch(p -> !p.contains(" ")));
    }

    @Test
    void emptyTextGivesNothing() {
        assertEquals(List.of(), FINDER.find("", List.of(), List.of(), DATE, List.of()));
    }
}
