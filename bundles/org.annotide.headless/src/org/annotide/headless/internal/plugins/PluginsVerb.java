package org.annotide.headless.internal.plugins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return "Install, list, update or uninstall plug-ins (an update site folder or a folder of bundle jars)";
    }

    @Override
    public String usage() {
        return """
                Usage: annotide-cli plugins install SITE [ID...]
                       annotide-cli plugins list
                       annotide-cli plugins uninstall ID
                       annotide-cli plugins update
                       (each with [--product DIR])

                install    installs the plug-ins of SITE: a p2 update site folder (plugins/ and features/, as a
                           Tycho build of a plug-in makes it) or a folder of bundle jars. IDs choose among them,
                           by bundle symbolic name or feature id; without IDs every bundle of the site. Each
                           plug-in's Import-Package and Require-Bundle are checked against the product first: a
                           plug-in that needs an API version the product does not have is refused, naming both
                           versions, and nothing is installed. A plug-in installed before is replaced.
                list       the plug-ins installed this way: id, version, name, where from
                uninstall  removes an installed plug-in (not a bundle of the product itself)
                update     installs what is newer on the sites the plug-ins came from

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
        String action = args.positional(0, "install, list, uninstall or update");
        Product product = new Product(productFolder(args));
        switch (action) {
        case "install" -> {
            Path site = args.path(1, "the update site folder");
            List<String> ids = args.positionals().subList(2, args.positionals().size());
            for (Product.Installed installed : product.install(site, ids)) {
                context.out().println("installed " + installed.symbolicName() + " " + installed.version() + " ("
                        + installed.name() + ")");
            }
            context.err().println("Restart Annotide to use the plug-ins.");
            return OK;
        }
        case "list" -> {
            args.expectPositionals(1, 1);
            for (Product.Installed installed : product.installed()) {
                context.out().println(installed.symbolicName() + "\t" + installed.version() + "\t" + installed.name()
                        + "\t" + installed.source());
            }
            return OK;
        }
        case "uninstall" -> {
            args.expectPositionals(2, 2);
            Product.Installed removed = product.uninstall(args.positional(1, "the plug-in id"));
            context.out().println("uninstalled " + removed.symbolicName() + " " + removed.version());
            return OK;
        }
        case "update" -> {
            args.expectPositionals(1, 1);
            Map<Path, List<String>> bySite = new LinkedHashMap<>();
            List<Product.Installed> before = product.installed();
            for (Product.Installed installed : before) {
                bySite.computeIfAbsent(Path.of(installed.source()), site -> new ArrayList<>()).add(installed.symbolicName());
            }
            int updated = 0;
            for (Map.Entry<Path, List<String>> site : bySite.entrySet()) {
                if (!Files.isDirectory(site.getKey())) {
                    context.err().println("annotide-cli plugins: " + site.getKey() + " is gone; "
                            + String.join(", ", site.getValue()) + " stay as they are");
                    continue;
                }
                for (Product.Installed now : product.updateFrom(site.getKey(), site.getValue())) {
                    context.out().println("updated " + now.symbolicName() + " to " + now.version());
                    updated++;
                }
            }
            if (updated == 0) {
                context.out().println("everything is up to date");
            }
            return OK;
        }
        default -> throw new UsageException("unknown action '" + action + "': install, list, uninstall or update");
        }
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
