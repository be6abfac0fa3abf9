package minuteskg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import sun.misc.Signal;

/**
 * Starts an embedded Neo4j Community server with Bolt enabled, for tests.
 *
 * <pre>
 * java -Xms128m -Xmx512m --add-opens=java.base/java.nio=ALL-UNNAMED \
 *      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
 *      -cp target/neo4j-launcher.jar:target/lib/* minuteskg.neo4j.Launcher \
 *      --data DIR [--port 0] [--host 127.0.0.1] [--password PW] [--pagecache 64m]
 *      [--watch-stdin] [--conf key=value ...]
 * </pre>
 *
 * <ul>
 *   <li>{@code --data}: Neo4j home; databases, transaction logs and logs/debug.log go under it.</li>
 *   <li>{@code --port 0} (default) lets the OS choose a free port; the real one is printed.</li>
 *   <li>{@code --password PW}: auth enabled, user {@code neo4j} gets password PW (no change
 *       required). Without it, auth is disabled.</li>
 *   <li>{@code --watch-stdin}: shut down when standard input reaches end of file (the parent died
 *       or closed the pipe).</li>
 *   <li>{@code --conf key=value}: any other neo4j.conf setting (repeatable).</li>
 * </ul>
 *
 * Prints exactly one line on stdout, {@code READY bolt://HOST:PORT}, once Bolt accepts
 * connections and the password is set; everything else goes to stderr. Shuts down cleanly on
 * SIGTERM/SIGINT (shutdown hook) and on stdin EOF with {@code --watch-stdin}. Exit code 0 on a
 * clean stop, 1 on a start failure, 2 on bad arguments.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        // stdout carries only the READY line: keep a handle on it and send everything else
        // (including anything Neo4j or a library prints to System.out) to stderr.
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        String dataDir = null;
        String host = "127.0.0.1";
        int port = 0;
        String password = null;
        String pagecache = "64m";
        boolean watchStdin = false;
        List<String> extraConf = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--data": dataDir = args[++i]; break;
                    case "--host": host = args[++i]; break;
                    case "--port": port = Integer.parseInt(args[++i]); break;
                    case "--password": password = args[++i]; break;
                    case "--pagecache": pagecache = args[++i]; break;
                    case "--watch-stdin": watchStdin = true; break;
                    case "--conf": extraConf.add(args[++i]); break;
                    default: throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("--data DIR is required");
            }
            if (password != null && password.length() < 8) {
                // Neo4j 5 rejects passwords shorter than dbms.security.auth_minimum_password_length (8).
                throw new IllegalArgumentException("--password must be at least 8 characters");
            }
        } catch (RuntimeException e) {
            System.err.println("usage error: " + e.getMessage());
            System.exit(2);
            return;
        }

        Path home = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(home);

        long t0 = System.nanoTime();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                // never phone home (this machine only reaches loopback and package registries)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                // Netty waits a 5 s quiet period per event-loop group on shutdown (~10 s total)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                // small footprint on a shared 2-core machine
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pagecache))
                .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, parseBytes("32m"))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, parseBytes("16m"));
        if (!extraConf.isEmpty()) {
            Path conf = home.resolve("launcher-extra.conf");
            try (Writer w = Files.newBufferedWriter(conf, StandardCharsets.UTF_8)) {
                for (String kv : extraConf) {
                    if (!kv.contains("=")) {
                        System.err.println("usage error: --conf expects key=value, got " + kv);
                        System.exit(2);
                    }
                    w.write(kv);
                    w.write('\n');
                }
            }
            builder.loadPropertiesFromFile(conf);
        }

        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            System.err.println("FAILED to start Neo4j: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("launcher: shutting down Neo4j");
            try {
                dbms.shutdown();
            } catch (RuntimeException e) {
                System.err.println("launcher: error during shutdown: " + e);
            } finally {
                stopped.countDown();
            }
            System.err.println("launcher: stopped");
        }, "neo4j-launcher-shutdown"));
        // Default SIGTERM/SIGINT handling runs the hook too but exits with 143/130; a clean stop
        // should exit 0, so turn the signals into System.exit(0) (which runs the hook).
        for (String sig : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(sig), s -> System.exit(0));
            } catch (IllegalArgumentException ignored) {
                // signal not available on this platform: default handling still runs the hook
            }
        }

        try {
            if (password != null) {
                GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
                try {
                    system.executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
                } catch (RuntimeException e) {
                    // restart on an existing data dir with the same password: nothing to change
                    if (!causeChainMentions(e, "Old password and new password cannot be the same")) {
                        throw e;
                    }
                    system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
                }
            }
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            // wait for the default database to be available, then find the bound Bolt port
            if (!db.isAvailable(60_000)) {
                throw new IllegalStateException("default database did not become available");
            }
            HostnamePort bound = db.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            if (bound == null) {
                throw new IllegalStateException("Bolt connector did not register a port");
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.err.println("launcher: Neo4j " + neo4jVersion() + " up in " + ms + " ms, home " + home);
            protocol.println("READY bolt://" + host + ":" + bound.getPort());
            protocol.flush();
        } catch (RuntimeException e) {
            System.err.println("FAILED after start: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) {
                        // ignore input; only EOF matters
                    }
                } catch (IOException ignored) {
                    // treat as EOF
                }
                System.err.println("launcher: stdin closed");
                System.exit(0);
            }, "neo4j-launcher-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }

        stopped.await();
    }

    private static boolean causeChainMentions(Throwable t, String text) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String neo4jVersion() {
        Package p = DatabaseManagementService.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "(unknown version)" : v;
    }

    /** Parses sizes such as 64m, 1g, 512k or plain bytes. */
    static long parseBytes(String s) {
        String t = s.trim().toLowerCase();
        long mult = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'b') {
            t = t.substring(0, t.length() - 1);
            last = t.charAt(t.length() - 1);
        }
        switch (last) {
            case 'k': mult = 1L << 10; break;
            case 'm': mult = 1L << 20; break;
            case 'g': mult = 1L << 30; break;
            default: break;
        }
        if (mult != 1) {
            t = t.substring(0, t.length() - 1);
        }
        return Long.parseLong(t.trim()) * mult;
    }
}
