package org.vemanager.mof.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vemanager.mof.MofCompilationException;
import org.vemanager.mof.MofCompiler;
import org.vemanager.mof.MofError;
import org.vemanager.mof.MofRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./vem mof}: the command line of the MOF compiler. */
@Command(name = "mof", mixinStandardHelpOptions = true, subcommands = MofMain.Compile.class,
    description = "DMTF MOF (DSP0221) tools.")
public final class MofMain implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        SerialFilter.install();
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given output streams (tests read them). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        SerialFilter.install();
        return new CommandLine(new MofMain()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** {@code mof compile [--namespace NS] [--include-dir DIR]… FILE…} */
    @Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Compiles MOF files into one repository and prints what it holds, or every error as",
            "file:line:col with the source line and a caret. Exit status 0 when everything compiled, 1 otherwise."})
    static final class Compile implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--namespace", paramLabel = "NS", defaultValue = MofCompiler.DEFAULT_NAMESPACE,
            description = "namespace until a #pragma namespace says otherwise (default: ${DEFAULT-VALUE})")
        String namespace;

        @Option(names = "--include-dir", paramLabel = "DIR",
            description = "extra directory searched for #pragma include (after the including file's directory)")
        List<Path> includeDirs = new ArrayList<>();

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "the MOF files, compiled in order")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            MofCompiler compiler = new MofCompiler().defaultNamespace(namespace);
            includeDirs.forEach(compiler::includeDirectory);
            try {
                MofRepository repository = compiler.compile(files.toArray(new Path[0]));
                out.println(summary(repository, files.size()));
                out.flush();
                return 0;
            } catch (MofCompilationException e) {
                for (MofError error : e.errors()) {
                    err.println(error.format());
                }
                int n = e.errors().size();
                err.println(n + (n == 1 ? " error" : " errors") + "; nothing compiled");
                err.flush();
                return 1;
            }
        }
    }

    /** {@code compiled 3 files: 61 qualifier types, 1830 classes, 0 instances (namespace root/cimv2)} */
    static String summary(MofRepository repository, int fileCount) {
        int qualifierTypes = 0;
        int classes = 0;
        int instances = 0;
        for (String ns : repository.namespaces()) {
            qualifierTypes += repository.qualifierTypes(ns).size();
            classes += repository.classes(ns).size();
            instances += repository.instances(ns).size();
        }
        List<String> namespaces = new ArrayList<>(repository.namespaces());
        return "compiled " + fileCount + (fileCount == 1 ? " file: " : " files: ") + qualifierTypes + " qualifier types, "
            + classes + " classes, " + instances + " instances (" + (namespaces.size() == 1 ? "namespace " : "namespaces ")
            + String.join(", ", namespaces) + ")";
    }
}
