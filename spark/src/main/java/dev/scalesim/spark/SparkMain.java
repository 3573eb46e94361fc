package dev.scalesim.spark;

import dev.scalesim.cli.Main;
import dev.scalesim.cli.RunCommand;
import java.nio.file.Path;

/**
 * The spark module's entry point: scalesim's command line, with Spark as the place blocks run.
 * Under spark-submit ({@code spark-submit --class dev.scalesim.spark.SparkMain
 * scalesim-spark.jar run FILE... --out DIR}) the master is spark-submit's, so {@code run} needs
 * no {@code --spark}; from {@code ./scalesim run ... --spark MASTER} it is the option's.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        // spark-submit passes its settings as system properties (spark.master among them)
        String submitted = System.getProperty("spark.master");
        if (submitted != null && System.getProperty(RunCommand.SPARK_MASTER_PROPERTY) == null) {
            System.setProperty(RunCommand.SPARK_MASTER_PROPERTY, submitted);
            System.setProperty(RunCommand.PROGRAM_PROPERTY, "spark-submit [your options] --class "
                    + SparkMain.class.getName() + " " + jar());
        }
        Main.main(args);
    }

    private static String jar() {
        try {
            return Path.of(SparkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            return "scalesim-spark.jar";
        }
    }
}
