package io.newstension.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The shipped-language list and the shade filter that drops Lingua's other models must not drift apart: the filter
 * of pom.xml, applied to the Lingua jar of the test classpath, must keep the models of exactly the listed languages.
 */
class ShippedLanguagesTest {
    private static final String LINGUA = "com.github.pemistahl:lingua";
    private static final Pattern MODEL = Pattern.compile("language-models/([a-z]{2})/.*");

    @Test
    void theListIsBuiltFromThePomProperty() throws Exception {
        Document pom = pom();
        assertEquals(String.join("|", ShippedLanguages.CODES), sortedCodes(property(pom, ShippedLanguages.POM_PROPERTY)),
                "target/classes is stale: rebuild (mvn process-resources)");
    }

    @Test
    void theShadeFilterKeepsTheModelsOfExactlyTheShippedLanguages() throws Exception {
        Document pom = pom();
        List<Pattern> excludes = linguaExcludes(pom);
        Set<String> kept = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        try (ZipFile lingua = new ZipFile(new File(Language.class.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
            for (ZipEntry entry : Collections.list(lingua.entries())) {
                Matcher model = MODEL.matcher(entry.getName());
                if (!model.matches()) {
                    assertFalse(excluded(excludes, entry.getName()), "the filter drops a non-model file: " + entry.getName());
                    continue;
                }
                all.add(model.group(1));
                if (!excluded(excludes, entry.getName())) {
                    kept.add(model.group(1));
                }
            }
        }
        assertTrue(all.size() > 50, "expected the full Lingua jar on the test classpath, found models for " + all);
        assertEquals(new TreeSet<>(ShippedLanguages.CODES), kept);
    }

    @Test
    void everyShippedCodeIsALinguaLanguage() {
        for (String code : ShippedLanguages.CODES) {
            IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
    }

    private static String property(Document pom, String name) {
        NodeList nodes = pom.getElementsByTagName(name);
        assertEquals(1, nodes.getLength(), "pom.xml property " + name);
        return nodes.item(0).getTextContent().strip();
    }

    private static String sortedCodes(String value) {
        return String.join("|", new TreeSet<>(List.of(value.split("\\|"))));
    }

    /** The excludes of the shade filter for Lingua, with pom properties resolved; each must be a %regex[...]. */
    private static List<Pattern> linguaExcludes(Document pom) {
        NodeList filters = pom.getElementsByTagName("filter");
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < filters.getLength(); i++) {
            Element filter = (Element) filters.item(i);
            if (!LINGUA.equals(child(filter, "artifact"))) {
                continue;
            }
            NodeList excludes = filter.getElementsByTagName("exclude");
            for (int j = 0; j < excludes.getLength(); j++) {
                String exclude = resolve(pom, excludes.item(j).getTextContent().strip());
                assertTrue(exclude.startsWith("%regex[") && exclude.endsWith("]"), "expected a %regex[...] exclude: " + exclude);
                patterns.add(Pattern.compile(exclude.substring("%regex[".length(), exclude.length() - 1)));
            }
        }
        assertFalse(patterns.isEmpty(), "pom.xml has no shade filter excludes for " + LINGUA);
        return patterns;
    }

    private static String child(Element element, String tag) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    private static String resolve(Document pom, String text) {
        return Pattern.compile("\\$\\{([^}]+)}").matcher(text).replaceAll(m -> Matcher.quoteReplacement(property(pom, m.group(1))));
    }

    private static boolean excluded(List<Pattern> excludes, String path) {
        return excludes.stream().anyMatch(p -> p.matcher(path).matches());
    }
}
