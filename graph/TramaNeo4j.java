// Embedded Neo4j Community 5.26 with Bolt, for local Trama development and tests.
// Launched in source-file mode by graph/local-neo4j.ts (classpath from graph/pom.xml):
//   java -Xmx<heap>m -cp <classpath> graph/TramaNeo4j.java --data <dir> --bolt-port <port>
//        [--bolt-host 127.0.0.1] [--pagecache-mb 512] [--exit-on-stdin-close]
// Heap (-Xmx) and page cache come from graph/neo4j-memory.ts, through local-neo4j.ts.
// Contract (parsed by local-neo4j.ts, keep in sync):
//   stdout: TRAMA_NEO4J_READY bolt://<host>:<port> <version>  |  TRAMA_NEO4J_STOPPED
//   stderr: TRAMA_NEO4J_ERROR <PORT_IN_USE|DATA_LOCKED|START_FAILED> <message>
//   exit codes: 3 port in use, 4 store locked by another process, 1 any other failure.

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

public class TramaNeo4j {
    public static void main(String[] args) {
        Path data = null;
        String host = "127.0.0.1";
        int port = -1;
        long pageCacheMb = 256;
        boolean exitOnStdinClose = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                    case "--bolt-port" -> port = Integer.parseInt(args[++i]);
                    case "--bolt-host" -> host = args[++i];
                    case "--pagecache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
                    case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        } catch (RuntimeException e) {
            data = null; // falls through to the usage error below
        }
        if (data == null || port < 1 || port > 65535 || pageCacheMb < 8) {
            fail("START_FAILED", 1, "Uso / Usage: --data <dir> --bolt-port <1-65535> [--bolt-host 127.0.0.1] [--pagecache-mb <MB, 8+>] [--exit-on-stdin-close]");
        }

        // Check the port before touching the store, so a busy port never leaves a half-started DB.
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            fail("PORT_IN_USE", 3, "Porta " + host + ":" + port + " occupata / port in use (" + e.getMessage() + ")");
        }

        DatabaseManagementService dbms;
        try {
            // The data dir is the Neo4j home: the store goes in <data>/data, logs in <data>/logs.
            dbms = new DatabaseManagementServiceBuilder(data)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    // No auth: Bolt listens on loopback only, this is a single-user local dev/test DB.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports phoning home
                    // Internal setting: Netty's default 5 s quiet period (x2) made every shutdown take ~10 s.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
            // Probe the default database so a broken start fails here, not on the first client query.
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (Throwable e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                String name = c.getClass().getSimpleName();
                if (name.equals("FileLockException") || name.equals("StoreLockException")) {
                    fail("DATA_LOCKED", 4, "Il database in " + data + " è già aperto da un altro processo"
                            + " / the store is locked by another process: " + c.getMessage());
                }
                if (c instanceof java.net.BindException) {
                    fail("PORT_IN_USE", 3, "Porta " + host + ":" + port + " occupata / port in use (" + c.getMessage() + ")");
                }
            }
            e.printStackTrace();
            fail("START_FAILED", 1, String.valueOf(e));
            return;
        }

        final DatabaseManagementService service = dbms;
        // Runs on SIGTERM/SIGINT and on System.exit: a clean shutdown avoids store recovery next time.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            System.out.println("TRAMA_NEO4J_STOPPED");
            System.out.flush();
        }, "trama-shutdown"));

        if (exitOnStdinClose) {
            // The parent keeps our stdin open; EOF means it died, so shut down instead of being orphaned.
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) { /* ignore input */ }
                } catch (IOException ignored) {
                    // a broken stdin also means the parent is gone
                }
                System.exit(0);
            }, "trama-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        System.out.println("TRAMA_NEO4J_READY bolt://" + host + ":" + port + " " + Version.getNeo4jVersion());
        System.out.flush();
        // Non-daemon Neo4j threads keep the JVM alive until the shutdown hook runs.
    }

    private static void fail(String code, int exitCode, String message) {
        System.err.println("TRAMA_NEO4J_ERROR " + code + " " + message.replace('\n', ' '));
        System.err.flush();
        System.exit(exitCode);
    }
}
