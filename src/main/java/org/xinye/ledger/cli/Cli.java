package org.xinye.ledger.cli;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xinye.ledger.domain.AppVersion;
import org.xinye.ledger.domain.InvalidValueException;
import org.xinye.ledger.domain.Messages;
import org.xinye.ledger.store.StoreException;

/**
 * The command line: {@code xinye-ledger <verb> [options]}. Loads no JavaFX; every verb uses
 * the same store and services as the GUI.
 */
public final class Cli {
    private static final System.Logger LOG = System.getLogger(Cli.class.getName());
    private final List<Verb> verbs;

    public Cli(List<Verb> verbs) {
        this.verbs = List.copyOf(verbs);
    }

    /** The verbs of this build. */
    public static Cli standard() {
        return new Cli(List.of(new InitVerb(), new DemoVerb(), new CoverageVerb(), new CheckVerb(), new RegionsVerb(),
                new ReportVerb(), new ChartVerb(),
                new ExportVerb(), new BackupVerb(), new RestoreVerb(), new PackVerb(), new UnpackVerb(),
                new ImportVerb(), new TemplateVerb(), new ReconcileVerb(),
                new SubmitVerb(), new RollupVerb(), new DifferencesVerb()));
    }

    public boolean isVerb(String word) {
        return find(verbs, word) != null || "help".equals(word) || "--help".equals(word) || "-h".equals(word)
                || "--version".equals(word);
    }

    public int run(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || Set.of("help", "--help", "-h").contains(argv[0])) {
            out.print(usage());
            return Verb.OK;
        }
        if ("--version".equals(argv[0])) {
            out.println(Messages.get("app.title") + " " + AppVersion.get());
            return Verb.OK;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(argv));
        Verb verb = find(verbs, rest.remove(0));
        if (verb == null) {
            String later = rest.stream().filter(a -> find(verbs, a) != null).findFirst().orElse(null);
            err.println(later == null ? Messages.get("cli.unknownVerb", argv[0]) : Messages.get("cli.verbFirst", later));
            err.print(usage());
            return Verb.REFUSED;
        }
        String path = verb.name();
        while (verb.subVerbs() != null) {
            if (verb.runsAlone() && (rest.isEmpty() || find(verb.subVerbs(), rest.get(0)) == null)) {
                break;
            }
            if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                out.print(verbUsage(path, verb));
                return rest.contains("--help") ? Verb.OK : Verb.REFUSED;
            }
            Verb sub = find(verb.subVerbs(), rest.get(0));
            if (sub == null) {
                err.println(Messages.get("cli.unknownVerb", path + " " + rest.get(0)));
                err.print(verbUsage(path, verb));
                return Verb.REFUSED;
            }
            rest.remove(0);
            path = path + " " + sub.name();
            verb = sub;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(verbUsage(path, verb));
            return Verb.OK;
        }
        try {
            Set<String> flags = new HashSet<>(verb.flags());
            flags.add("help");
            Args args = Args.parse(rest, verb.valued(), flags);
            if (!verb.takesPositionals() && !args.positionals().isEmpty()) {
                throw new Args.UsageException(Messages.get("cli.extraArgument", args.positionals().get(0)));
            }
            return verb.run(args, out, err);
        } catch (Args.UsageException e) {
            err.println(e.getMessage());
            err.println(Messages.get("cli.seeHelp", path));
            return Verb.REFUSED;
        } catch (StoreException e) {
            err.println(e.getLocalizedMessage());
            LOG.log(Level.INFO, path + " refused: " + e.getMessage());
            return e.isRefusal() ? Verb.REFUSED : Verb.FAILURE;
        } catch (InvalidValueException e) {
            err.println(e.getLocalizedMessage());
            return Verb.REFUSED;
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, path + " failed", e);
            err.println(Messages.get("cli.failed", path, String.valueOf(e.getLocalizedMessage())));
            return Verb.FAILURE;
        }
    }

    private static Verb find(List<Verb> list, String name) {
        return list.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    String usage() {
        StringBuilder b = new StringBuilder(Messages.get("cli.usage")).append('\n');
        for (Verb v : verbs) {
            b.append(String.format("  %-10s %s%n", v.name(), Messages.get(v.summaryKey())));
        }
        b.append(Messages.get("cli.usageFooter")).append('\n');
        return b.toString();
    }

    static String verbUsage(String path, Verb v) {
        return Messages.get("cli.usagePrefix") + " " + path + " " + Messages.get(v.summaryKey() + ".usage") + "\n";
    }
}
