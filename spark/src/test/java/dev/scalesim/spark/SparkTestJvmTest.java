package dev.scalesim.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** The pom's JVM options for the tests are Spark's own list (JavaModuleOptions), so they cannot drift. */
class SparkTestJvmTest {
    @Test
    void theTestJvmHasEveryOptionSparkAsksFor() {
        List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String option : JavaModuleOptions.defaultModuleOptionArray()) {
            assertTrue(args.contains(option), "spark/pom.xml's spark.jvm.options lacks " + option);
        }
    }
}
