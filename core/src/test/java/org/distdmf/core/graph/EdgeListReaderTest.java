package org.distdmf.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeListReaderTest {

    static Path karateClub() throws URISyntaxException {
        return Path.of(EdgeListReaderTest.class.getResource("karate-club-edges.csv").toURI());
    }

    private static CommunicationGraph read(EdgeListReader reader, String csv) throws IOException {
        return reader.read(new StringReader(csv), "edges.csv");
    }

    private static String errorOf(EdgeListReader reader, String csv) {
        return assertThrows(IllegalArgumentException.class, () -> read(reader, csv)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "message '" + message + "' lacks '" + part + "'");
        }
    }

    @Test
    void karateClubHasPublishedFigures() throws Exception {
        CommunicationGraph karate = EdgeListReader.defaults().read(karateClub());

        assertEquals(34, karate.agentCount());
        assertEquals(78, karate.edgeCount());
        assertTrue(karate.isConnected());
        assertEquals(5, karate.diameter());
        assertEquals(1, karate.minDegree());
        assertEquals(17, karate.maxDegree());
        // The instructor (node 0) and the administrator (node 33) are the two hubs.
        assertEquals(16, karate.degree(0));
        assertEquals(17, karate.degree(33));
    }

    @Test
    void readsCustomColumnsAndIgnoresOthers() throws IOException {
        EdgeListReader reader = EdgeListReader.defaults().withColumns("from", "to");

        CommunicationGraph g = read(reader, "label,from,to\nx,0,1\ny,2,1\nz,1,0\n");

        assertEquals(3, g.agentCount());
        assertEquals(2, g.edgeCount());
    }

    @Test
    void givenAgentCountKeepsIsolatedAgents() throws IOException {
        CommunicationGraph g = read(EdgeListReader.defaults().withAgentCount(5), "source,target\n0,1\n");

        assertEquals(5, g.agentCount());
        assertFalse(g.isConnected());
        assertEquals(3, g.isolatedAgents().length);
    }

    @Test
    void missingColumnListsExistingColumns() {
        assertMentions(errorOf(EdgeListReader.defaults(), "from,to\n0,1\n"),
                "no column 'source'", "[from, to]");
    }

    @Test
    void nonNumericCellNamesLineAndValue() {
        assertMentions(errorOf(EdgeListReader.defaults(), "source,target,weight\n0,1,4\n2,three,1\n"),
                "line 3", "column 'target'", "'three'");
    }

    @Test
    void emptyCellIsMissing() {
        assertMentions(errorOf(EdgeListReader.defaults(), "source,target\n0,1\n,2\n"),
                "Missing agent id", "line 3", "column 'source'");
    }

    @Test
    void negativeIdIsRejected() {
        assertMentions(errorOf(EdgeListReader.defaults(), "source,target\n0,1\n\n-4,2\n"),
                "agent id -4", "line 4");
    }

    @Test
    void selfLoopIsRejected() {
        assertMentions(errorOf(EdgeListReader.defaults(), "source,target\n0,1\n3,3\n"),
                "line 3", "(3, 3)", "self loop");
    }

    @Test
    void idBeyondGivenCountIsRejected() {
        assertMentions(errorOf(EdgeListReader.defaults().withAgentCount(4), "source,target\n0,1\n2,4\n"),
                "agent id 4", "line 3", "4 agents", "0..3");
    }

    @Test
    void emptyListWithoutCountIsRejected() {
        assertMentions(errorOf(EdgeListReader.defaults(), "source,target\n"), "no edges", "agent count");
    }

    @Test
    void sameColumnTwiceIsRejected() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> EdgeListReader.defaults().withColumns("id", "id")).getMessage();

        assertMentions(message, "'id'");
    }

    @Test
    void tooSmallAgentCountIsRejected() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> EdgeListReader.defaults().withAgentCount(1)).getMessage();

        assertMentions(message, "agents = 1");
    }

    @Test
    void missingFileIsNoSuchFile(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere.csv");

        NoSuchFileException error = assertThrows(NoSuchFileException.class,
                () -> EdgeListReader.defaults().read(missing));

        assertMentions(error.getMessage(), "nowhere.csv", "not found");
    }
}
