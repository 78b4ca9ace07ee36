package org.annotide.perf.tests.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annotide.headless.CliVerb;
import org.annotide.ml.FashionMnist;
import org.annotide.perf.tests.Cli;
import org.junit.jupiter.api.Test;

/** bench train on a slice of Fashion-MNIST, through the verb the product registers. */
class BenchTrainVerbTest {

    @Test
    void benchTrainPrintsItsFigures() throws Exception {
        assumeTrue(FashionMnist.isInstalled());
        Cli bench = Cli.run("bench", "train", "--fashion-mnist", "--train", "300", "--test", "100", "--epochs", "2",
                "--batch", "32", "--no-torch");
        assertEquals(CliVerb.OK, bench.exitCode, bench.out + bench.err);
        for (String figure : List.of("import_s", "epoch_s", "rss_mb_epoch_2", "test_top1", "train_images_per_s",
                "inference_images_per_s")) {
            assertTrue(bench.out.contains("BENCH " + figure + " "), figure + " in " + bench.out);
        }
        Matcher top1 = Pattern.compile("BENCH test_top1 (\\S+)").matcher(bench.out);
        assertTrue(top1.find());
        assertTrue(Double.parseDouble(top1.group(1)) > 0.2, "two epochs on 300 images beat chance (0.1) on the test set: "
                + bench.out);
    }
}
