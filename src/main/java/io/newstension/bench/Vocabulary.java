package io.newstension.bench;

import java.util.List;

/**
 * The fixed word lists the benchmark corpus is drawn from: countries with their demonyms and capitals, politicians
 * with their roles, unknown names, news outlets. Kept in code, not read from the gazetteers, so that the corpus of a
 * seed stays byte for byte the same when the gazetteers change.
 */
final class Vocabulary {
    private Vocabulary() {}

    /** A country as news names it: its usual name, an alternative ("U.S."), the demonym and the capital. */
    record Place(String name, String alias, String demonym, String capital) {}

    /** A person as news names them: full name, the surname used after the first mention, a title. */
    record Figure(String name, String surname, String title, int place) {}

    static final List<Place> PLACES = List.of(
            new Place("the United States", "the U.S.", "American", "Washington"),
            new Place("Russia", "Russia", "Russian", "Moscow"),
            new Place("China", "China", "Chinese", "Beijing"),
            new Place("Ukraine", "Ukraine", "Ukrainian", "Kyiv"),
            new Place("Britain", "the United Kingdom", "British", "London"),
            new Place("France", "France", "French", "Paris"),
            new Place("Germany", "Germany", "German", "Berlin"),
            new Place("Turkey", "Türkiye", "Turkish", "Ankara"),
            new Place("Iran", "Iran", "Iranian", "Tehran"),
            new Place("Israel", "Israel", "Israeli", "Jerusalem"),
            new Place("India", "India", "Indian", "New Delhi"),
            new Place("Pakistan", "Pakistan", "Pakistani", "Islamabad"),
            new Place("Japan", "Japan", "Japanese", "Tokyo"),
            new Place("South Korea", "South Korea", "South Korean", "Seoul"),
            new Place("North Korea", "North Korea", "North Korean", "Pyongyang"),
            new Place("Saudi Arabia", "Saudi Arabia", "Saudi", "Riyadh"),
            new Place("Egypt", "Egypt", "Egyptian", "Cairo"),
            new Place("Syria", "Syria", "Syrian", "Damascus"),
            new Place("Iraq", "Iraq", "Iraqi", "Baghdad"),
            new Place("Poland", "Poland", "Polish", "Warsaw"),
            new Place("Italy", "Italy", "Italian", "Rome"),
            new Place("Spain", "Spain", "Spanish", "Madrid"),
            new Place("Brazil", "Brazil", "Brazilian", "Brasília"),
            new Place("Mexico", "Mexico", "Mexican", "Mexico City"),
            new Place("Canada", "Canada", "Canadian", "Ottawa"),
            new Place("Australia", "Australia", "Australian", "Canberra"),
            new Place("South Africa", "South Africa", "South African", "Pretoria"),
            new Place("Nigeria", "Nigeria", "Nigerian", "Abuja"),
            new Place("Ethiopia", "Ethiopia", "Ethiopian", "Addis Ababa"),
            new Place("Venezuela", "Venezuela", "Venezuelan", "Caracas"),
            new Place("Belarus", "Belarus", "Belarusian", "Minsk"),
            new Place("Hungary", "Hungary", "Hungarian", "Budapest"),
            new Place("Taiwan", "Taiwan", "Taiwanese", "Taipei"),
            new Place("Afghanistan", "Afghanistan", "Afghan", "Kabul"),
            new Place("Qatar", "Qatar", "Qatari", "Doha"),
            new Place("Indonesia", "Indonesia", "Indonesian", "Jakarta"),
            new Place("Vietnam", "Vietnam", "Vietnamese", "Hanoi"),
            new Place("Switzerland", "Switzerland", "Swiss", "Bern"),
            new Place("Sweden", "Sweden", "Swedish", "Stockholm"),
            new Place("Finland", "Finland", "Finnish", "Helsinki"),
            new Place("Armenia", "Armenia", "Armenian", "Yerevan"),
            new Place("Azerbaijan", "Azerbaijan", "Azerbaijani", "Baku"),
            new Place("Georgia", "Georgia", "Georgian", "Tbilisi"),
            new Place("Kazakhstan", "Kazakhstan", "Kazakh", "Astana"),
            new Place("Argentina", "Argentina", "Argentine", "Buenos Aires"),
            new Place("Lebanon", "Lebanon", "Lebanese", "Beirut"),
            new Place("Jordan", "Jordan", "Jordanian", "Amman"),
            new Place("Greece", "Greece", "Greek", "Athens"));

    static final List<Figure> FIGURES = List.of(
            new Figure("Sergey Lavrov", "Lavrov", "Foreign Minister", 1),
            new Figure("Vladimir Putin", "Putin", "President", 1),
            new Figure("Dmitry Peskov", "Peskov", "Kremlin spokesman", 1),
            new Figure("Sergei Shoigu", "Shoigu", "Defence Minister", 1),
            new Figure("Maria Zakharova", "Zakharova", "Foreign Ministry spokeswoman", 1),
            new Figure("Antony Blinken", "Blinken", "Secretary of State", 0),
            new Figure("Joe Biden", "Biden", "President", 0),
            new Figure("Jake Sullivan", "Sullivan", "National Security Adviser", 0),
            new Figure("Lloyd Austin", "Austin", "Defense Secretary", 0),
            new Figure("Kamala Harris", "Harris", "Vice President", 0),
            new Figure("Xi Jinping", "Xi", "President", 2),
            new Figure("Wang Yi", "Wang", "Foreign Minister", 2),
            new Figure("Li Qiang", "Li", "Premier", 2),
            new Figure("Volodymyr Zelensky", "Zelensky", "President", 3),
            new Figure("Dmytro Kuleba", "Kuleba", "Foreign Minister", 3),
            new Figure("Boris Johnson", "Johnson", "Prime Minister", 4),
            new Figure("Liz Truss", "Truss", "Foreign Secretary", 4),
            new Figure("Rishi Sunak", "Sunak", "Prime Minister", 4),
            new Figure("Emmanuel Macron", "Macron", "President", 5),
            new Figure("Olaf Scholz", "Scholz", "Chancellor", 6),
            new Figure("Annalena Baerbock", "Baerbock", "Foreign Minister", 6),
            new Figure("Angela Merkel", "Merkel", "Chancellor", 6),
            new Figure("Recep Tayyip Erdoğan", "Erdoğan", "President", 7),
            new Figure("Ebrahim Raisi", "Raisi", "President", 8),
            new Figure("Hossein Amirabdollahian", "Amirabdollahian", "Foreign Minister", 8),
            new Figure("Benjamin Netanyahu", "Netanyahu", "Prime Minister", 9),
            new Figure("Naftali Bennett", "Bennett", "Prime Minister", 9),
            new Figure("Narendra Modi", "Modi", "Prime Minister", 10),
            new Figure("Shehbaz Sharif", "Sharif", "Prime Minister", 11),
            new Figure("Fumio Kishida", "Kishida", "Prime Minister", 12),
            new Figure("Yoon Suk Yeol", "Yoon", "President", 13),
            new Figure("Kim Jong Un", "Kim", "leader", 14),
            new Figure("Mohammed bin Salman", "bin Salman", "Crown Prince", 15),
            new Figure("Abdel Fattah al-Sisi", "Sisi", "President", 16),
            new Figure("Bashar al-Assad", "Assad", "President", 17),
            new Figure("Andrzej Duda", "Duda", "President", 19),
            new Figure("Mario Draghi", "Draghi", "Prime Minister", 20),
            new Figure("Giorgia Meloni", "Meloni", "Prime Minister", 20),
            new Figure("Pedro Sánchez", "Sánchez", "Prime Minister", 21),
            new Figure("Jair Bolsonaro", "Bolsonaro", "President", 22),
            new Figure("Justin Trudeau", "Trudeau", "Prime Minister", 24),
            new Figure("Anthony Albanese", "Albanese", "Prime Minister", 25),
            new Figure("Cyril Ramaphosa", "Ramaphosa", "President", 26),
            new Figure("Alexander Lukashenko", "Lukashenko", "President", 30),
            new Figure("Josep Borrell", "Borrell", "EU foreign policy chief", -1),
            new Figure("Jens Stoltenberg", "Stoltenberg", "NATO Secretary General", -1),
            new Figure("Ursula von der Leyen", "von der Leyen", "European Commission President", -1));

    /** First names of people nobody has heard of; none is a country's name ("Jordan", "Georgia" are left out). */
    static final List<String> FIRST_NAMES = List.of(
            "Anna", "Marek", "Elena", "Tomasz", "Sofia", "Daniel", "Aisha", "Hiroshi", "Laura", "Pavel", "Ines",
            "Kwame", "Nadia", "Oleg", "Grace", "Mateo", "Leila", "Johan", "Priya", "Arjun", "Chen", "Amara",
            "Viktor", "Clara", "Samir", "Ingrid", "Tariq", "Yuki", "Miguel", "Fatima", "Lars", "Irina", "Agnes",
            "Bruno", "Carmen", "Dario", "Edith", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Katya", "Leon", "Mira",
            "Nils", "Olga", "Pedro", "Rosa", "Stefan", "Tamar", "Ugo", "Vera", "Walter", "Xenia", "Yusuf", "Zofia",
            "Adel", "Bianca", "Cyrus", "Dina", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Karim", "Lina",
            "Milan", "Noor", "Omar", "Petra", "Rami", "Selma", "Timur", "Ulla", "Vilma", "Wiktor", "Yara", "Zeynep",
            "Aurel", "Beatriz", "Caspar", "Dagny", "Elif", "Florin", "Gustavo", "Helga", "Imran", "Jovana", "Kofi",
            "Lucia", "Mads", "Nikos", "Orla", "Piotr", "Rahel", "Sanjay", "Teodor", "Veronika", "Wanjiru", "Yasmin");

    /** Surnames of people nobody has heard of; invented or common, so no person gazetteer links them. */
    static final List<String> LAST_NAMES = List.of(
            "Kowalczyk", "Hartmann", "Petrenko", "Okafor", "Lindqvist", "Moreau", "Haddad", "Tanaka", "Novak",
            "Castellanos", "Brennan", "Mwangi", "Sokolova", "Richter", "Abadi", "Fernandes", "Vogel", "Kaczmarek",
            "Ndiaye", "Rossi", "Bergström", "Yilmaz", "Delacroix", "Kuznetsov", "Osei", "Whitfield", "Marchetti",
            "Szabo", "Aydin", "Holloway", "Varga", "Quintero", "Albrecht", "Barros", "Ciobanu", "Dalgaard",
            "Eriksen", "Fabbri", "Gashi", "Horvath", "Iliescu", "Jankowski", "Karlsson", "Lemaire", "Mendes",
            "Nyberg", "Oduya", "Pellegrini", "Radu", "Salvesen", "Toivonen", "Urquhart", "Valente", "Wozniak",
            "Zielinski", "Achterberg", "Bakalov", "Coutinho", "Draganov", "Esposito", "Ferrante", "Grabowski",
            "Hakimi", "Ivanenko", "Jaramillo", "Kamau", "Lazarescu", "Markovic", "Nakamura", "Ortega", "Petrovic",
            "Rahmani", "Stavros", "Tkachenko", "Uysal", "Vasquez", "Wellington", "Yamada", "Zaragoza", "Adeyemi",
            "Borisenko", "Christakis", "Dimitrov", "Engstrand", "Fontaine", "Grigorescu", "Halvorsen", "Ionescu",
            "Jovanovic", "Kirilenko", "Lundgren", "Moretti", "Nwachukwu", "Oyelaran", "Pavlenko", "Rautio",
            "Sandoval", "Terzic", "Valdivia", "Wexford", "Zamfir", "Brodsky", "Castellano");

    static final List<String> INSTITUTES = List.of(
            "the Carnegie Endowment", "Chatham House", "the Brookings Institution", "the Centre for Eastern Studies",
            "the Institute for Strategic Studies", "the International Crisis Group", "the Peterson Institute",
            "a Geneva-based think tank", "a university in Warsaw", "the Atlantic Council");

    static final List<String> OUTLETS = List.of(
            "dailyworldwire.example", "globalherald.example", "continental-news.example", "theobserverpost.example",
            "eastwestreport.example", "metrogazette.example", "newsdesk24.example", "capitalchronicle.example",
            "thefrontierdaily.example", "worldaffairs.example", "marketsandmoney.example", "sportsline.example");

    static final List<String> ORGANISATIONS = List.of(
            "the United Nations", "NATO", "the European Union", "the G7", "the G20", "the World Bank",
            "the International Monetary Fund", "the African Union", "ASEAN", "the Security Council", "OPEC",
            "the World Health Organization");

    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    static final List<String> SPORTS_EVENTS = List.of("the World Cup qualifier", "the European Championship",
            "the Davis Cup tie", "the rugby test match", "the Olympic qualifying round", "the friendly match");

    static final List<String> WEATHER = List.of("heavy rain", "a heatwave", "flash floods", "snowstorms",
            "strong winds", "a prolonged drought", "wildfires", "a tropical storm");
}
