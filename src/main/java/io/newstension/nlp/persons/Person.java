package io.newstension.nlp.persons;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A person of the gazetteer: stable id (e.g. {@code sergey_lavrov}), canonical display name ("Sergey Lavrov") and
 * other full-name spellings ("Sergei Lavrov"). Surname-only forms are not aliases: see
 * {@link PersonGazetteer#bySurname}.
 */
public record Person(String id, String name, List<String> aliases) implements Serializable {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
