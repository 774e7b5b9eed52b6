package io.newstension.schema;

/** Every column name of the job's tables and intermediate frames, in one place. */
public final class Columns {
    private Columns() {}

    // articles
    public static final String ARTICLE_ID = "article_id";
    public static final String URL = "url";
    public static final String SOURCE = "source";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String PUBLISHED_AT = "published_at";
    public static final String DATE = "date";
    public static final String DATE_SOURCE = "date_source";
    public static final String LANGUAGE = "language";
    public static final String STATUS = "status";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String REASON = "reason";
    // articles: the de-duplication keys, stored so that an incremental batch reads keys, not texts
    /** The canonical URL ({@code clean.UrlCanonicalizer}); null without a URL. */
    public static final String URL_KEY = "url_key";
    /** The text up to case and spacing, hashed ({@code clean.ArticleIds.contentHash}). */
    public static final String CONTENT_HASH = "content_hash";
    /** The text's MinHash LSH band keys ({@code clean.NearDuplicateKeys}); empty unless processed. */
    public static final String DEDUP_BANDS = "dedup_bands";
    /** The dedup settings the band keys were made with ({@code clean.NearDuplicateKeys#scheme}). */
    public static final String DEDUP_SCHEME = "dedup_scheme";
    /**
     * Between cleaning and de-duplication only: the record's title and text as delivered, hashed
     * ({@code clean.ArticleIds#textKey}); records with one key share one cleaned text.
     */
    public static final String TEXT_KEY = "_text_key";

    // quarantine
    public static final String SOURCE_FILE = "source_file";
    public static final String RECORD = "record";
    public static final String RAW = "raw";

    // mentions
    public static final String SENTENCE_INDEX = "sentence_index";
    public static final String ENTITY_TYPE = "entity_type";
    public static final String ENTITY_ID = "entity_id";
    public static final String ENTITY_NAME = "entity_name";
    public static final String SURFACE = "surface";
    public static final String BEGIN = "begin";
    public static final String END = "end";
    public static final String METHOD = "method";
    public static final String AFFILIATION = "affiliation";

    // comentions
    public static final String WINDOW = "window";
    public static final String PAIR_TYPE = "pair_type";
    public static final String ENTITY_A = "entity_a";
    public static final String ENTITY_B = "entity_b";
    public static final String SENTENCE = "sentence";
    public static final String TONE = "tone";
    public static final String GOLDSTEIN = "goldstein";
    public static final String QUAD_CLASS = "quad_class";
    public static final String CUES = "cues";
    public static final String TENSION = "tension";
    /** The co-mention's relation: {@code adversarial|cooperative|co_actors|listed|none} (see {@code score.Roles}). */
    public static final String RELATION = "relation";
    /** In comentions, {@link #SOURCE} is the entity of the pair acting on the other; TARGET the one acted on. */
    public static final String TARGET = "target";
    /** Internal, between the comention and score stages: the entities of the sentence with offsets in it. */
    public static final String PARTIES = "parties";
    /** A co-mention's share of its article's weight for its pair (see {@code aggregate.ArticleWeights}). */
    public static final String WEIGHT = "weight";

    // pair_tension
    public static final String GRANULARITY = "granularity";
    public static final String PERIOD_START = "period_start";
    public static final String NAME_A = "name_a";
    public static final String NAME_B = "name_b";
    public static final String ARTICLES = "articles";
    public static final String SOURCES = "sources";
    public static final String COMENTIONS = "comentions";
    public static final String TONE_MEAN = "tone_mean";
    public static final String CONFLICT_SHARE = "conflict_share";
    public static final String COOPERATION_SHARE = "cooperation_share";
    public static final String GOLDSTEIN_MEAN = "goldstein_mean";
    public static final String TENSION_LOW = "tension_low";
    public static final String TENSION_HIGH = "tension_high";
    public static final String TENSION_Z = "tension_z";
    /** Co-mentions where entity_a acts in conflict on entity_b (relation adversarial, source entity_a). */
    public static final String A_TO_B_CONFLICT = "a_to_b_conflict";
    public static final String B_TO_A_CONFLICT = "b_to_a_conflict";
    /** Co-mentions where entity_a acts cooperatively on entity_b (relation cooperative, source entity_a). */
    public static final String A_TO_B_COOPERATION = "a_to_b_cooperation";
    public static final String B_TO_A_COOPERATION = "b_to_a_cooperation";
    public static final String EVIDENCE = "evidence";

    // intermediate frames
    /** Raw article fields as parsed from the input, before cleaning. */
    public static final String RAW_DATE_PUBLISH = "date_publish";
    public static final String RAW_DATE_MODIFY = "date_modify";
    public static final String RAW_DATE_DOWNLOAD = "date_download";
    public static final String RAW_SOURCE_DOMAIN = "source_domain";
    public static final String RAW_ID = "id";
    /** Why a record was quarantined; null for a parsed record. */
    public static final String QUARANTINE_REASON = "quarantine_reason";
    public static final String SENTENCES = "sentences";
    public static final String MENTIONS = "mentions";
}
