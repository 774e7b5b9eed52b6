package io.newstension.bench;

import java.util.List;
import java.util.Set;

/**
 * The sentence grammar of the benchmark corpus: per topic a headline rule ({@code diplomacy_title}), a lead rule
 * ({@code diplomacy_lead}) and body sentences ({@code diplomacy}); a {@code leader} sentence naming a politician;
 * shared {@code background} sentences (context, figures, history), {@code plain} ones that name nobody, and
 * {@code quote}s; phrases built from them and from {@link Lexicon}'s word lists. Fixed text is kept short between
 * slots and given synonyms, so that most runs of three words hold a word drawn from a large list.
 *
 * <p>Entity slots, filled per article: {A} {B} {C} countries, {a} {b} {c} their demonyms, {KA} {KB} {KC} their
 * capitals, {P} {Q} politicians (title and full name first, surname after), {N} an unknown person (name and role
 * with a closing comma at first, surname after), {NE} the same at the end of a clause (no closing comma), {NN} an
 * unknown person by name only, {T} {U} the article's towns, {O} an international organisation, {I} a think tank,
 * {DAY}, {YEAR} (1991-2019), {NUM} (2-49), {BIG} (a count in the thousands), {PCT} (a percentage), {EVENT} a
 * sports event, {WEATHER}, {an} "a" or "an" as the next word needs.
 */
final class Templates {
    private Templates() {}

    /** One kind of article: its rules are {@code name_title}, {@code name_lead} and {@code name}. */
    record Topic(String name, int weight) {}

    static final List<Topic> TOPICS = List.of(new Topic("diplomacy", 30), new Topic("sanctions", 15),
            new Topic("military", 20), new Topic("economy", 15), new Topic("sports", 10), new Topic("weather", 10));

    static final Set<String> ENTITY_SLOTS = Set.of("A", "B", "C", "a", "b", "c", "KA", "KB", "KC", "P", "Q", "N", "NE",
            "NN", "T", "U", "O", "I", "DAY", "YEAR", "NUM", "BIG", "PCT", "EVENT", "WEATHER", "an");

    static final Grammar GRAMMAR = build();

    private static Grammar build() {
        Grammar g = new Grammar();
        Lexicon.addTo(g);
        phrases(g);
        diplomacy(g);
        sanctions(g);
        military(g);
        economy(g);
        sports(g);
        weather(g);
        background(g);
        return g.checked(ENTITY_SLOTS);
    }

    private static void phrases(Grammar g) {
        g.rule("time", "on {DAY}", "on {DAY}", "late on {DAY}", "on {DAY} {daypart}", "earlier this week", "this week",
                "last week", "in early {month}", "in late {month}", "on {DAY} after {np} in {T}", "over the weekend",
                "on {DAY}, {numword} days after {np}", "last month", "at the weekend", "overnight");
        g.words("daypart", "morning afternoon evening night");
        g.rule("opttime", "", "", " {time}", " {time}");
        g.rule("np", "the {adj} {noun}", "{an} {adj} {noun}", "{adj} {nouns}", "the {noun} on {com}",
                "{an} {adj} {sector} {noun}", "the {sector} {noun}", "{nouns} for {groups}", "the {adj} {nouns}",
                "the {noun} of {adj} {nouns}", "{an} {noun} over {com} {nouns}", "the {noun} in {T}",
                "{adj} {sector} {nouns}", "{sector} {nouns}", "{com} {nouns}", "{nouns} and {nouns}", "the {a} {noun}",
                "the {noun} of {groups}", "{groups}' {nouns}", "{adj} {nouns} and {adj} {nouns}");
        g.rule("npshort", "the {adj} {noun}", "{adj} {nouns}", "{com} {nouns}", "the {sector} {noun}",
                "{sector} {nouns}", "{nouns} in {T}");
        g.rule("org", "the {bodyadj} {bodysector} {body}", "the {bodyadj} {bodysector} {body}",
                "the {bodysector} {body} of {A}", "{O}", "the {a} {bodysector} {body}");
        g.rule("institute", "the {bodyadj} Institute of {fieldcap}", "the University of {T}", "{U} University",
                "the {bodyadj} Centre for {fieldcap}", "{I}", "the {bodyadj} {fieldcap} Forum");
        g.words("fieldcap", """
                Economics Security Strategy Diplomacy Energy History Trade Law Development Migration Defence
                Politics Geography Finance Resources
                """);
        g.rule("role", "an analyst at {institute}", "an economist at {institute}", "a senior researcher at {institute}",
                "a professor of {field} at {institute}", "a former {a} diplomat", "a resident of {T}",
                "{an} {sector} executive in {KA}", "{an} {group} from {T}", "the mayor of {U}", "{an} {adj} lawmaker from {T}",
                "a spokeswoman for {org}", "a spokesman for {org}", "head of {org}", "a lecturer in {field} at {institute}",
                "who chairs {org}", "{an} {bodyadj} Party lawmaker", "a retired {a} general",
                "{an} {sector} analyst at {institute}", "deputy head of {org}");
        g.rule("spk", "{P}", "{Q}", "{P}", "{N}", "{N}", "officials in {KA}", "a spokesperson for the {ministry}",
                "state media", "diplomats in {KC}", "a senior official", "{org}", "[one|{an}] {adj} {group}",
                "the {b} {ministry}", "{numword} officials", "a [government|ministry|party] source", "[one|an] {adj} {group}",
                "[{an}|one] {group} [who gave only a first name|who declined to be named|in the crowd]");
        g.rule("source", "state media", "the {ministry}", "{org}", "officials in {KA}", "{institute}",
                "people familiar with the {noun}", "[the statistics office|the census bureau|statisticians]",
                "local authorities", "the {c} news agency", "a report by {institute}", "documents seen by reporters",
                "{adj} [officials|sources|diplomats|lawmakers]", "the [ministry|regulator|central bank|cabinet office]");
        g.rule("attrib", "", "", ", {source} {say}", ", {spk} {say}", ", according to {source}");
        g.rule("over", "over", "over", "for", "because of", "after", "following", "in a row over");
        g.rule("amount", "{NUM} million {currency}", "{NUM} billion {currency}", "{BIG} {currency}",
                "{NUM}.{NUM} billion {currency}");
        g.words("currency", "dollars euros dollars dollars euros");
        g.rule("qclause", "we will [not|never] {vdo} {np} [under pressure from|to please|because of] {B}",
                "{A} has {adv} {vcoop_en} every {adj} {noun}", "[this is|it is|that was|this will be] {an} {adj} {noun} for {A}",
                "nobody [in {KA}|here|in this {noun}] wants {an} {adj} {noun}", "the {nouns} of {groups} [must come first|matter most|cannot wait]",
                "[there can be no|there will be no|we will accept no|nobody wants {an}] {noun} without {adj} {nouns}", "{B} must {vdo} the {adj} {noun} {qwhen}",
                "our {nouns} are {adv} {adj}, and {B} knows it", "we have {adv} {vdo_en} {np}",
                "{b} {nouns} are {adj} and {adj}", "this {noun} is {adj} for {groups} in {T}",
                "nobody {vconflict_ed} {A} without [paying for it|a price|consequences]", "we are [ready|prepared|willing] to {vdo} {np} [with|alongside] {B}",
                "the {noun} was {adj}, the {nouns} were {adj}", "{groups} in {U} deserve {an} {adj} {noun}",
                "it is {adj} to {vdo} {np} while {b} {nouns} {verbnow} {np}",
                "{A} will {vcoop} any {noun} that would {vdo} {np}", "the {adj} {noun} [changes nothing for|does nothing for|means little to] {A}");
        g.words("qwhen", "now immediately today unconditionally first");
        g.words("verbnow", "threaten target block undermine ignore shell");
        g.rule("quote", "“{qclause},” {spk} {say}.", "“{qclause},” {N} {say}.", "“{qclause},” said {NE}.",
                "“{qclause}. {qclause2},” {spk} {say}{opttime}.", "“{qclause},” {spk} {say} in {T}.",
                "{spk} {say} that {A} would {vdo} {np}{opttime}: “{qclause2}.”");
        g.rule("qclause2", "We will {vdo} {np}", "This is {an} {adj} day", "{A} has {adv} {vdo_en} {np}",
                "Nobody in {KA} will {vcoop} {np}", "It is {adj} and {adj}", "The {nouns} [speak for themselves|tell the story|are {adj}]",
                "We {vcoop} {b} {nouns}", "Our {nouns} are {adj}");
        g.rule("townkind", "town", "city", "port city", "market town", "border town", "industrial city", "village",
                "provincial capital", "mining town", "river port");
        g.rule("where", "near {T}", "in {T}", "around {U}", "outside {T}", "on the outskirts of {T}",
                "north of {U}", "south of {T}", "along the border with {B}", "in the {adj} {region} of {A}");
        g.words("region", "north south east west border region coastal region interior highlands");
    }

    private static void diplomacy(Grammar g) {
        g.rule("diplomacy_title", "{P} and {Q} hold talks on {npshort}", "{A} and {B} agree to {vdo} {npshort}",
                "{a} and {b} ministers meet in {KA} amid {adj} ties", "{A} says talks with {B} were “{adj} but {adj}”",
                "Diplomats from {A} and {B} {vdo} {npshort}", "{C} offers to mediate between {A} and {B}",
                "{A} recalls envoy from {KB} over {npshort}");
        g.rule("diplomacy_lead", "{P} met {Q} in {KA} {time} for {adj} talks on {np} and {np}{attrib}.",
                "{A} and {B} agreed {time} to {vdo} {np} after {numword} days of {adj} talks in {KC}{attrib}.",
                "The foreign ministers of {A} and {B} {adv} {vdo_ed} {np} at talks in {KA} {time}, {NE} {say}.");
        g.rule("diplomacy", "{P} met {Q} in {KA}{opttime} to discuss {np} and {np}.",
                "{P} said {A} was [ready|willing|prepared] to [cooperate|work] with {B} on {np} if {KB} {vdo_ed} {np}.",
                "{Q} [told reporters|said|insisted|made clear] that {B} would [not accept|reject|never tolerate] {adj} {nouns} from {A}.",
                "Both sides agreed to {vdo} {np} and to [meet again|reconvene|hold more talks] [before|ahead of|after] {np} of {O}.",
                "{A} and {B} also discussed {np} in {C}, where {BIG} {groups} have {adv} {vdo_en} {np}.",
                "Officials in {KB} accused {A} of [using the talks|exploiting the meeting|hiding behind the talks] to {vdo} {np}.",
                "{P} {adv} welcomed {c} mediation on {np}, [calling it|describing it as|hailing it as] {an} {adj} [step|move|gesture].",
                "{A} [recalled its ambassador|withdrew its envoy|called home its ambassador] from {KB}{opttime} [in protest at|over|after] {np}.",
                "{a} and {b} negotiators {adv} {vdo_ed} {np} during {numword} hours of talks in {U}.",
                "{Q} [praised|hailed|welcomed] the {adj} partnership with {A} and invited {P} to {KB} in {month}.",
                "The {a} delegation [pressed for|demanded|sought] [guarantees|assurances|commitments] on {np}, {source} {say}.",
                "{P} [rejected the accusations|dismissed the claims|denied the allegations] as {adj} and urged {B} to [return to talks on|reconsider|resume work on] {np}.",
                "[A joint statement issued in|A communique released in|A declaration agreed in] {KA} pledged {adj} cooperation on {sector}, {sector} and {com}.",
                "{C} has [offered|proposed|volunteered] to host [the next round of|further|a new round of|{adj}] talks between {A} and {B} on {np}.",
                "{A} and {B} signed {an} {adj} {noun} on {sector} cooperation{opttime}{attrib}.");
    }

    private static void sanctions(Grammar g) {
        g.rule("sanctions_title", "{A} imposes {adj} sanctions on {b} {nouns}", "{B} vows retaliation after {a} sanctions",
                "{O} weighs {adj} sanctions against {B}", "{A} sanctions {b} {sector} firms over {npshort}");
        g.rule("sanctions_lead", "{A} {time} announced sanctions against {NUM} {b} officials and {adj} {sector} {nouns}{attrib}.",
                "{A} imposed {adj} sanctions on {b} {sector} {nouns} {time} {over} {np}, {spk} {say}.");
        g.rule("sanctions", "The measures freeze assets of {b} {nouns} and bar {a} {nouns} from {vdo_ing} {np}.",
                "{Q} condemned the sanctions as {an} {adj} {noun} and said {B} would {vdo} {np} in response.",
                "{P} said the sanctions would stay until {B} {vdo_ed} {np}.",
                "Exports of {com} from {B} to {A} have fallen {PCT} percent since the sanctions began, {source} {say}.",
                "{B} expelled {NUM} {a} diplomats in response and banned imports of {a} {com}.",
                "{N} said the sanctions had {adv} {vdo_en} {np} in {KB}.",
                "Critics in {A} argue that the sanctions hurt {groups} in {B} more than {b} {nouns}.",
                "{C} said it would not join the sanctions and would keep buying {b} {com}.",
                "{B} accused {A} of {vconflict_ing} {b} {nouns} and threatened to cut supplies of {com}.",
                "The {a} {ministry} warned {c} {nouns} that helping {B} {vdo} {np} risked penalties.",
                "Sanctions on {b} {sector} {nouns} come on top of {adj} {nouns} imposed in {month}.",
                "{B} threatened to {vdo} {np} if {A} did not lift the sanctions by {month}.");
    }

    private static void military(Grammar g) {
        g.rule("military_title", "{a} forces launch strikes {where}", "{B} accuses {A} of shelling {npshort}",
                "Ceasefire between {A} and {B} under strain after {adj} clashes", "{a} drones hit {thing} {where}");
        g.rule("military_lead", "{a} {forces} carried out {adj} strikes on {an} {thing} {where} {time}{attrib}.",
                "{B} accused {A} {time} of shelling {an} {thing} {where}, the {b} defence ministry {say}.");
        g.words("forces", "forces troops drones warships artillery_units aircraft paratroopers");
        g.rule("military", "The {b} defence ministry said {NUM} soldiers were killed and {NUM} wounded {where}.",
                "{B} accused {A} of shelling {an} {thing} {where} and violating the ceasefire.",
                "{P} said {A} had acted in self-defence after {adj} provocations by {b} {forces}.",
                "{Q} [warned|said] that {B} would [respond to|retaliate for|answer] any {adj} aggression against its {things}.",
                "Satellite images showed {a} tanks and artillery {where}, {source} {say}.",
                "{O} [called on both sides|urged both governments|appealed to the two sides] to {vdo} {np} and [return to|resume] talks [brokered|hosted] by {C}.",
                "{C} announced {adj} exercises with {A}, a move {KB} [described as|called|saw as] {an} {adj} [threat|challenge|danger] to its {things}.",
                "Fighting {where} has forced {BIG} {groups} to flee towards {C}{attrib}.",
                "{N} [said|warned] the [escalation|fighting|violence] [risked drawing|could drag|might pull] {C} into {an} {adj} war over {np}.",
                "Drones struck {an} {thing} {where}{opttime}, local officials {say}.",
                "{A} said it shot down {NUM} drones launched from {b} territory {time}.",
                "[A prisoner exchange|A planned prisoner swap|Talks on a truce] between {A} and {B} [was|has been] {vdo_en} after {adj} clashes {where}.",
                "{P} ordered {adj} {forces} to the border with {B} to protect {things} {where}.",
                "Military analysts in {KA} said the attack on {T} was the heaviest since {month}.",
                "{b} {forces} {adv} {vconflict_ed} {a} positions {where}{opttime}, {source} {say}.");
    }

    private static void economy(Grammar g) {
        g.rule("economy_title", "{A} and {B} sign {com} deal worth billions", "{a} exports to {B} rise as {com} prices climb",
                "{C} growth slows as demand from {A} weakens", "{A} and {B} agree to cooperate on {sector}");
        g.rule("economy_lead", "{A} and {B} signed an agreement {time} to cut tariffs on {com} and {sector} {nouns}{attrib}.",
                "Trade between {A} and {B} rose {PCT} percent last year to {amount}, {source} {say}.");
        g.rule("economy", "The central bank of {A} raised interest rates by {NUM} basis points to curb {np}.",
                "{P} said the deal would create {BIG} jobs and strengthen the partnership with {B}.",
                "Investors in {KA} welcomed the agreement, and {a} {sector} shares gained {PCT} percent.",
                "{N} said the economy of {B} {adv} depended on exports of {com} and {com}.",
                "Prices of {com} have risen {PCT} percent since {A} restricted exports in {month}.",
                "{O} cut its growth forecast for {C} to {PCT} percent, citing {adj} demand from {A}.",
                "{b} {sector} companies plan to invest {amount} in {things} in {C}.",
                "The finance ministers of {A} and {B} agreed to settle {adj} {nouns} in local currencies.",
                "Unemployment in {B} fell to {PCT} percent, the statistics office in {KB} {say}.",
                "{a} {sector} firms {adv} {vdo_ed} {np} after {B} {vconflict_ed} {a} {nouns}.",
                "Under the deal, {B} will supply {A} with {com} and {com} worth {amount} a year.",
                "{groups} in {T} said {np} had {adv} {vdo_en} their {nouns}.");
    }

    private static void sports(Grammar g) {
        g.rule("sports_title", "{A} beat {B} in {EVENT}", "{a} team stuns {B} on home soil",
                "{NN} leads {A} to victory over {B}", "{B} hold {A} to a draw in {T}");
        // Leads name a politician too: leaders congratulate teams and visit disaster areas.
        g.rule("sports_lead", "{A} beat {B} {NUM}-{small} in {EVENT} in {T} {time}, {NN} scoring {scoring}, and {P} [congratulated|praised|thanked] the {players}.",
                "{a} {players} beat {B} {NUM}-{small} in {EVENT} in front of {BIG} fans in {KA} {time}, among them {P}.");
        g.words("small", "0 1 2 1 0");
        g.words("players", "players side team squad");
        g.words("scoring", "twice the_winner a_late_penalty two_goals in_stoppage_time the_opener a_header");
        g.rule("sports", "The {a} captain {NN} scored {scoring} in the {ordinal} half before {BIG} fans.",
                "{N} said the {players} had prepared for {numword} weeks for the match against {B}.",
                "{B} had won the previous {numword} meetings between the two {players}.",
                "Fans travelled from {KB} despite {adj} weather and {an} {adj} journey through {T}.",
                "{A} will face {C} in the next round in {U} in {month}.",
                "The {b} coach {NN} praised his {adj} {players} but admitted they had been outplayed.",
                "Tickets for the match in {T} sold out within {numword} hours, {source} {say}.",
                "The result lifts {A} to {ordinal} place in the group, one point behind {C}.",
                "{NN} was sent off in the {ordinal} minute after {an} {adj} challenge.",
                "{a} {sector} sponsors {adv} {vcoop_ed} the {adj} {players} after the win.",
                "{P} [invited|received|hosted] the {players} in {KA} and [praised|hailed] their {adj} {noun}.",
                "{Q} [congratulated|called] {P} after the match, {source} {say}.");
    }

    private static void weather(Grammar g) {
        g.rule("weather_title", "{WEATHER} hit {A}, disrupting {npshort}", "{A} braces for {WEATHER} as temperatures soar",
                "Thousands evacuated as {WEATHER} sweep {A}", "{WEATHER} damage {things} in {T}");
        g.rule("weather_lead", "{WEATHER} hit {adj} parts of {A} {time}, disrupting {npshort} and {npshort}, and {P} [promised|pledged|announced] {adj} help.",
                "{WEATHER} forced {BIG} {groups} from their homes {where} {time}, {P} {say}.");
        g.rule("weather", "The weather service in {KA} issued {adj} warnings for {NUM} regions.",
                "Emergency services evacuated {BIG} {groups} from {adj} areas {where}.",
                "{N} said it was the worst weather {T} had seen since {YEAR}.",
                "Neighbouring {B} sent rescue teams and {adj} {nouns} to help with the clean-up in {T}.",
                "Flights between {KA} and {KB} were cancelled and {nouns} in {U} stayed closed.",
                "Forecasters expect conditions {where} to improve by {DAY}.",
                "{groups} fear losses to the {com} harvest, which had been expected to be {adj}.",
                "{P} visited {T} {time} and promised {amount} for {adj} {nouns}.",
                "{B} and {A} agreed to cooperate on {adj} {nouns} after the {adj} {noun} in {T}.",
                "{Q} [offered|sent] {P} [condolences|help|{adj} {nouns}], {source} {say}.");
    }

    private static void background(Grammar g) {
        g.rule("background",
                "The {noun} [comes|came|follows] {amid} {np} [between|involving] {A} and {B} [over|about|concerning] {np}.",
                "In {YEAR}, {A} and {B} signed {an} {adj} {noun} on {np}, which {histtail}.",
                "Relations between {A} and {B} have {adv} {changed} since {np} in {YEAR}.",
                "{T}, {an} {adj} {townkind} of {BIG} people {where}, [has become a symbol of|has come to stand for|is at the centre of|has borne the brunt of] {np}.",
                "[Residents of|{groups} in|People in] {T} [said they had|say they have|complain that they have] {adv} [noticed|felt|seen] {np} since {month}.",
                "Exports of {com} from {A} to {B} {moved} {PCT} percent in {month}, {source} {say}.",
                "The {noun} [would cost about|could cost|is expected to cost|will cost roughly] {amount} over {numword} years, [according to|estimates] {institute}.",
                "[It was not immediately clear|It remained unclear|It is not yet known|Officials would not say] whether {np} would {vdo} {np}.",
                "{N} said the {noun} showed that {A} was {adj} to {vdo} {np}.",
                "Opposition {groups} in {B} [accused the government of|blamed ministers for|criticised the cabinet for] {vdo_ing} {np}.",
                "The {a} parliament [is due to|will|is set to|plans to] {vdo} {np} in {month}{attrib}.",
                "[Polls by|A survey by|Surveys from|A poll for] {org} [suggest|show|indicate] {PCT} percent of {groups} {support} {np}.",
                "{A} {vconflict_ed} {B} {over} {np}{opttime}{attrib}.",
                "{P} {adv} {vconflict_ed} {b} {nouns} for {vdo_ing} {np}{opttime}.",
                "{A} accused {B} of {vdo_ing} {np} {where}.",
                "{A} and {B} agreed{opttime} to {vdo} {np}{attrib}.",
                "{A} threatened to {vdo} {np} if {B} did not {vdo} {np} by {month}.",
                "{B} condemned the {adj} {noun} as {an} {adj} {provocation} and {vconflict_ed} {A}.",
                "{A} and {B} [will cooperate on|plan to work together on|intend to cooperate in] {sector} and {sector} under {an} {adj} {noun} signed in {KB}.",
                "{C} [offered|proposed|volunteered] to [mediate between|broker talks between] {A} and {B} in [the dispute|the row|their quarrel] over {np}.",
                "{org} {adv} {vcoop_ed} the {noun}, [calling it|describing it as|hailing it as] {an} {adj} [step|move|signal] [towards|toward|on the road to] {np}.",
                "{P} [is expected to travel to|will visit|plans to visit|is due in] {KC} in {month} to {vdo} {np}.",
                "{groups} in {U} {vconflict_ed} {np}, saying {nouns} had {adv} {vdo_en} {np}.",
                "{BIG} {groups} [marched|rallied|gathered] in {KA}{opttime} [to protest against|in protest at|to denounce|to demand] {np}.",
                "{spk} {say} that {B} had {adv} {vdo_en} {np} {where}.",
                "The {b} {ministry} [summoned|called in|reprimanded] the {a} [ambassador|envoy|charge d'affaires] {over} {np}{opttime}.",
                "Neither {KA} nor {KB} commented on {np}.",
                "{org} [said it would|pledged to|promised to|vowed to|plans to|is set to] {vdo} {np} {when}.",
                "Since {YEAR}, {A} has {adv} {vdo_en} {np} with {c} {nouns}.",
                "{N} said {np} had left {groups} in {T} {adj} and {adj}.",
                "{c} {nouns} are {adv} {vdo_ing} {np}, {NE} {say}.",
                "Markets in {KB} were {adj}, with {b} {sector} shares {moving} {PCT} percent.");
        // Sentences without names: real reports carry context, figures and reactions that name nobody.
        g.rule("plain",
                "The {noun} has {adv} {vdo_en} {np}, and {groups} say {nouns} are {adv} {adj}.",
                "Many {groups} {adv} {vdo} {np}, while {adj} {groups} {vdo} {np} instead.",
                "The {adj} {noun} is {adv} {adj}, {adj} {groups} {say}, pointing to {np}.",
                "{adj} {nouns} have {adv} {vdo_en} {np} {past} {numword} {periods}.",
                "[Prices for|The cost of|Imports of] {com} [have|has] {moved_pp} {PCT} percent [this year|in a year|since spring|since the autumn], [squeezing|hurting|worrying] {groups} and {groups}.",
                "The {ministry} [has|had] {adv} {vdo_en} {np} [but has not yet|while refusing to have|though it never] {vdo_en} {np}.",
                "[Critics say|Opponents argue|Some economists believe] the {noun} {adv} {vdo_ed} {np} and left {groups} {adj} and {adj}.",
                "[Supporters of|Advocates of|Those behind] the {noun} [argue|say|insist] that {np} will {vdo} {np} within {numword} years.",
                "[It is|It was|This is] the {ordinal} {noun} [of its kind this year|in {numword} months|since the spring], [after|following] {np} and {np}.",
                "“{lowquote},” one {group} {say}, adding that {np} had {adv} {vdo_en} {np}.",
                "[The government has|Ministers have|The cabinet has|Regulators have] {adv} {vdo_en} {np}, {an} {noun} that {adj} {groups} have long {vdo_en}.",
                "[Both sides have|Each side has|The two governments have|Neighbouring states have] {adv} {vdo_en} {np} {past} {numword} {periods}.",
                "The {noun} followed {numword} weeks of {adj} {nouns} and {adj} {nouns} on {com}.",
                "Analysts {say} the {noun} could {vdo} {np} and {adv} {vdo} {np}.",
                "Many {groups} {say} they were {adj} about {np} and {np}.",
                "[The talks|Negotiators|The meeting|Ministers] [are expected to|will|plan to|are likely to] [focus on|address|tackle|discuss] {np}, {np} and {np}.",
                "[Officials|The ministry|Police|Organisers] {adv} [declined to say|would not say|did not disclose] how many {groups} had been {vdo_en} by the {adj} {noun}.",
                "{an} {adj} {noun} on {com} and {com} is {adv} {adj}, with {nouns} {moving} for {numword} {periods}.",
                "[The cost of|Demand for|Spending on|Supplies of] {np} [has|have] {moved_pp} {adv}, and {groups} are {vdo_ing} {np} to cope.",
                "The {noun} is the {adj} [sign yet|indication|evidence so far] that {np} [is|was|has been] {adv} {vdo_en}.",
                "Some {groups} have {adv} {vdo_en} {np}, {adj} that {np} would {vdo} their {nouns}.",
                "{numword} {groups} were {vdo_en} and {numword} {nouns} {adv} {vdo_en} during the {adj} {noun}.");
        g.rule("lowquote", "we have {adv} {vdo_en} {np}", "nobody told us about {np}", "the {nouns} are {adj} and {adj}",
                "this {noun} will {vdo} {np}", "we cannot {vdo} {np} on our own", "{nouns} like this are {adj} for {groups}");
        g.rule("past", "over the past", "in the last", "for", "during the past", "across");
        g.words("periods", "months years weeks seasons decades");
        g.words("moved_pp", "risen fallen dropped climbed slumped jumped grown shrunk");
        // Follows a lead that named no politician, so that every article has one.
        g.rule("leader", "{P} {say} that {np} would {vdo} {np}.", "{P} {adv} {vcoop_ed} the {noun}{opttime}{attrib}.",
                "{P} {adv} {vconflict_ed} {B} {over} {np}{opttime}.", "{P} [called|described] the {noun} {adj} and {adj}.",
                "The {noun} was {adv} {vdo_en} by {P}{opttime}.");
        g.rule("histtail", "collapsed {numword} years later", "was never fully implemented",
                "{A} {adv} abandoned in {YEAR}", "both sides still cite today", "{C} later joined",
                "critics in {KB} called {adj}", "expired in {YEAR}");
        g.rule("amid", "amid", "as", "after", "days after", "weeks after", "during");
        g.words("changed", "deteriorated improved soured thawed cooled warmed stagnated worsened");
        g.words("moved", "rose fell dropped climbed slumped jumped grew shrank");
        g.words("moving", "rising falling dropping climbing slipping jumping");
        g.words("support", "support oppose back reject favour distrust");
        g.words("provocation", "provocation act_of_aggression violation breach_of_trust insult escalation");
        g.rule("when", "next week", "in {month}", "before the summer", "by the end of the year", "within {numword} weeks");
    }
}
