package io.newstension.ingest;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings carried into a task (file system credentials, endpoints): Hadoop's
 * {@link Configuration} is Writable but not Serializable, so it travels in its own wire form.
 */
final class HadoopSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient Configuration conf;

    HadoopSettings(Configuration conf) {
        this.conf = conf;
    }

    Configuration get() {
        return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        conf = new Configuration(false);
        conf.readFields(in);
    }
}
