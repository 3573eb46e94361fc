package dev.scalesim.spark;

import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Prints the JVM options Spark needs on Java 17+ (the {@code --add-opens} list), one line, from
 * Spark's own {@link JavaModuleOptions}: the launcher starts a {@code --spark} run's JVM with them.
 */
public final class JvmOptions {
    private JvmOptions() {
    }

    public static void main(String[] args) {
        System.out.println(JavaModuleOptions.defaultModuleOptions());
    }
}
