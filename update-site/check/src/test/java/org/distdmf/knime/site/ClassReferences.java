package org.distdmf.knime.site;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the packages a class file refers to, from its constant pool (JVM specification, Java SE 17,
 * section 4.4): the class entries and the type descriptors of member references and method types.
 * These are the classes the JVM may have to load when the class runs.
 */
final class ClassReferences {

    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([^;<>]+)[;<]");

    private final String[] m_utf8;

    private final List<Integer> m_classNameIndices = new ArrayList<>();

    private final List<Integer> m_descriptorIndices = new ArrayList<>();

    private ClassReferences(final DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("Not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        m_utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            if (readEntry(in, i)) {
                i++; // long and double entries take two slots
            }
        }
    }

    /** Reads constant pool entry {@code index}; returns whether it takes two slots. */
    private boolean readEntry(final DataInputStream in, final int index) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 1:
                m_utf8[index] = in.readUTF();
                return false;
            case 7:
                m_classNameIndices.add(in.readUnsignedShort());
                return false;
            case 16:
                m_descriptorIndices.add(in.readUnsignedShort());
                return false;
            case 12:
                in.readUnsignedShort();
                m_descriptorIndices.add(in.readUnsignedShort());
                return false;
            case 8:
            case 19:
            case 20:
                in.readUnsignedShort();
                return false;
            case 3:
            case 4:
            case 9:
            case 10:
            case 11:
            case 17:
            case 18:
                in.readInt();
                return false;
            case 5:
            case 6:
                in.readLong();
                return true;
            case 15:
                in.readUnsignedByte();
                in.readUnsignedShort();
                return false;
            default:
                throw new IOException("Unknown constant pool tag " + tag + " at entry " + index);
        }
    }

    /** Returns the referenced packages in dotted form, e.g. {@code javax.swing}. */
    static Set<String> referencedPackages(final byte[] classFile) throws IOException {
        ClassReferences pool = new ClassReferences(new DataInputStream(new ByteArrayInputStream(classFile)));

        Set<String> packages = new TreeSet<>();
        for (int index : pool.m_classNameIndices) {
            String name = pool.m_utf8[index];
            if (name.startsWith("[")) {
                addDescriptorTypes(name, packages);
            } else {
                addPackage(name, packages);
            }
        }
        for (int index : pool.m_descriptorIndices) {
            addDescriptorTypes(pool.m_utf8[index], packages);
        }
        return packages;
    }

    private static void addDescriptorTypes(final String descriptor, final Set<String> packages) {
        Matcher matcher = DESCRIPTOR_TYPE.matcher(descriptor);
        while (matcher.find()) {
            addPackage(matcher.group(1), packages);
        }
    }

    private static void addPackage(final String internalName, final Set<String> packages) {
        int slash = internalName.lastIndexOf('/');
        if (slash > 0) {
            packages.add(internalName.substring(0, slash).replace('/', '.'));
        }
    }
}
