package io.newstension.bench;

import java.util.List;

/**
 * Sentence templates of the benchmark corpus, grouped by topic. Slots: {A} {B} {C} countries, {a} {b} their
 * demonyms, {KA} {KB} their capitals, {P} {Q} politicians (title and full name first, surname after), {N} an unknown
 * person with a title, {O} an organisation, {DAY}, {NUM}, {PCT}, {COM} a commodity, {EVENT} a sports event,
 * {WEATHER}, {I} an institute.
 */
final class Templates {
    private Templates() {}

    /** One kind of article: its share of the corpus, its headlines and its own sentences. */
    record Topic(String name, int weight, List<String> titles, List<String> sentences) {}

    static final List<Topic> TOPICS = List.of(
            new Topic("diplomacy", 30, List.of(
                    "{a} and {b} foreign ministers meet in {KA} amid strained ties",
                    "{P} and {Q} hold talks on security and trade",
                    "{A} says talks with {B} were “frank but useful”",
                    "Diplomats from {A} and {B} agree to resume dialogue"), List.of(
                    "{P} met {Q} in {KA} on {DAY} for talks that officials on both sides described as difficult.",
                    "The meeting between {A} and {B} was the first at this level since relations broke down last year.",
                    "{P} said {A} was ready to cooperate with {B} on arms control if {KA} saw “concrete steps” from {KB}.",
                    "{Q} told reporters after the talks that {B} would not accept ultimatums from {A}.",
                    "Both ministers agreed to keep channels open and to meet again before the summit of {O}.",
                    "The two sides signed a memorandum on consular cooperation and the return of expelled diplomats.",
                    "{A} and {B} also discussed the situation in {C}, where fighting has displaced {NUM},000 people.",
                    "Officials in {KB} accused {A} of using the talks to deflect criticism of its policy towards {C}.",
                    "{P} welcomed the offer of mediation from {C}, calling it “a constructive step”.",
                    "The {a} delegation pressed for guarantees that {B} would respect the ceasefire agreed in {KA}.",
                    "{Q} praised the “spirit of partnership” and invited {P} to visit {KB} next spring.",
                    "Relations between {A} and {B} have deteriorated sharply over the past two years.",
                    "Observers said the tone of the meeting was more conciliatory than expected.",
                    "{A} recalled its ambassador from {KB} last month in protest at what it called interference.",
                    "The foreign ministers of {A}, {B} and {C} are due to meet again on the sidelines of {O}.",
                    "A joint statement issued in {KA} pledged closer cooperation on energy, migration and climate.",
                    "{P} rejected the accusations as “baseless” and urged {B} to return to the negotiating table.",
                    "{N} said the talks showed that neither {A} nor {B} wanted the dispute to escalate further.")),
            new Topic("sanctions", 15, List.of(
                    "{A} imposes new sanctions on {b} banks",
                    "{B} vows retaliation after {a} sanctions",
                    "{O} weighs fresh sanctions against {B}"), List.of(
                    "{A} on {DAY} announced sanctions against {NUM} {b} officials and several state-owned banks.",
                    "The measures freeze assets held in {A} and bar {a} companies from doing business with them.",
                    "{Q} condemned the sanctions as “economic warfare” and said {B} would respond in kind.",
                    "{P} said the sanctions would stay in place until {B} withdrew its troops from {C}.",
                    "The European Union is expected to adopt a similar package, diplomats in Brussels said.",
                    "Exports of {COM} from {B} to {A} have fallen by {PCT} percent since the first round of sanctions.",
                    "{B} expelled {NUM} {a} diplomats in response and banned imports of {a} {COM}.",
                    "{N} said the sanctions had so far done little to change policy in {KB}.",
                    "Critics in {A} argue that the sanctions hurt ordinary citizens in {B} more than its leaders.",
                    "{C} said it would not join the sanctions and would keep trading with {B}.",
                    "The Treasury in {KA} warned banks in {C} that they risked penalties for helping {B} evade the measures.",
                    "{B} accused {A} of blackmail and threatened to cut supplies of {COM} to its allies.")),
            new Topic("military", 20, List.of(
                    "{a} forces launch strikes near the border with {B}",
                    "{B} accuses {A} of shelling border villages",
                    "Ceasefire between {A} and {B} under strain after new clashes"), List.of(
                    "{a} forces carried out missile strikes on positions near the border with {B} overnight, the military said.",
                    "The {b} defence ministry said {NUM} soldiers were killed and dozens wounded in the attack.",
                    "{B} accused {A} of shelling residential areas and violating the ceasefire.",
                    "{P} said {A} had acted in self-defence after repeated provocations by {b} troops.",
                    "{Q} warned that {B} would respond “with all means available” to any further aggression.",
                    "Satellite images showed a build-up of {a} tanks and artillery within {NUM} kilometres of the border.",
                    "{O} called on both sides to show restraint and to return to the talks brokered by {C}.",
                    "{C} announced military exercises with {A}, a move {KB} described as a threat.",
                    "The fighting has forced thousands of civilians to flee towards {C}.",
                    "{N} said the escalation risked drawing {C} into a wider war.",
                    "Drones struck an ammunition depot in the {b} border region, local officials said.",
                    "{A} said it shot down {NUM} drones launched from {b} territory.",
                    "A prisoner exchange between {A} and {B} was postponed after the latest clashes.",
                    "{P} ordered the deployment of additional air defence units to the border with {B}.",
                    "Military analysts in {KA} said the attack was the heaviest since the war began.")),
            new Topic("economy", 15, List.of(
                    "{A} and {B} sign trade deal worth billions",
                    "{a} exports to {B} rise as {COM} prices climb",
                    "{C} growth slows as demand from {A} weakens"), List.of(
                    "Trade between {A} and {B} rose {PCT} percent last year to a record high, official figures showed.",
                    "{A} and {B} signed an agreement on {DAY} to cut tariffs on {COM} and machinery.",
                    "The central bank of {A} raised interest rates by {NUM} basis points to curb inflation.",
                    "{P} said the deal would create thousands of jobs and strengthen the partnership with {B}.",
                    "Investors in {KA} welcomed the agreement, and the main stock index gained {PCT} percent.",
                    "{N} said the economy of {B} remained dependent on exports of {COM}.",
                    "Prices of {COM} have risen sharply since {A} restricted exports in the spring.",
                    "{O} cut its growth forecast for {C} to {PCT} percent, citing weaker demand from {A}.",
                    "{b} companies plan to invest in ports and railways in {C} under the new framework.",
                    "The finance ministers of {A} and {B} agreed to settle part of their trade in local currencies.",
                    "Unemployment in {B} fell to its lowest level in a decade, the statistics office in {KB} said.")),
            new Topic("sports", 10, List.of(
                    "{A} beat {B} in {EVENT}",
                    "{a} team stuns {B} on home soil",
                    "{N} leads {A} to victory over {B}"), List.of(
                    "{A} beat {B} {NUM}-1 in {EVENT} in {KA} on {DAY}.",
                    "The {a} captain scored twice in the second half in front of a crowd of {NUM},000.",
                    "{N} said the team had prepared for weeks for the match against {B}.",
                    "{B} had won the previous three meetings between the two sides.",
                    "Fans travelled from {KB} despite the cold weather and the long journey.",
                    "{A} will face {C} in the next round, scheduled for next month.",
                    "The {b} coach praised his players but admitted they had been outplayed.",
                    "Tickets for the match in {KA} sold out within hours.",
                    "The result lifts {A} to second place in the group, one point behind {C}.")),
            new Topic("weather", 10, List.of(
                    "{WEATHER} hit {A}, disrupting travel",
                    "{A} braces for {WEATHER} as temperatures soar",
                    "Thousands evacuated as {WEATHER} sweep {A}"), List.of(
                    "{WEATHER} hit large parts of {A} on {DAY}, disrupting road and rail traffic.",
                    "The national weather service in {KA} issued warnings for {NUM} regions.",
                    "Emergency services evacuated hundreds of residents from low-lying areas.",
                    "{N} said it was the worst weather the region had seen in decades.",
                    "Neighbouring {B} sent rescue teams and equipment to help with the clean-up.",
                    "Flights between {KA} and {KB} were cancelled and schools stayed closed.",
                    "Forecasters expect conditions to improve by the end of the week.",
                    "Farmers fear losses to the {COM} harvest, which had been expected to be strong.",
                    "{O} offered assistance and said it was monitoring the situation in {A} and {B}.")));

    /** Background and quotes that any article may carry. */
    static final List<String> GENERAL = List.of(
            "“We are not interested in confrontation, but we will defend our interests,” {P} said.",
            "“This is a moment that calls for calm and for dialogue,” {Q} told a news conference in {KB}.",
            "{N} said the next few weeks would show whether the commitments made in {KA} were serious.",
            "The statement did not say when the next round of talks would take place.",
            "A spokesperson for the government in {KA} declined to comment.",
            "The {a} foreign ministry said in a statement that it had summoned the {b} ambassador.",
            "Officials in {KA} and {KB} did not respond to requests for comment.",
            "Polls show that a majority of people in {A} support the government's approach.",
            "Opposition politicians in {B} criticised the government for its handling of the crisis.",
            "{P} is expected to travel to {C} later this month.",
            "The issue is likely to dominate the agenda when leaders gather for the summit of {O}.",
            "{N} said it was too early to say whether the tensions between {A} and {B} would ease.",
            "Analysts said the developments would be watched closely in {C}.",
            "The news agency in {KB} quoted an unnamed official as saying that the claims were false.",
            "The dispute dates back to a border agreement signed decades ago.",
            "Markets reacted calmly to the news, with the currency of {B} little changed.",
            "Both governments have said they want to avoid further escalation.",
            "The government has faced growing pressure at home over rising prices and a housing shortage.",
            "Details of the plan are expected to be published next week.",
            "It was not immediately clear how many people had been affected.",
            "The announcement came a day after a similar statement by officials in {KB}.");
}
