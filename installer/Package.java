import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the installable application from target/xinye-ledger.jar and target/lib:
 * a jlinked runtime, the app image (GUI launcher and a console launcher for commands),
 * the SQLite native library shipped in the image, ahead-of-time class caches, and the
 * installer for this operating system. Run by {@code ./mvnw -Pinstaller package}; written in
 * Java so the same steps run on Windows, macOS and Linux.
 *
 * <pre>java installer/Package.java --project DIR --version X.Y.Z [--type TYPE] [--jdk JDK_HOME]</pre>
 *
 * With {@code --print-cli-options NATIVE_DIR} it builds nothing and prints, one a line, the JVM
 * options the command launcher runs with, its native library taken from NATIVE_DIR instead of the
 * image's: the import benchmark runs the app with exactly these.
 *
 * TYPE: {@code app-image} (default on Linux), {@code deb}, {@code msi} (default on Windows),
 * {@code exe}, {@code dmg} (default on macOS). JDK_HOME supplies jlink, jpackage and the
 * runtime; with JDK 25 or newer the image also gets an AOT cache of the app's classes for
 * each launcher (the window's trained on its start-up, the command launcher's on an import),
 * which JDK 25 keeps valid when the app is installed to another folder.
 */
public final class Package {
    private static final String NAME = "XinyeLedger";
    private static final String CLI_LAUNCHER = "xinye-ledger-cli";
    private static final String MAIN_CLASS = "org.xinye.ledger.Main";
    /** Modules jdeps cannot see: charsets for GB18030/GBK rosters, Chinese locale data, JNDI for XML parsers. */
    private static final List<String> EXTRA_MODULES = List.of("jdk.charsets", "jdk.localedata", "java.naming",
            "jdk.crypto.ec", "jdk.zipfs");

    private final Path project;
    private final Path target;
    private final Path work;
    private final String version;
    private final String type;
    private final Path jdk;
    private final String os;

    private Package(Map<String, String> args) {
        project = Path.of(args.getOrDefault("project", ".")).toAbsolutePath().normalize();
        target = project.resolve("target");
        work = target.resolve("installer");
        version = args.getOrDefault("version", "0.0.0").replaceAll("[^0-9.].*$", "");
        String osName = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        os = osName.contains("win") ? "windows" : osName.contains("mac") ? "mac" : "linux";
        type = args.getOrDefault("type", switch (os) {
            case "windows" -> "msi";
            case "mac" -> "dmg";
            default -> "app-image";
        });
        String jdkArg = args.get("jdk");
        jdk = Path.of(jdkArg == null || jdkArg.isBlank() ? System.getProperty("java.home") : jdkArg);
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String name = argv[i].replaceFirst("^--", "");
            String value = i + 1 < argv.length && !argv[i + 1].startsWith("--") ? argv[++i] : "";
            if (!value.isBlank()) {
                args.put(name, value);
            }
        }
        Package p = new Package(args);
        if (args.containsKey("print-cli-options")) {
            for (String option : p.cliOptions()) {
                System.out.println(option.replace("$APPDIR/native", args.get("print-cli-options")));
            }
            return;
        }
        p.run();
    }

    private void run() throws Exception {
        Path jar = target.resolve("xinye-ledger.jar");
        if (!Files.exists(jar) || !Files.isDirectory(target.resolve("lib"))) {
            throw new IllegalStateException("build the jar first: ./mvnw package (missing " + jar + ")");
        }
        deleteTree(work);
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve(jar.getFileName()));
        // Exactly the jars the manifest names: target/lib may hold leftovers of older builds.
        for (String entry : classPath(jar)) {
            Files.copy(target.resolve(entry), input.resolve(entry));
        }
        String nativeLib = extractSqliteNative(input);
        Path runtime = jlink(input);
        Path image = appImage(input, runtime, nativeLib);
        Path app = image.resolve(os.equals("mac") ? "Contents/app" : os.equals("windows") ? "app" : "lib/app");
        Path demo = work.resolve("demo.xldb");
        runLauncher(image, List.of("demo", "--db", demo.toString(), "--workers", "30000"), null);
        if (feature() >= 25) {
            trainAotCaches(image, app, demo);
        } else {
            log("JDK " + feature() + ": the image has jlink's CDS archive of JDK classes; an app class cache needs JDK 25+.");
        }
        int code = runLauncher(image, List.of("check", "--db", demo.toString()), null);
        if (code != 0) {
            throw new IllegalStateException("the packaged app failed `check` on a demo ledger (exit " + code + ")");
        }
        log("app image works: " + image);
        if (!type.equals("app-image")) {
            installer(image);
        }
    }

    private static List<String> classPath(Path jar) throws IOException {
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            String cp = j.getManifest().getMainAttributes().getValue("Class-Path");
            return cp == null ? List.of() : Arrays.asList(cp.trim().split("\\s+"));
        }
    }

    private int feature() {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through: treat as the oldest supported
        }
        return 17;
    }

    /**
     * The SQLite driver would otherwise unpack its native library into the temp folder on
     * every start (~150 ms, and it litters %TEMP%); the image ships it and the driver loads
     * it from there.
     */
    private String extractSqliteNative(Path input) throws IOException {
        String arch = System.getProperty("os.arch").matches("aarch64|arm64") ? "aarch64" : "x86_64";
        String folder = switch (os) {
            case "windows" -> "Windows";
            case "mac" -> "Mac";
            default -> "Linux";
        };
        String lib = nativeLibName();
        Path driver;
        try (Stream<Path> libs = Files.list(input.resolve("lib"))) {
            driver = libs.filter(p -> p.getFileName().toString().startsWith("sqlite-jdbc-")).findFirst().orElseThrow();
        }
        Path out = input.resolve("native");
        Files.createDirectories(out);
        try (ZipFile zip = new ZipFile(driver.toFile())) {
            ZipEntry entry = zip.getEntry("org/sqlite/native/" + folder + "/" + arch + "/" + lib);
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, out.resolve(lib));
            }
        }
        return lib;
    }

    private Path jlink(Path input) throws Exception {
        TreeSet<String> modules = new TreeSet<>(EXTRA_MODULES);
        List<String> deps = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release",
                "17", "--class-path", input.resolve("lib") + java.io.File.separator + "*",
                input.resolve("xinye-ledger.jar").toString()));
        String printed = capture(tool("jdeps"), deps).trim();
        String[] lines = printed.split("\\R");
        modules.addAll(Arrays.asList(lines[lines.length - 1].split(",")));
        log("runtime modules: " + String.join(",", modules));
        Path runtime = work.resolve("runtime");
        List<String> cmd = new ArrayList<>(List.of("--add-modules", String.join(",", modules), "--output",
                runtime.toString(), "--strip-debug", "--no-header-files", "--no-man-pages",
                "--include-locales=zh,en", "--generate-cds-archive"));
        cmd.addAll(feature() >= 21 ? List.of("--compress=zip-6") : List.of("--compress=2"));
        exec(tool("jlink"), cmd);
        return runtime;
    }

    private Path appImage(Path input, Path runtime, String nativeLib) throws Exception {
        Path dest = work.resolve("image");
        List<String> cmd = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--vendor", "Xinye Ledger", "--description", "新业态新就业群体党建台账",
                "--copyright", "Apache-2.0", "--input", input.toString(), "--main-jar", "xinye-ledger.jar",
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(), "--dest", dest.toString(),
                "--icon", icon().toString(),
                "--add-launcher", CLI_LAUNCHER + "=" + cliLauncher(nativeLib)));
        for (String option : javaOptions(nativeLib)) {
            cmd.add("--java-options");
            cmd.add(option);
        }
        exec(tool("jpackage"), cmd);
        return dest.resolve(os.equals("mac") ? NAME + ".app" : NAME);
    }

    /**
     * The command launcher's properties with the shared JVM options in front of its own: a
     * {@code java-options} key in an added launcher's file replaces the main launcher's
     * options instead of adding to them.
     */
    private Path cliLauncher(String nativeLib) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(project.resolve("installer/cli-launcher.properties"),
                StandardCharsets.UTF_8)) {
            if (!line.startsWith("java-options=")) {
                out.add(line);
            }
        }
        out.add("java-options=" + String.join(" ", cliOptions(nativeLib)));
        Path file = work.resolve("cli-launcher.properties");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    /** The command launcher's JVM options: the shared ones, then its own from cli-launcher.properties. */
    private List<String> cliOptions(String nativeLib) throws IOException {
        List<String> o = new ArrayList<>(javaOptions(nativeLib));
        for (String line : Files.readAllLines(project.resolve("installer/cli-launcher.properties"),
                StandardCharsets.UTF_8)) {
            if (line.startsWith("java-options=")) {
                o.addAll(Arrays.asList(line.substring("java-options=".length()).trim().split("\\s+")));
            }
        }
        o.removeIf(String::isBlank);
        return o;
    }

    /** {@link #cliOptions(String)} with this platform's SQLite library. */
    private List<String> cliOptions() throws IOException {
        return cliOptions(nativeLibName());
    }

    /** The file name of the SQLite driver's native library on this platform. */
    private String nativeLibName() {
        return switch (os) {
            case "windows" -> "sqlitejdbc.dll";
            case "mac" -> "libsqlitejdbc.dylib";
            default -> "libsqlitejdbc.so";
        };
    }

    private List<String> javaOptions(String nativeLib) {
        List<String> o = new ArrayList<>(List.of("-Dorg.sqlite.lib.path=$APPDIR/native", "-Dorg.sqlite.lib.name=" + nativeLib,
                "-Dfile.encoding=UTF-8", "-Xss2m"));
        if (feature() >= 22) {
            // JavaFX and the SQLite driver load native code; say so, instead of a warning at every start.
            o.add("--enable-native-access=ALL-UNNAMED");
        }
        if (feature() >= 24) {
            o.add("--sun-misc-unsafe-memory-access=allow");
        }
        return o;
    }

    private Path icon() {
        String file = switch (os) {
            case "windows" -> "xinye-ledger.ico";
            case "mac" -> "xinye-ledger.icns";
            default -> "xinye-ledger-256.png";
        };
        return project.resolve("assets/icons").resolve(file);
    }

    /**
     * Trains the AOT caches (JDK 25+), one per launcher, each on that launcher's real work: the
     * window's on opening a 30,000-worker demo ledger up to its first populated dashboard (a
     * reading command where no display can be had), the command launcher's on importing that
     * ledger's people as a roster, the heaviest command a cadre runs. A cache serves only JVMs
     * started with the options it was trained with, and the two launchers' options differ (the
     * command launcher's compiler and collector). When a cache cannot be used the JVM simply
     * starts without it.
     */
    private void trainAotCaches(Path image, Path app, Path demo) throws Exception {
        boolean display = !os.equals("linux") || System.getenv("DISPLAY") != null || onPath("xvfb-run");
        trainAotCache(image, app, NAME, "xinye-ledger.aot", display ? List.of("--db", demo.toString(), "--startup-probe")
                : List.of("coverage", "--db", demo.toString(), "--format", "json"));
        Path roster = work.resolve("roster.xlsx");
        Path ledger = work.resolve("import.xldb");
        if (runLauncher(image, List.of("export", "--db", demo.toString(), "--table", "workers", "--out",
                roster.toString(), "--unmask"), null) == 0
                && runLauncher(image, List.of("init", "--db", ledger.toString()), null) == 0) {
            trainAotCache(image, app, CLI_LAUNCHER, "xinye-ledger-cli.aot", List.of("import", "--db", ledger.toString(), "--type", "workers",
                    roster.toString()));
        } else {
            log("no roster to train the command launcher's AOT cache on; it starts without one.");
        }
    }

    /** Trains {@code launcher}'s AOT cache (app/{@code file}) on one run of {@code workload}; points the launcher at it. */
    private void trainAotCache(Path image, Path app, String launcher, String file, List<String> workload)
            throws Exception {
        Path cache = app.resolve(file);
        int code = runLauncher(image, workload, "-XX:AOTCacheOutput=" + cache);
        if (code != 0 || !Files.exists(cache)) {
            log("AOT cache training of " + launcher + " did not complete (exit " + code + "); it starts without one.");
            return;
        }
        Path cfg = app.resolve(launcher + ".cfg");
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        Files.writeString(cfg, text.replace("[JavaOptions]", "[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/" + file),
                StandardCharsets.UTF_8);
        log("AOT cache of " + launcher + " trained on `" + String.join(" ", workload) + "`: " + cache);
    }

    private int runLauncher(Path image, List<String> args, String toolOptions) throws Exception {
        Path bin = switch (os) {
            case "windows" -> image.resolve(CLI_LAUNCHER + ".exe");
            case "mac" -> image.resolve("Contents/MacOS/" + (args.contains("--startup-probe") ? NAME : CLI_LAUNCHER));
            default -> image.resolve("bin/" + (args.contains("--startup-probe") ? NAME : CLI_LAUNCHER));
        };
        List<String> cmd = new ArrayList<>();
        if (os.equals("linux") && args.contains("--startup-probe") && System.getenv("DISPLAY") == null) {
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1400x900x24"));
        }
        cmd.add(bin.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("XINYE_LEDGER_HOME", work.resolve("home").toString());
        if (toolOptions != null) {
            pb.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private void installer(Path image) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(), "--name", NAME,
                "--app-version", version, "--vendor", "Xinye Ledger", "--description", "新业态新就业群体党建台账",
                "--license-file", project.resolve("LICENSE").toString(), "--dest", work.toString(),
                "--file-associations", project.resolve("installer/xldb-association.properties").toString()));
        switch (os) {
            case "windows" -> cmd.addAll(List.of("--win-menu", "--win-menu-group", "新业态党建台账", "--win-shortcut",
                    "--win-dir-chooser", "--win-per-user-install",
                    "--win-upgrade-uuid", "6f0c6a5e-8a3b-4c3e-9d0e-1a7f3b2c4d51"));
            case "mac" -> cmd.addAll(List.of("--mac-package-identifier", "org.xinye.ledger", "--mac-package-name", "新业态党建台账"));
            default -> cmd.addAll(List.of("--linux-package-name", "xinye-ledger", "--linux-shortcut",
                    "--linux-menu-group", "Office", "--linux-app-category", "office",
                    "--linux-deb-maintainer", "maintainers@xinye-ledger.invalid"));
        }
        exec(tool("jpackage"), cmd);
        log("installer written to " + work);
    }

    private Path tool(String name) {
        Path p = jdk.resolve("bin").resolve(os.equals("windows") ? name + ".exe" : name);
        if (!Files.isExecutable(p)) {
            throw new IllegalStateException(name + " not found in " + jdk + ": give --jdk (or -Dinstaller.jdk) a full JDK");
        }
        return p;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static void exec(Path program, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(program.toString());
        cmd.addAll(args);
        log("$ " + String.join(" ", cmd));
        int code = new ProcessBuilder(cmd).inheritIO().start().waitFor();
        if (code != 0) {
            throw new IllegalStateException(program.getFileName() + " failed with exit code " + code);
        }
    }

    private static String capture(Path program, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(program.toString());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(program.getFileName() + " failed: " + out);
        }
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void log(String message) {
        System.out.println("[installer] " + message);
    }
}
