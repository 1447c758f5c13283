package org.vemanager.wbem.indication;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vemanager.wbem.query.Query;
import org.vemanager.wbem.spi.CimException;

/**
 * Persists filters, permanent destinations and their subscriptions in {@code subscriptions.properties}
 * under the state directory: a {@link Properties} text file (no Java serialization), written to a
 * temporary file, flushed to disk, then renamed over the old one so a crash leaves either the old or
 * the new file, never half of one. Transient destinations (PersistenceType 3) and their
 * subscriptions are not written.
 *
 * <p>Layout: {@code format=1}; {@code filter.<i>.<field>}, {@code destination.<i>.<field>},
 * {@code subscription.<i>.<field>}, with arrays as {@code <field>.count} and {@code <field>.<j>}.
 * An entry that cannot be read back (a query that no longer parses, a missing field) is skipped with
 * a WARN naming it; the rest loads.
 */
final class StateFile {

    static final String FILE_NAME = "subscriptions.properties";
    private static final Logger LOG = LoggerFactory.getLogger(StateFile.class);

    private final Path file;

    StateFile(Path stateDirectory) {
        this.file = stateDirectory.resolve(FILE_NAME);
    }

    Path path() {
        return file;
    }

    void save(SubscriptionState state) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", "1");
        int i = 0;
        for (FilterDefinition filter : state.filters().values()) {
            String prefix = "filter." + i++ + ".";
            putKeys(properties, prefix, filter.keys());
            properties.setProperty(prefix + "queryLanguage", filter.query().language().wireName());
            properties.setProperty(prefix + "query", filter.query().text());
            putList(properties, prefix + "sourceNamespaces", filter.sourceNamespaces());
        }
        i = 0;
        for (ListenerDestination destination : state.destinations().values()) {
            if (destination.persistent()) {
                String prefix = "destination." + i++ + ".";
                putKeys(properties, prefix, destination.keys());
                properties.setProperty(prefix + "destination", destination.destination().toString());
                properties.setProperty(prefix + "persistenceType", Integer.toString(destination.persistenceType()));
            }
        }
        i = 0;
        for (Subscription subscription : state.subscriptions()) {
            ListenerDestination destination = state.destinations().get(subscription.destinationName());
            if (destination != null && destination.persistent()) {
                String prefix = "subscription." + i++ + ".";
                properties.setProperty(prefix + "filter", subscription.filterName());
                properties.setProperty(prefix + "destination", subscription.destinationName());
                properties.setProperty(prefix + "state", Integer.toString(subscription.state()));
                properties.setProperty(prefix + "onFatalErrorPolicy", Integer.toString(subscription.onFatalErrorPolicy()));
            }
        }
        writeAtomically(properties);
    }

    private void writeAtomically(Properties properties) throws IOException {
        StringWriter text = new StringWriter();
        properties.store(text, "VE-manager indication subscriptions (DSP1054); written by the server, do not edit while it runs");
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                OutputStream out = Channels.newOutputStream(channel)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    SubscriptionState load() throws IOException {
        if (!Files.exists(file)) {
            return SubscriptionState.EMPTY;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        Map<String, FilterDefinition> filters = new LinkedHashMap<>();
        for (int i = 0; properties.containsKey("filter." + i + ".name"); i++) {
            String prefix = "filter." + i + ".";
            try {
                Query query = Query.parse(properties.getProperty(prefix + "queryLanguage"), properties.getProperty(prefix + "query"));
                FilterDefinition filter = new FilterDefinition(keys(properties, prefix), query,
                        list(properties, prefix + "sourceNamespaces"));
                filters.put(filter.keys().name(), filter);
            } catch (CimException | RuntimeException e) {
                LOG.warn("{}: filter {} skipped: {}", file, properties.getProperty(prefix + "name"), e.getMessage());
            }
        }
        Map<String, ListenerDestination> destinations = new LinkedHashMap<>();
        for (int i = 0; properties.containsKey("destination." + i + ".name"); i++) {
            String prefix = "destination." + i + ".";
            try {
                ListenerDestination destination = new ListenerDestination(keys(properties, prefix),
                        new URI(required(properties, prefix + "destination")),
                        Integer.parseInt(required(properties, prefix + "persistenceType")));
                destinations.put(destination.keys().name(), destination);
            } catch (URISyntaxException | RuntimeException e) {
                LOG.warn("{}: destination {} skipped: {}", file, properties.getProperty(prefix + "name"), e.getMessage());
            }
        }
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; properties.containsKey("subscription." + i + ".filter"); i++) {
            String prefix = "subscription." + i + ".";
            try {
                Subscription subscription = new Subscription(required(properties, prefix + "filter"),
                        required(properties, prefix + "destination"), Integer.parseInt(required(properties, prefix + "state")),
                        Integer.parseInt(required(properties, prefix + "onFatalErrorPolicy")));
                if (filters.containsKey(subscription.filterName()) && destinations.containsKey(subscription.destinationName())) {
                    subscriptions.add(subscription);
                } else {
                    LOG.warn("{}: subscription {} -> {} skipped: its filter or destination was not loaded", file,
                            subscription.filterName(), subscription.destinationName());
                }
            } catch (RuntimeException e) {
                LOG.warn("{}: subscription {} skipped: {}", file, i, e.getMessage());
            }
        }
        return new SubscriptionState(filters, destinations, subscriptions);
    }

    private static void putKeys(Properties properties, String prefix, ScopedKeys keys) {
        properties.setProperty(prefix + "systemCreationClassName", keys.systemCreationClassName());
        properties.setProperty(prefix + "systemName", keys.systemName());
        properties.setProperty(prefix + "creationClassName", keys.creationClassName());
        properties.setProperty(prefix + "name", keys.name());
    }

    private static ScopedKeys keys(Properties properties, String prefix) {
        return new ScopedKeys(required(properties, prefix + "systemCreationClassName"), required(properties, prefix + "systemName"),
                required(properties, prefix + "creationClassName"), required(properties, prefix + "name"));
    }

    private static void putList(Properties properties, String prefix, List<String> values) {
        properties.setProperty(prefix + ".count", Integer.toString(values.size()));
        for (int j = 0; j < values.size(); j++) {
            properties.setProperty(prefix + "." + j, values.get(j));
        }
    }

    private static List<String> list(Properties properties, String prefix) {
        int count = Integer.parseInt(required(properties, prefix + ".count"));
        List<String> values = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            values.add(required(properties, prefix + "." + j));
        }
        return values;
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }
}
