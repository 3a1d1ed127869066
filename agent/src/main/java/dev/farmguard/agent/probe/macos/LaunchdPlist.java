package dev.farmguard.agent.probe.macos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the keys of a launchd job plist (XML form) that matter here: Label, Program / ProgramArguments[0],
 * Disabled, RunAtLoad, KeepAlive. The DTD the plist names is never fetched. A binary or broken plist
 * yields its file name (without ".plist", launchd's convention) as the label and nothing else.
 */
public final class LaunchdPlist {

    /** What a plist declares. */
    public record Job(String label, String program, String path, boolean disabled, boolean autoStart) {
    }

    /** Broken plists end the parse with an exception instead of a message on stderr. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not worth a word
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private LaunchdPlist() {
    }

    public static Job parse(byte[] content, String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String fallbackLabel = fileName.endsWith(".plist") ? fileName.substring(0, fileName.length() - 6) : fileName;
        Job fallback = new Job(fallbackLabel, "", path, false, false);
        if (!new String(content, 0, Math.min(content.length, 64), StandardCharsets.ISO_8859_1).contains("<")) {
            return fallback; // "bplist00": binary plists are left to their file name
        }
        try {
            Element dict = topDict(parseXml(content));
            if (dict == null) {
                return fallback;
            }
            String label = fallbackLabel;
            String program = "";
            boolean disabled = false;
            boolean autoStart = false;
            for (Node node = dict.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (!(node instanceof Element key) || !key.getTagName().equals("key")) {
                    continue;
                }
                Element value = nextElement(key);
                if (value == null) {
                    break;
                }
                switch (key.getTextContent().trim()) {
                    case "Label" -> label = value.getTextContent().trim();
                    case "Program" -> program = value.getTextContent().trim();
                    case "ProgramArguments" -> {
                        Element first = firstElement(value);
                        if (program.isEmpty() && first != null) {
                            program = first.getTextContent().trim();
                        }
                    }
                    case "Disabled" -> disabled = value.getTagName().equals("true");
                    case "RunAtLoad" -> autoStart |= value.getTagName().equals("true");
                    // KeepAlive is <true/> or a dictionary of conditions; either keeps the job running
                    case "KeepAlive" -> autoStart |= !value.getTagName().equals("false");
                    default -> { }
                }
            }
            return new Job(label, program, path, disabled, autoStart);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return fallback;
        }
    }

    private static Document parseXml(byte[] content) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(SILENT);
        return builder.parse(new ByteArrayInputStream(content));
    }

    private static Element topDict(Document document) {
        Element plist = document.getDocumentElement();
        Element first = plist == null ? null : firstElement(plist);
        return first != null && first.getTagName().equals("dict") ? first : null;
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static Element nextElement(Element from) {
        for (Node node = from.getNextSibling(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }
}
