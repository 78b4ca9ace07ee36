package org.annotide.headless.internal.plugins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.annotide.headless.Args;
import org.annotide.headless.CliContext;
import org.annotide.headless.CliVerb;
import org.annotide.headless.UsageException;

/** {@code annotide-cli plugins}: installs, lists, updates and uninstalls plug-ins of a product. */
public final class PluginsVerb implements CliVerb {

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary() {
        return "Install, list, update, uninstall or roll back plug-ins through p2 (from an update site)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli plugins install SITE [ID...]
                       annotide-cli plugins list
                       annotide-cli plugins uninstall ID
                       annotide-cli plugins update
                       annotide-cli plugins rollback
                       (each with [--product DIR])

                Plug-ins are installed by p2, Eclipse's provisioning system, into the product's own p2 profile:
                p2 plans each change (every requirement of the plug-in must be met by the product or the site) and
                carries it out, undoing every step when one fails: a change is made whole or not at all.

                install    installs features or bundles of SITE, a p2 repository folder (an update site as a Tycho
                           build of a plug-in makes it, e.g. its target/repository). IDs are feature ids (with or
                           without .feature.group) or bundle symbolic names; without IDs every feature of the site
                           (every bundle when it has no feature). Each plug-in's Import-Package and Require-Bundle
                           are checked against the product first: a plug-in that needs an API version the product
                           does not have is refused, naming both versions, and nothing is installed. A plug-in
                           installed before is replaced.
                list       the plug-ins installed this way: id, version, name, the repository they came from
                uninstall  removes an installed plug-in (not a bundle of the product itself)
                update     installs what is newer in the repositories the plug-ins came from (API check first)
                rollback   goes back to the state of the product before the last install, update, uninstall or
                           rollback (p2 keeps every earlier state of the profile)

                Changes apply at the next start of annotide or annotide-cli. The product folder must be
                writable.

                Options:
                  --product DIR   the product folder (default: the one this command runs from)""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("product");
    }

    @Override
    public int run(CliContext context, Args args) throws Exception {
        String action = args.positional(0, "install, list, uninstall, update or rollback");
        if (!List.of("install", "list", "uninstall", "update", "rollback").contains(action)) {
            throw new UsageException("unknown action '" + action + "': install, list, uninstall, update or rollback");
        }
        P2Product product = new P2Product(productFolder(args));
        try {
            switch (action) {
            case "install" -> {
                Path site = args.path(1, "the update site folder");
                List<String> ids = args.positionals().subList(2, args.positionals().size());
                for (P2Product.Installed installed : product.install(site, ids, P2Product.none())) {
                    context.out().println("installed " + installed.id() + " " + installed.version() + " (" + installed.name() + ")");
                }
                context.err().println("Restart Annotide to use the plug-ins.");
            }
            case "list" -> {
                args.expectPositionals(1, 1);
                for (P2Product.Installed installed : product.installed()) {
                    context.out().println(installed.id() + "\t" + installed.version() + "\t" + installed.name() + "\t"
                            + installed.source());
                }
            }
            case "uninstall" -> {
                args.expectPositionals(2, 2);
                P2Product.Installed removed = product.uninstall(args.positional(1, "the plug-in id"), P2Product.none());
                context.out().println("uninstalled " + removed.id() + " " + removed.version());
            }
            case "update" -> {
                args.expectPositionals(1, 1);
                List<String> problems = new ArrayList<>();
                List<P2Product.Installed> updated = product.update(P2Product.none(), problems);
                problems.forEach(problem -> context.err().println("annotide-cli plugins: " + problem));
                updated.forEach(now -> context.out().println("updated " + now.id() + " to " + now.version()));
                if (updated.isEmpty()) {
                    context.out().println("everything is up to date");
                }
            }
            default -> {
                args.expectPositionals(1, 1);
                context.out().println("rolled back to the state of " + product.rollBack(P2Product.none()));
            }
            }
        } finally {
            product.close();
        }
        return OK;
    }

    private static Path productFolder(Args args) throws IOException {
        String option = args.option("product", null);
        if (option != null) {
            return Path.of(option);
        }
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            throw new UsageException("no --product and no running product: name the product folder with --product");
        }
        return Path.of(URI.create(area.replace(" ", "%20")));
    }

    static Stream<Path> jars(Path folder) throws IOException {
        return Files.list(folder).filter(file -> file.getFileName().toString().endsWith(".jar")).sorted();
    }
}
