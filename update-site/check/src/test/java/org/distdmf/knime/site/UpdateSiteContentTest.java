package org.distdmf.knime.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the packaged update site zip as a KNIME installation would see it. The site contains only the
 * plugin, its feature and p2 metadata, never org.knime.core. Every class path entry and package the
 * plugin needs comes from its embedded jars, org.knime.core, the Eclipse platform or the JRE.
 */
class UpdateSiteContentTest {

    private static final String PLUGIN_ID = "org.distdmf.knime";

    private static final String FEATURE_ID = "org.distdmf.knime.feature";

    private static final Set<String> P2_METADATA = Set.of("artifacts.jar", "content.jar", "artifacts.xml.xz",
        "content.xml.xz", "p2.index");

    /**
     * Packages that embedded libraries refer to but that nothing provides, each limited to the jar
     * that refers to it. The classes involved fail with NoClassDefFoundError if used, so the engine
     * must not use them: jfreechart's org.jfree.chart.servlet (Servlet API) and EJML's MATLAB file
     * support in MatrixIO (MFL library).
     */
    private static final Map<String, String> UNREACHABLE_OPTIONAL = Map.of(
        "javax.servlet", "lib/jfreechart.jar",
        "javax.servlet.http", "lib/jfreechart.jar",
        "us.hebi.matlab.mat.ejml", "lib/ejml-core.jar",
        "us.hebi.matlab.mat.format", "lib/ejml-core.jar",
        "us.hebi.matlab.mat.types", "lib/ejml-core.jar");

    private static Path zipPath;

    private static Map<String, byte[]> siteEntries;

    @BeforeAll
    static void readSite() throws IOException {
        zipPath = Path.of(System.getProperty("distdmf.updateSite.zip"));
        assertTrue(Files.isRegularFile(zipPath), "update site zip not found at " + zipPath
            + "; build the update-site module first");
        siteEntries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        siteEntries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static String single(final String prefix) {
        List<String> matches = siteEntries.keySet().stream().filter(name -> name.startsWith(prefix))
            .collect(Collectors.toList());
        assertEquals(1, matches.size(), "entries starting with " + prefix + ": " + matches);
        return matches.get(0);
    }

    /** Returns the entries of a jar: name to content. */
    private static Map<String, byte[]> jarEntries(final byte[] jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static Attributes manifest(final byte[] jar) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            assertTrue(manifest != null, "jar has no manifest");
            return manifest.getMainAttributes();
        }
    }

    /** Splits an OSGi header into its clauses' first elements, ignoring commas inside quotes. */
    static List<String> clauseNames(final String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String text = clause.toString().trim();
                if (!text.isEmpty()) {
                    names.add(text.split(";")[0].trim());
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }

    private static Set<String> packagesOf(final Map<String, byte[]> jar) {
        Set<String> packages = new TreeSet<>();
        for (String name : jar.keySet()) {
            if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                int slash = name.lastIndexOf('/');
                packages.add(slash < 0 ? "" : name.substring(0, slash).replace('/', '.'));
            }
        }
        return packages;
    }

    private static Set<String> jrePackages() {
        Set<String> packages = new TreeSet<>();
        for (Module module : ModuleLayer.boot().modules()) {
            packages.addAll(module.getDescriptor().exports().stream()
                .filter(export -> !export.isQualified()).map(export -> export.source()).collect(Collectors.toSet()));
        }
        return packages;
    }

    /** Returns the packages org.knime.core exports, from the stand-in jar when this build made one. */
    private static Set<String> knimeCoreExports() throws IOException {
        Path standin = Path.of(System.getProperty("distdmf.standin.jar"));
        if (!Files.isRegularFile(standin)) {
            return Set.of();
        }
        return new TreeSet<>(clauseNames(manifest(Files.readAllBytes(standin)).getValue("Export-Package")));
    }

    @Test
    void siteHoldsOnlyPluginFeatureAndMetadata() {
        String plugin = single("plugins/");
        String feature = single("features/");

        assertTrue(plugin.matches("plugins/" + PLUGIN_ID.replace(".", "\\.") + "_0\\.1\\.0\\.[^/]+\\.jar"), plugin);
        assertTrue(feature.matches("features/" + FEATURE_ID.replace(".", "\\.") + "_0\\.1\\.0\\.[^/]+\\.jar"), feature);
        for (String name : siteEntries.keySet()) {
            assertFalse(name.contains("org.knime.core"), "the site must not ship " + name);
            assertTrue(name.equals(plugin) || name.equals(feature) || P2_METADATA.contains(name),
                "unexpected entry " + name);
        }
        assertTrue(siteEntries.containsKey("content.jar") || siteEntries.containsKey("content.xml.xz"));
        assertTrue(siteEntries.containsKey("artifacts.jar") || siteEntries.containsKey("artifacts.xml.xz"));
    }

    @Test
    void featureIncludesPluginAndRequiresKnimeCore() throws Exception {
        byte[] featureXml = jarEntries(siteEntries.get(single("features/"))).get("feature.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(featureXml));
        Element root = document.getDocumentElement();

        assertEquals(FEATURE_ID, root.getAttribute("id"));
        NodeList plugins = root.getElementsByTagName("plugin");
        assertEquals(1, plugins.getLength(), "included plugins");
        assertEquals(PLUGIN_ID, ((Element)plugins.item(0)).getAttribute("id"));
        assertEquals(0, root.getElementsByTagName("includes").getLength(), "included features");
        NodeList imports = root.getElementsByTagName("import");
        assertEquals(1, imports.getLength(), "required plugins");
        Element knimeCore = (Element)imports.item(0);
        assertEquals("org.knime.core", knimeCore.getAttribute("plugin"));
        assertEquals("5.0.0", knimeCore.getAttribute("version"));
        assertEquals("greaterOrEqual", knimeCore.getAttribute("match"));
    }

    @Test
    void pluginClassPathMatchesEmbeddedJars() throws Exception {
        byte[] pluginJar = siteEntries.get(single("plugins/"));
        Attributes manifest = manifest(pluginJar);
        Map<String, byte[]> entries = jarEntries(pluginJar);

        assertEquals(PLUGIN_ID, manifest.getValue("Bundle-SymbolicName").split(";")[0].trim());
        assertEquals(List.of("org.knime.core"), clauseNames(manifest.getValue("Require-Bundle")));
        List<String> classPath = clauseNames(manifest.getValue("Bundle-ClassPath"));
        assertEquals(".", classPath.get(0));
        Set<String> declaredJars = new TreeSet<>(classPath.subList(1, classPath.size()));
        Set<String> embeddedJars = entries.keySet().stream().filter(name -> name.startsWith("lib/"))
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declaredJars, embeddedJars, "Bundle-ClassPath jars versus jars under lib/");
        assertTrue(declaredJars.contains("lib/distdmf-core.jar"), declaredJars.toString());
        assertTrue(entries.containsKey("plugin.xml"), "plugin.xml");
        for (String jar : embeddedJars) {
            assertFalse(jar.contains("org.knime"), "org.knime.core must not be embedded: " + jar);
        }
    }

    @Test
    void everyImportedPackageIsProvided() throws Exception {
        Attributes manifest = manifest(siteEntries.get(single("plugins/")));
        Set<String> jre = jrePackages();

        for (String imported : clauseNames(manifest.getValue("Import-Package"))) {
            boolean platform = imported.startsWith("org.osgi.") || imported.startsWith("org.eclipse.");
            assertTrue(jre.contains(imported) || platform,
                "Import-Package " + imported + " is provided neither by the JRE nor by the Eclipse platform");
        }
    }

    /**
     * Follows every class reference in the plugin's classes and embedded jars. A referenced package
     * must be in the plugin or its jars, in java.*, exported by org.knime.core, or imported in the
     * manifest: anything else would fail with NoClassDefFoundError inside KNIME unless the
     * installation happens to delegate it to the boot class loader.
     */
    @Test
    void everyReferencedPackageResolves() throws Exception {
        byte[] pluginJar = siteEntries.get(single("plugins/"));
        Attributes manifest = manifest(pluginJar);
        Map<String, byte[]> pluginEntries = jarEntries(pluginJar);
        Map<String, Map<String, byte[]>> codeByJar = new LinkedHashMap<>();
        codeByJar.put(".", pluginEntries);
        for (String jar : clauseNames(manifest.getValue("Bundle-ClassPath"))) {
            if (!jar.equals(".")) {
                codeByJar.put(jar, jarEntries(pluginEntries.get(jar)));
            }
        }
        Set<String> provided = new TreeSet<>();
        codeByJar.values().forEach(code -> provided.addAll(packagesOf(code)));
        provided.addAll(clauseNames(manifest.getValue("Import-Package")));
        Set<String> knimeCore = knimeCoreExports();

        Map<String, Set<String>> unresolved = new HashMap<>();
        for (Map.Entry<String, Map<String, byte[]>> jar : codeByJar.entrySet()) {
            for (Map.Entry<String, byte[]> entry : jar.getValue().entrySet()) {
                String name = entry.getKey();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                    continue;
                }
                for (String referenced : ClassReferences.referencedPackages(entry.getValue())) {
                    boolean fromKnime = knimeCore.isEmpty() ? referenced.startsWith("org.knime.core")
                        : knimeCore.contains(referenced);
                    boolean knownOptional = jar.getKey().equals(UNREACHABLE_OPTIONAL.get(referenced));
                    if (!referenced.startsWith("java.") && !provided.contains(referenced) && !fromKnime
                        && !knownOptional) {
                        unresolved.computeIfAbsent(referenced, p -> new TreeSet<>()).add(jar.getKey() + "!" + name);
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        unresolved.forEach((pkg, users) -> report.append('\n').append(pkg).append(" used by ")
            .append(users.size()).append(" classes, e.g. ").append(users.iterator().next()));
        assertTrue(unresolved.isEmpty(), "packages neither embedded, imported nor from org.knime.core:" + report);
    }

    @Test
    void clauseNamesIgnoreCommasInQuotes() {
        assertEquals(Arrays.asList("org.knime.core", "b"),
            clauseNames("org.knime.core;bundle-version=\"[5.0.0,6.0.0)\", b"));
    }
}
