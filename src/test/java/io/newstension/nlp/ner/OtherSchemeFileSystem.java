package io.newstension.nlp.ner;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under the scheme {@value #SCHEME}, registered with {@link #register}: a path with it can only be read
 * through Hadoop's {@code FileSystem} for its scheme, as an {@code hdfs://} or {@code s3a://} path is on a cluster.
 */
public class OtherSchemeFileSystem extends RawLocalFileSystem {
    static final String SCHEME = "otherfs";

    static Configuration register(Configuration hadoop) {
        hadoop.set("fs." + SCHEME + ".impl", OtherSchemeFileSystem.class.getName());
        hadoop.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
        return hadoop;
    }

    static String uri(java.nio.file.Path local) {
        return SCHEME + "://" + local.toAbsolutePath();
    }

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
