package org.distdmf.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jfree.data.xy.XYDataset;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Shared checks for the chart tests. */
final class ChartTestSupport {

    private ChartTestSupport() {
    }

    /** Parses an SVG document without fetching any external entity. */
    static Document parseXml(String xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    static Document parseXml(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Asserts that series {@code series} of the dataset has exactly the given points, in order. */
    static void assertPoints(XYDataset dataset, int series, double[] expectedX, double[] expectedY) {
        assertEquals(expectedX.length, dataset.getItemCount(series),
                "item count of series " + dataset.getSeriesKey(series));
        for (int k = 0; k < expectedX.length; k++) {
            assertEquals(expectedX[k], dataset.getXValue(series, k), 0.0,
                    "x of item " + k + " of series " + dataset.getSeriesKey(series));
            assertEquals(expectedY[k], dataset.getYValue(series, k), 0.0,
                    "y of item " + k + " of series " + dataset.getSeriesKey(series));
        }
    }
}
