package org.distdmf.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.List;
import java.util.stream.Collectors;

import org.distdmf.knime.graph.CommunicationGraphBuilderNodeFactory;
import org.junit.jupiter.api.Test;

/**
 * Checks inside Equinox that the plugin bundle is resolved and active and that the engine and its
 * libraries load from the jars embedded under lib/. The OSGi API is reached by reflection because
 * the shipped manifest imports no OSGi package.
 */
class BundleTest {

    private static final int STARTING = 0x08;

    private static final int ACTIVE = 0x20;

    private static final ClassLoader PLUGIN_LOADER = CommunicationGraphBuilderNodeFactory.class.getClassLoader();

    /** Calls a method of an OSGi interface that {@code target}'s class implements. */
    private static Object callOsgi(final Object target, final String interfaceName, final String method,
        final Class<?>[] types, final Object... args) throws Exception {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> implemented : type.getInterfaces()) {
                Class<?> match = findInterface(implemented, interfaceName);
                if (match != null) {
                    Method m = match.getMethod(method, types);
                    return m.invoke(target, args);
                }
            }
        }
        throw new AssertionError(target.getClass() + " does not implement " + interfaceName
            + "; the tests are not running inside OSGi");
    }

    private static Class<?> findInterface(final Class<?> type, final String name) {
        if (type.getName().equals(name)) {
            return type;
        }
        for (Class<?> parent : type.getInterfaces()) {
            Class<?> match = findInterface(parent, name);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    private static Object pluginBundle() throws Exception {
        return callOsgi(PLUGIN_LOADER, "org.osgi.framework.BundleReference", "getBundle", new Class<?>[0]);
    }

    @Test
    void pluginBundleIsResolvedAndActive() throws Exception {
        Object bundle = pluginBundle();

        assertEquals("org.distdmf.knime",
            callOsgi(bundle, "org.osgi.framework.Bundle", "getSymbolicName", new Class<?>[0]));
        int state = (Integer)callOsgi(bundle, "org.osgi.framework.Bundle", "getState", new Class<?>[0]);
        // Lazy activation starts the bundle when its first class loads, which happened above.
        assertTrue(state == STARTING || state == ACTIVE, "bundle state " + state);
    }

    @Test
    void bundleClassPathEntriesExist() throws Exception {
        Object bundle = pluginBundle();
        @SuppressWarnings("unchecked")
        Dictionary<String, String> headers = (Dictionary<String, String>)callOsgi(bundle,
            "org.osgi.framework.Bundle", "getHeaders", new Class<?>[0]);
        List<String> entries = Arrays.stream(headers.get("Bundle-ClassPath").split(","))
            .map(String::trim).collect(Collectors.toList());

        assertEquals(".", entries.get(0));
        assertTrue(entries.contains("lib/distdmf-core.jar"), entries.toString());
        for (String entry : entries.subList(1, entries.size())) {
            assertNotNull(callOsgi(bundle, "org.osgi.framework.Bundle", "getEntry", new Class<?>[]{String.class}, entry),
                "Bundle-ClassPath entry " + entry + " is not in the bundle");
        }
        assertEquals("org.knime.core;bundle-version=\"[5.0.0,6.0.0)\"", headers.get("Require-Bundle"));
    }

    @Test
    void engineAndLibrariesLoadFromEmbeddedJars() throws Exception {
        String[] classes = {"org.distdmf.core.table.ResultTable", "org.ejml.data.DMatrixRMaj",
            "org.ejml.dense.row.CommonOps_DDRM", "org.jgrapht.graph.SimpleWeightedGraph", "org.jheaps.AddressableHeap",
            "org.apfloat.Apfloat", "org.jfree.chart.JFreeChart", "org.jfree.svg.SVGGraphics2D",
            "org.apache.commons.csv.CSVFormat", "org.apache.commons.io.IOUtils", "org.apache.commons.codec.binary.Hex"};
        for (String name : classes) {
            Class<?> loaded = Class.forName(name, false, PLUGIN_LOADER);
            assertSame(PLUGIN_LOADER, loaded.getClassLoader(), name + " must come from the plugin's lib/ jars");
        }
    }
}
