package io.newstension.bench;

/**
 * The common words of the benchmark corpus, hundreds per part of speech, so that two unrelated articles share few
 * runs of three words, as real news does. Added to a {@link Grammar} as rules; {@link Templates} uses them by name.
 */
final class Lexicon {
    private Lexicon() {}

    static void addTo(Grammar g) {
        g.words("adj", """
                fragile lengthy renewed bitter cautious ambitious modest sweeping narrow broad costly controversial
                landmark provisional tentative unprecedented belated long-awaited hasty limited vague detailed fresh
                fierce muted cool warm tense uneasy stable volatile sharp gradual sudden steady slow rapid bold
                pragmatic symbolic practical technical legal political economic financial humanitarian regional
                bilateral multilateral strategic tactical informal formal public secret confidential leaked revised
                draft final initial preliminary interim temporary permanent overdue sensitive divisive popular
                unpopular disputed contested flawed robust weak strong firm soft hardline moderate radical
                conservative liberal reformist nationalist populist centrist outspoken veteran seasoned junior
                senior elderly young rural urban coastal mountainous remote northern southern eastern western
                central frontline crowded empty damaged rebuilt abandoned neglected vital key crucial minor major
                serious severe mild heavy light dense thin massive tiny vast small large huge record lowest highest
                annual monthly weekly daily nightly recent earlier later previous upcoming planned proposed rejected
                approved suspended delayed cancelled stalled revived expanded reduced joint separate parallel rival
                competing allied hostile friendly neutral independent state-owned private foreign domestic local
                national provincial municipal federal military civilian naval maritime aerial digital industrial
                agricultural commercial diplomatic judicial electoral parliamentary presidential ministerial
                unexpected unusual familiar routine chaotic orderly peaceful violent deadly bloody quiet noisy angry
                frustrated anxious hopeful optimistic pessimistic sceptical wary confident defiant apologetic
                emotional calm blunt candid polite terse lengthy brief rare frequent repeated isolated widespread
                growing shrinking rising falling soaring plunging stagnant sluggish buoyant resilient fragmented
                unified coordinated improvised ageing modern outdated obsolete advanced crude sophisticated
                cheap expensive affordable scarce abundant reliable unreliable transparent opaque credible dubious
                baseless unfounded plausible generous stingy lenient strict tough gentle harsh punitive binding
                non-binding voluntary mandatory conditional unconditional comprehensive partial piecemeal
                """);
        g.words("adv", """
                sharply quietly repeatedly openly publicly privately firmly briefly quickly slowly gradually suddenly
                abruptly cautiously reluctantly eagerly formally informally jointly separately largely partly fully
                narrowly broadly strongly bluntly angrily calmly swiftly steadily increasingly already still again
                formally tentatively provisionally effectively reportedly allegedly apparently officially initially
                eventually finally recently previously subsequently immediately temporarily permanently unilaterally
                collectively deliberately repeatedly consistently notably markedly modestly significantly slightly
                """);
        g.nouns("noun", """
                agreement proposal dispute pipeline corridor treaty accord deal framework roadmap plan initiative
                programme scheme project budget package loan grant credit tariff quota levy subsidy embargo
                blockade boycott ban moratorium freeze cap ceiling threshold deadline timetable schedule summit
                meeting session hearing inquiry investigation probe audit review report assessment forecast
                estimate survey poll census referendum election ballot vote campaign rally protest strike walkout
                march vigil petition lawsuit appeal ruling verdict sentence fine penalty warning ultimatum threat
                demand request offer concession compromise breakthrough setback delay stalemate deadlock impasse
                standoff crisis/crises conflict clash skirmish incursion raid offensive counteroffensive retreat
                withdrawal deployment exercise drill patrol convoy checkpoint border frontier buffer enclave exclave
                territory province district region valley plateau coastline strait harbour port terminal refinery
                reactor dam bridge highway railway airport airfield depot warehouse factory plant mine quarry
                oilfield farm harvest shipment cargo consignment export import surplus deficit reserve stockpile
                shortage glut price wage pension salary inflation recession recovery slowdown downturn boom
                currency bond stock share index investment investor merger takeover bankruptcy default bailout
                reform overhaul amendment bill law decree regulation directive guideline rule statute constitution
                cabinet coalition opposition parliament senate assembly council committee commission tribunal court
                agency ministry department office embassy consulate mission delegation envoy ambassador diplomat
                negotiator mediator observer monitor inspector auditor regulator watchdog spokesman/spokesmen spokeswoman/spokeswomen
                minister deputy lawmaker senator governor mayor general commander officer soldier veteran
                volunteer refugee migrant asylum visa passport permit licence contract tender bid auction
                consortium operator supplier buyer seller exporter importer lender borrower creditor debtor
                network grid cable satellite drone missile rocket shell artillery tank warship submarine jet
                helicopter radar battery launcher arsenal ammunition weapon vaccine hospital clinic school
                university campus stadium arena museum cathedral monument square avenue district suburb village
                town hamlet settlement camp shelter
                """);
        g.nouns("thing", """
                port railway pipeline power_plant grain_silo airfield oil_terminal steel_mill cement_works bridge
                tunnel border_crossing ferry_line fishing_fleet container_terminal gas_field copper_mine
                wind_farm solar_park data_centre water_treatment_plant fertiliser_factory rail_depot
                shipyard customs_post telecoms_tower fuel_depot military_base radar_station coastal_battery
                """);
        g.nouns("group", """
                farmer truck_driver nurse teacher student miner dock_worker fisherman/fishermen shopkeeper
                pensioner doctor engineer pilot lawyer journalist activist voter commuter tourist resident villager
                factory_worker civil_servant trader investor exporter landlord tenant retiree conscript reservist
                volunteer aid_worker border_guard customs_officer taxi_driver railway_worker baker carpenter
                """);
        g.words("sector", """
                shipping fisheries aviation mining banking telecoms textile steel chemicals pharmaceutical tourism
                construction dairy poultry timber logistics rail trucking insurance software defence energy
                fertiliser automotive aerospace electronics semiconductor grain livestock wine cotton coffee tea
                cocoa sugar rubber cement glass paper furniture retail wholesale hospitality publishing
                """);
        g.words("field", """
                economics security_studies international_law political_science history energy_policy
                public_health development_studies defence_policy trade_policy migration_studies regional_studies
                conflict_resolution agricultural_economics maritime_law finance sociology geography demography
                """);
        g.words("com", """
                oil natural_gas wheat steel semiconductors fertiliser coal copper grain lithium nickel aluminium
                sunflower_oil maize barley rice soybeans timber cotton iron_ore uranium potash palm_oil cobalt
                diesel jet_fuel rapeseed sugar coffee cocoa zinc titanium rare_earths liquefied_natural_gas
                """);
        g.verbs("vconflict", """
                threaten sanction expel/expelled/expelled/expelling accuse condemn denounce criticise warn attack
                strike/struck/struck/striking blockade rebuke punish summon target shell/shelled/shelled/shelling
                bomb raid besiege confront defy snub deride blame penalise boycott obstruct sabotage provoke
                intimidate pressure undermine rebuff
                """);
        g.verbs("vcoop", """
                meet/met/met welcome praise support endorse back thank host reassure invite congratulate embrace
                court assist reward reassure mediate/mediated brief join/joined commend reward consult
                reconcile/reconciled
                """);
        g.verbs("vdo", """
                review postpone expand extend approve reject suspend revive finalise draft negotiate renegotiate
                sign ratify scrap delay defend challenge unveil announce propose outline publish examine discuss
                debate fund finance block secure restore reopen close/closed expand tighten loosen relax ease
                raise lower double/doubled halve cut/cut/cut/cutting freeze/froze/frozen/freezing lift/lifted
                impose enforce monitor inspect audit investigate question dismiss overturn uphold/upheld revise amend
                endorse prioritise accelerate complete abandon resume relaunch redesign shelve
                """);
        g.words("say", """
                said said said said told_reporters insisted argued warned noted added stressed claimed acknowledged
                suggested conceded maintained explained remarked cautioned countered replied declared told_lawmakers
                told_journalists said_later said_afterwards said_separately told_broadcasters said_in_a_statement
                wrote_online
                """);
        g.words("ministry", """
                foreign_ministry defence_ministry interior_ministry finance_ministry energy_ministry
                economy_ministry justice_ministry agriculture_ministry transport_ministry health_ministry
                trade_ministry environment_ministry
                """);
        g.words("month", """
                January February March April May June July August September October November December
                """);
        g.words("ordinal", "second third fourth fifth sixth seventh eighth ninth tenth");
        g.words("numword", "two three four five six seven eight nine ten eleven twelve fifteen twenty");
        g.words("body", """
                Association Council Union Board Authority Federation Agency Commission Chamber Alliance Forum
                Committee Institute Foundation Society League Network Trust Bureau Service
                """);
        g.words("bodyadj", """
                National Federal Northern Southern Eastern Western Central Coastal United Independent Joint
                Regional Democratic Free Progressive Civic Popular Royal Republican New Modern Greater
                """);
        g.words("bodysector", """
                Grain Shipping Energy Steel Farmers Railway Fisheries Miners Teachers Nurses Exporters Importers
                Banking Aviation Dairy Textile Timber Chemical Automotive Pharmaceutical Tourism Construction
                Insurance Logistics Ports Pipelines Telecoms Water Broadcasting Veterans Students Pensioners
                """);
        g.words("townhead", """
                Kar Vel Dor Mir Lis Tal Bren Sol Nov Ost Vala Kora Zel Pri Sar Tor Mal Bel Ruv Gor Lom Ves Ard
                Cala Fen Hal Jor Kes Lun Mor Nar Pel Quin Ros Sten Ulm Var Wen Yar Zor
                """);
        g.words("towntail", """
                ovo insk ava enburg ia ora ik ovka ograd ane ford mouth ville eni ara eto ach ino ovets ar itsa
                holm dal stad ona oye ec ica ath
                """);
    }
}
