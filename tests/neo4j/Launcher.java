// Runs a real Neo4j 5.26 Community server in this JVM through the Neo4j test harness, with only
// the Bolt connector open, for Knooppunt's tests and for developers. No install, no Docker.
//
//   java -Xmx1g -cp '.cache/neo4j/lib/*' tests/neo4j/Launcher.java [options]
//
// Options (each may also come from the environment variable shown):
//   --port N          Bolt port on 127.0.0.1; 0 (default) lets the OS pick one   NEO4J_PORT
//   --password P      password of user neo4j (required, any non-empty string)      NEO4J_PASSWORD
//   --data DIR        data directory kept across starts; default: a fresh temp    NEO4J_DATA
//                     directory that is deleted on shutdown
//   --pagecache SIZE  page cache, e.g. 512m, 1g (default 512m)                   NEO4J_PAGECACHE
//   --tx-memory SIZE  cap on the memory of all running transactions (default 256m) NEO4J_TX_MEMORY
//   --no-stdin        do not watch standard input (for a background daemon whose stdin is /dev/null)
//
// Prints exactly one line "BOLT bolt://127.0.0.1:PORT" on standard output once the server takes
// authenticated connections, then runs until standard input reaches end-of-file (unless
// --no-stdin) or the JVM gets SIGTERM/SIGINT, and then shuts the server down cleanly.
// Everything else (progress, errors) goes to standard error. Exit status: 0 after a clean
// shutdown, 2 on bad arguments, 1 when the server could not start.

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public class Launcher {
    private static final String HOST = "127.0.0.1";

    private static Neo4j server;
    private static Path tempData;
    private static Path workDir;
    private static final Object LOCK = new Object();
    private static boolean stopped;

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j launcher: " + e.getMessage());
            System.exit(2);
            return;
        }

        CountDownLatch done = new CountDownLatch(1);
        // SIGTERM, SIGINT and System.exit all run this hook; the JVM waits for it to finish.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown();
            done.countDown();
        }, "neo4j-launcher-shutdown"));

        long t0 = System.nanoTime();
        try {
            start(options);
        } catch (Throwable e) {
            System.err.println("neo4j launcher: start failed: " + e);
            e.printStackTrace();
            shutdown();
            System.exit(1);
            return;
        }
        int port = server.boltURI().getPort();
        System.err.printf(Locale.ROOT, "neo4j launcher: ready in %d ms (data %s)%n",
                (System.nanoTime() - t0) / 1_000_000, options.data != null ? options.data : tempData);
        System.out.println("BOLT bolt://" + HOST + ":" + port);
        System.out.flush();

        if (options.watchStdin) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // discard; only the end of the stream matters
                    }
                } catch (IOException ignored) {
                    // a broken pipe means the parent is gone: stop as well
                }
                System.err.println("neo4j launcher: stdin closed, shutting down");
                System.exit(0); // runs the shutdown hook
            }, "neo4j-launcher-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        try {
            done.await(); // released by the shutdown hook
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    private static void start(Options o) throws IOException {
        Path data;
        if (o.data != null) {
            data = o.data.toAbsolutePath();
            Files.createDirectories(data);
        } else {
            tempData = Files.createTempDirectory("knooppunt-neo4j-data-");
            data = tempData;
        }
        // The harness puts its home (its logs) in a random sub-folder of workDir and deletes that
        // sub-folder on close; the databases live in `data` itself. workDir sits inside the data
        // directory so that whoever removes the data also removes what a SIGKILL leaves behind.
        workDir = data.resolve("harness-home");
        deleteQuietly(workDir); // left over from a killed run
        Files.createDirectories(workDir);

        server = Neo4jBuilders.newInProcessBuilder(workDir)
                .withConfig(GraphDatabaseSettings.data_directory, data)
                .withConfig(GraphDatabaseSettings.pagecache_memory, o.pagecache)
                .withConfig(GraphDatabaseSettings.memory_transaction_global_max_size, o.txMemory)
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                // tests deliberately try wrong passwords; never lock the account for it
                .withConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .withConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .withConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(HOST, o.port))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(HttpConnector.enabled, false)
                .withConfig(HttpsConnector.enabled, false)
                // Netty's default graceful shutdown waits a 2 s quiet period per event-loop group
                // (about 10 s in all); a test server has nothing to drain.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .withDisabledServer()
                .build();

        // A new system database has user neo4j with password "neo4j" that must be changed on first
        // login. Set the wanted password directly: embedded transactions are not subject to auth.
        GraphDatabaseService system = server.databaseManagementService().database("system");
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", o.password));
        } catch (RuntimeException e) {
            // Restart on a kept data directory with the same password: nothing to change.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static void shutdown() {
        synchronized (LOCK) {
            if (stopped) {
                return;
            }
            stopped = true;
            long t0 = System.nanoTime();
            if (server != null) {
                System.err.println("neo4j launcher: stopping");
                try {
                    server.close();
                } catch (RuntimeException e) {
                    System.err.println("neo4j launcher: error while stopping: " + e);
                }
            }
            deleteQuietly(tempData);
            deleteQuietly(workDir);
            System.err.printf(Locale.ROOT, "neo4j launcher: stopped in %d ms%n",
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // leftovers in the temp directory are harmless
        }
    }

    private record Options(int port, String password, Path data, long pagecache, long txMemory,
                           boolean watchStdin) {
        static Options parse(String[] args) {
            String port = System.getenv("NEO4J_PORT");
            String password = System.getenv("NEO4J_PASSWORD");
            String data = System.getenv("NEO4J_DATA");
            String pagecache = envOr("NEO4J_PAGECACHE", "512m");
            String txMemory = envOr("NEO4J_TX_MEMORY", "256m");
            boolean watchStdin = true;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--port" -> port = value(args, ++i, a);
                    case "--password" -> password = value(args, ++i, a);
                    case "--data" -> data = value(args, ++i, a);
                    case "--pagecache" -> pagecache = value(args, ++i, a);
                    case "--tx-memory" -> txMemory = value(args, ++i, a);
                    case "--no-stdin" -> watchStdin = false;
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
            }
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("a password is required (--password or NEO4J_PASSWORD)");
            }
            int p;
            try {
                p = port == null || port.isEmpty() ? 0 : Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port " + port);
            }
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("bad port " + port);
            }
            return new Options(p, password, data == null || data.isEmpty() ? null : Path.of(data),
                    bytes(pagecache), bytes(txMemory), watchStdin);
        }

        private static String envOr(String name, String fallback) {
            String v = System.getenv(name);
            return v == null || v.isEmpty() ? fallback : v;
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }

        /** "512m", "1g", "65536k" or plain bytes. */
        static long bytes(String s) {
            String v = s.trim().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (v.endsWith("b")) {
                v = v.substring(0, v.length() - 1);
            }
            switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> unit = 1;
            }
            if (unit != 1) {
                v = v.substring(0, v.length() - 1);
            }
            try {
                return Long.parseLong(v) * unit;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad size " + s);
            }
        }
    }
}
