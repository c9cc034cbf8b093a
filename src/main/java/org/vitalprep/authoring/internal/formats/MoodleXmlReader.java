package org.vitalprep.authoring.internal.formats;

import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Moodle XML (https://docs.moodle.org/en/Moodle_XML_format) with a parser that refuses DTDs and external
 * entities. multichoice, truefalse, matching, numerical, ordering and multichoiceset map to VitalPrep types;
 * shortanswer only when every accepted answer is a number; the other types are skipped with the reason.
 */
final class MoodleXmlReader {

    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("essay", "an essay question is graded by hand; VitalPrep has no free-text question type"),
            Map.entry("description", "a description is text shown between questions, not a question"),
            Map.entry("multianswer", "a cloze (embedded answers) question has several gaps in one text; VitalPrep has no such type"),
            Map.entry("calculated", "a calculated question draws its numbers from datasets; VitalPrep keys are fixed"),
            Map.entry("calculatedsimple", "a calculated question draws its numbers from datasets; VitalPrep keys are fixed"),
            Map.entry("calculatedmulti", "a calculated question draws its numbers from datasets; VitalPrep keys are fixed"),
            Map.entry("randomsamatch", "a random short-answer matching question is assembled from other questions at quiz time"),
            Map.entry("random", "a random question slot is not a question"),
            Map.entry("ddwtos", "drag and drop into text has no VitalPrep equivalent"),
            Map.entry("gapselect", "select missing words has no VitalPrep equivalent"),
            Map.entry("ddimageortext", "drag and drop onto an image has no VitalPrep equivalent"),
            Map.entry("ddmarker", "drag and drop markers have no VitalPrep equivalent (author hotspot questions in VitalPrep)"));
    private static final Set<String> DEFAULT_COMBINED_FEEDBACK = Set.of("", "Your answer is correct.",
            "Your answer is partially correct.", "Your answer is incorrect.");
    private static final int MAX_SVG = 200_000;

    private final ImportOptions options;
    private final ItemCollector out;
    private Category category = Category.parse("");
    private int index;

    private MoodleXmlReader(ImportOptions options, ItemCollector out) {
        this.options = options;
        this.out = out;
    }

    static void read(byte[] input, ImportOptions options, ItemCollector out) throws FormatException {
        Element root = parse(input).getDocumentElement();
        if (!root.getTagName().equals("quiz")) {
            throw new FormatException("root element", "not a Moodle XML file: the root element is <" + root.getTagName()
                    + ">, expected <quiz>");
        }
        MoodleXmlReader reader = new MoodleXmlReader(options, out);
        for (Element q : children(root, "question")) reader.question(q);
    }

    /** A DOM parser that cannot be made to read DTDs, external entities or XIncludes. */
    static Document parse(byte[] input) throws FormatException {
        DocumentBuilder builder;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setCoalescing(true);
            builder = f.newDocumentBuilder();
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser cannot be configured safely", e);
        }
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity '" + systemId + "' refused");
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            return builder.parse(new InputSource(new ByteArrayInputStream(input)));
        } catch (SAXParseException e) {
            throw FormatException.at(e.getLineNumber(), e.getColumnNumber(), "malformed XML: " + explain(e.getMessage()));
        } catch (SAXException e) {
            throw new FormatException("", "malformed XML: " + explain(e.getMessage()));
        } catch (IOException e) {
            throw new FormatException("", "the XML could not be read: " + e.getMessage());
        }
    }

    private static String explain(String message) {
        if (message != null && message.contains("DOCTYPE")) {
            return "a DOCTYPE declaration is not allowed (Moodle XML has none; DTDs and external entities are refused)";
        }
        return message;
    }

    // ---- one question ----

    private void question(Element qe) {
        String type = qe.getAttribute("type").strip();
        if (type.equals("category")) {
            category = Category.parse(text(child(qe, "category")));
            return;
        }
        index++;
        String name = text(child(qe, "name")).strip();
        String where = "question " + index + (name.isEmpty() ? "" : " '" + shorten(name) + "'");
        if (UNSUPPORTED.containsKey(type)) {
            out.skip(where, type + ": " + UNSUPPORTED.get(type));
            return;
        }
        Item item = new Item(qe, where, name);
        String problem = switch (type) {
            case "multichoice" -> item.multichoice(child(qe, "single") == null || !isFalse(childText(qe, "single")), false);
            case "multichoiceset" -> item.multichoice(false, true);
            case "truefalse" -> item.truefalse();
            case "matching" -> item.matching();
            case "numerical" -> item.numerical();
            case "shortanswer" -> item.shortanswer();
            case "ordering" -> item.ordering();
            default -> "skip:unknown Moodle question type '" + type + "'";
        };
        if (problem == null) {
            out.accept(where, name, item.module, item.q, item.notes);
        } else if (problem.startsWith("skip:")) {
            out.skip(where, problem.substring(5));
        } else {
            out.reject(where, problem);
        }
    }

    /** One question being built: the native JSON object, its notes and the module it is checked against. */
    private final class Item {
        final Element qe;
        final String where;
        final ObjectNode q = ItemCollector.object();
        final List<String> notes = new ArrayList<>();
        final String format;
        final Rich general;
        String module;

        Item(Element qe, String where, String name) {
            this.qe = qe;
            this.where = where;
            Element qt = child(qe, "questiontext");
            this.format = qt == null || qt.getAttribute("format").isBlank() ? "html" : qt.getAttribute("format");
            String idnumber = childText(qe, "idnumber");
            if (!idnumber.isEmpty()) q.put("id", idnumber);
            Rich stem = rich(qt, "html");
            q.put("stem", stem.text);
            stemImage(stem);
            general = rich(child(qe, "generalfeedback"), format);
            imagesDropped(general, "the general feedback");
            module = category.moduleOr(options.module());
            if (category.topic() != null) q.put("topic", category.topic());
            if (category.note() != null) notes.add(category.note());
            tags();
            long hints = children(qe, "hint").stream().filter(h -> !text(h).isBlank()).count();
            if (hints > 0) notes.add(hints + " hint(s) dropped: VitalPrep gives the rationale instead");
        }

        String multichoice(boolean single, boolean allOrNothing) {
            List<Answer> answers = answers(true);
            ArrayNode opts = q.putArray("options");
            List<String> keyed = new ArrayList<>();
            List<Double> keyedWeights = new ArrayList<>();
            List<Double> wrongWeights = new ArrayList<>();
            int i = 0;
            for (Answer a : answers) {
                String id = String.valueOf((char) ('a' + i++));
                if (i > 26) return "more than 26 answers";
                ObjectNode o = opts.addObject();
                o.put("id", id);
                o.put("text", a.text.text);
                if (!a.feedback.text.isBlank()) o.put("rationale", a.feedback.text);
                boolean key = single ? a.fraction >= 99.999 : a.fraction > 0;
                if (key) {
                    keyed.add(id);
                    keyedWeights.add(a.fraction);
                } else {
                    wrongWeights.add(a.fraction);
                    if (a.fraction > 0) {
                        notes.add("partial credit for answer " + id + " (" + number(a.fraction)
                                + "%) dropped: a single-best-answer item has one key");
                    }
                }
            }
            if (single) {
                if (keyed.size() != 1) {
                    return "a single-answer multichoice question needs exactly one answer worth 100% (it has "
                            + keyed.size() + ")";
                }
                q.put("type", "single-best-answer");
                q.put("key", keyed.getFirst());
            } else {
                if (keyed.isEmpty()) return "a multiple-answer question needs at least one answer worth more than 0%";
                q.put("type", "multiple-response");
                ArrayNode k = q.putArray("key");
                keyed.forEach(k::add);
                boolean partial = !allOrNothing && keyedWeights.stream().anyMatch(w -> w < 99.999);
                q.put("scoring", partial ? "partial" : "all-or-nothing");
                if (partial) {
                    double share = 100.0 / keyed.size();
                    boolean standard = keyedWeights.stream().allMatch(w -> Math.abs(w - share) < 0.01)
                            && wrongWeights.stream().allMatch(w -> Math.abs(w + share) < 0.01);
                    if (!standard) {
                        notes.add("answer weights " + keyedWeights.stream().map(MoodleXmlReader::number).toList() + " / "
                                + wrongWeights.stream().map(MoodleXmlReader::number).toList()
                                + " became partial scoring: (right picks - wrong picks) / keyed options");
                    }
                }
            }
            rationale(general.text);
            combinedFeedback();
            return null;
        }

        String truefalse() {
            List<Element> answers = children(qe, "answer");
            if (answers.size() != 2) return "a true/false question needs two answers (it has " + answers.size() + ")";
            Map<String, Answer> byId = new LinkedHashMap<>();
            boolean guessed = false;
            for (int i = 0; i < 2; i++) {
                Answer a = answer(answers.get(i), false);
                String t = a.text.text.strip().toLowerCase(Locale.ROOT);
                if (!t.equals("true") && !t.equals("false")) {
                    t = i == 0 ? "true" : "false";
                    guessed = true;
                }
                byId.put(t, a);
            }
            if (byId.size() != 2) return "a true/false question needs one 'true' and one 'false' answer";
            if (guessed) notes.add("answer texts were not 'true'/'false': took the first as true, the second as false");
            List<String> keys = byId.entrySet().stream().filter(e -> e.getValue().fraction >= 99.999)
                    .map(Map.Entry::getKey).toList();
            if (keys.size() != 1) return "a true/false question needs exactly one answer worth 100% (it has " + keys.size() + ")";
            ItemCollector.trueFalse(q, keys.getFirst(), byId.get("true").feedback.text, byId.get("false").feedback.text);
            rationale(general.text);
            return null;
        }

        String matching() {
            List<ObjectNode> prompts = new ArrayList<>();
            Map<String, ObjectNode> choices = new LinkedHashMap<>();
            Set<String> promptIds = new HashSet<>(), choiceIds = new HashSet<>();
            Map<String, String> key = new LinkedHashMap<>();
            int n = 0;
            for (Element sub : children(qe, "subquestion")) {
                n++;
                Rich prompt = rich(sub, format);
                imagesDropped(prompt, "sub-question " + n);
                String answer = Markup.plain(text(child(sub, "answer")));
                if (answer.isEmpty()) {
                    if (!prompt.text.isEmpty()) notes.add("sub-question " + n + " has no answer: dropped");
                    continue;
                }
                ObjectNode choice = choices.get(answer);
                if (choice == null) {
                    choice = ItemCollector.object();
                    choice.put("id", Slugs.shortId(answer, "c" + (choices.size() + 1), choiceIds));
                    choice.put("text", answer);
                    choices.put(answer, choice);
                }
                if (prompt.text.isEmpty()) continue;
                ObjectNode p = ItemCollector.object();
                p.put("id", Slugs.shortId(prompt.text, "p" + (prompts.size() + 1), promptIds));
                p.put("text", prompt.text);
                prompts.add(p);
                key.put(p.get("id").asString(), choice.get("id").asString());
            }
            q.put("type", "matching");
            String rest = MatchingRationales.extract(general.text, prompts, new ArrayList<>(choices.values()));
            ArrayNode pa = q.putArray("prompts");
            prompts.forEach(pa::add);
            ArrayNode ca = q.putArray("choices");
            choices.values().forEach(ca::add);
            ObjectNode k = q.putObject("key");
            key.forEach(k::put);
            rationale(rest);
            combinedFeedback();
            return null;
        }

        String numerical() {
            List<Element> answers = children(qe, "answer");
            Answer keyAnswer = null;
            double value = 0, tolerance = 0;
            ArrayNode errors = ItemCollector.JSON.createArrayNode();
            for (Element ae : answers) {
                Answer a = answer(ae, false);
                String v = a.text.text.strip();
                if (v.equals("*") || v.isEmpty()) {
                    if (!a.feedback.text.isBlank()) notes.add("feedback for any other answer dropped");
                    continue;
                }
                Double d = parseNumber(v);
                if (d == null) return "answer '" + v + "' is not a number";
                double tol = Math.abs(orZero(parseNumber(childText(ae, "tolerance"))));
                if (a.fraction >= 99.999 && keyAnswer == null) {
                    keyAnswer = a;
                    value = d;
                    tolerance = tol;
                } else if (a.fraction >= 99.999) {
                    notes.add("another accepted answer " + number(d) + " ± " + number(tol) + " dropped: the key is one value");
                } else {
                    if (a.fraction > 0) notes.add("partial credit for " + number(d) + " dropped");
                    if (a.feedback.text.isBlank()) {
                        notes.add("wrong answer " + number(d) + " has no feedback: dropped");
                    } else {
                        ObjectNode e = errors.addObject();
                        e.put("value", d);
                        e.put("rationale", a.feedback.text);
                    }
                }
            }
            if (keyAnswer == null) return "a numerical question needs an answer worth 100%";
            q.put("type", "numeric");
            ObjectNode k = q.putObject("key");
            k.put("value", value);
            k.put("tolerance", tolerance);
            k.put("unit", unit());
            if (!errors.isEmpty()) q.set("commonErrors", errors);
            rationale(join(general.text, keyAnswer.feedback.text));
            return null;
        }

        String shortanswer() {
            List<Double> accepted = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            String keyFeedback = "";
            ArrayNode errors = ItemCollector.JSON.createArrayNode();
            for (Element ae : children(qe, "answer")) {
                Answer a = answer(ae, false);
                String t = a.text.text.strip();
                if (t.isEmpty() || t.equals("*")) continue;
                Double d = parseNumber(t);
                if (a.fraction >= 99.999) {
                    texts.add(t);
                    if (d != null) accepted.add(d);
                    if (keyFeedback.isBlank()) keyFeedback = a.feedback.text;
                } else if (d != null && !a.feedback.text.isBlank()) {
                    ObjectNode e = errors.addObject();
                    e.put("value", d);
                    e.put("rationale", a.feedback.text);
                }
            }
            if (texts.isEmpty()) return "skip:shortanswer: no answer is worth 100%";
            if (accepted.size() != texts.size()) {
                return "skip:shortanswer with text answers (" + String.join(", ", texts.stream().map(t -> "'" + t + "'").toList())
                        + "): VitalPrep has no free-text question type";
            }
            double min = accepted.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = accepted.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            q.put("type", "numeric");
            ObjectNode k = q.putObject("key");
            k.put("value", (min + max) / 2);
            k.put("tolerance", (max - min) / 2);
            k.put("unit", unit());
            notes.add("short answer with numeric answers became a numeric question");
            if (min != max) notes.add("accepted answers " + texts + " became " + number((min + max) / 2) + " ± " + number((max - min) / 2));
            if (!errors.isEmpty()) q.set("commonErrors", errors);
            rationale(join(general.text, keyFeedback));
            return null;
        }

        String ordering() {
            List<Answer> answers = answers(true);
            List<Answer> sorted = new ArrayList<>(answers);
            sorted.sort((a, b) -> Double.compare(a.fraction, b.fraction));
            q.put("type", "ordering");
            ArrayNode key = q.putArray("key");
            Set<String> ids = new HashSet<>();
            List<ObjectNode> steps = new ArrayList<>();
            for (Answer a : sorted) {
                ObjectNode o = ItemCollector.object();
                String id = Slugs.shortId(a.text.text, "s" + (ids.size() + 1), ids);
                o.put("id", id);
                o.put("text", a.text.text);
                if (!a.feedback.text.isBlank()) o.put("rationale", a.feedback.text);
                key.add(id);
                steps.add(o);
            }
            ArrayNode opts = q.putArray("options");
            scrambled(steps, q.get("stem").asString()).forEach(opts::add);
            if (steps.size() > 1) notes.add("steps listed in a shuffled order (the file gives them in the correct order)");
            String selectType = childText(qe, "selecttype");
            int selectCount = (int) orZero(parseNumber(childText(qe, "selectcount")));
            if (!selectType.isEmpty() && !selectType.equalsIgnoreCase("ALL") && selectCount > 0 && selectCount < answers.size()) {
                notes.add("Moodle showed " + selectCount + " of the " + answers.size() + " items; VitalPrep shows all");
            }
            String grading = childText(qe, "gradingtype");
            if (!grading.isEmpty() && !grading.equalsIgnoreCase("ALL_OR_NOTHING")) {
                notes.add("Moodle grading '" + grading + "' gave partial credit; VitalPrep scores ordering all or nothing");
            }
            rationale(general.text);
            combinedFeedback();
            return null;
        }

        // ---- parts ----

        private List<Answer> answers(boolean withFormat) {
            List<Answer> list = new ArrayList<>();
            int n = 0;
            for (Element ae : children(qe, "answer")) {
                n++;
                Answer a = answer(ae, withFormat);
                if (a.text.text.isBlank()) {
                    notes.add("empty answer " + n + " dropped");
                    continue;
                }
                imagesDropped(a.text, "answer " + n);
                imagesDropped(a.feedback, "the feedback of answer " + n);
                list.add(a);
            }
            return list;
        }

        private Answer answer(Element ae, boolean html) {
            Rich text = html ? rich(ae, format) : new Rich(Markup.plain(text(ae)), List.of());
            Rich feedback = rich(child(ae, "feedback"), format);
            Double fraction = parseNumber(ae.getAttribute("fraction").strip());
            if (fraction == null) {
                Double legacy = parseNumber(childText(ae, "fraction"));
                fraction = legacy == null ? 0 : legacy * (legacy <= 1 && legacy >= -1 ? 100 : 1);
            }
            return new Answer(text, feedback, fraction);
        }

        private String unit() {
            Element units = child(qe, "units");
            String main = null;
            List<String> others = new ArrayList<>();
            for (Element u : units == null ? List.<Element>of() : children(units, "unit")) {
                String name = childText(u, "unit_name");
                double multiplier = orOne(parseNumber(childText(u, "multiplier")));
                if (name.isEmpty()) continue;
                if (main == null && Math.abs(multiplier - 1) < 1e-12) main = name;
                else others.add(name + " (×" + number(multiplier) + ")");
            }
            if (main == null && !others.isEmpty()) {
                String first = others.removeFirst();
                main = first.substring(0, first.lastIndexOf(" (×"));
            }
            if (!others.isEmpty()) notes.add("other units dropped: " + String.join(", ", others));
            if (main == null || main.length() > 40) {
                notes.add("no unit in the question: the unit is 'unit' until a reviewer sets it");
                return "unit";
            }
            return main;
        }

        private void rationale(String text) {
            if (text != null && !text.isBlank()) q.put("rationale", text);
        }

        private void combinedFeedback() {
            for (String field : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
                String t = rich(child(qe, field), format).text.strip();
                if (!DEFAULT_COMBINED_FEEDBACK.contains(t)) {
                    notes.add("overall " + field.replace("feedback", "") + " feedback dropped: VitalPrep gives the rationales");
                }
            }
        }

        private void tags() {
            Element tags = child(qe, "tags");
            if (tags == null) return;
            List<String> domains = new ArrayList<>(), ignored = new ArrayList<>();
            for (Element tag : children(tags, "tag")) {
                String t = text(tag).strip();
                if (t.isEmpty()) continue;
                String domain = out.knownDomain(t);
                if (domain != null && !domains.contains(domain)) domains.add(domain);
                else if (domain == null) ignored.add(t);
            }
            if (!domains.isEmpty()) {
                ArrayNode d = q.putArray("domains");
                domains.forEach(d::add);
            }
            if (!ignored.isEmpty()) notes.add("tags that are not exam domains ignored: " + String.join(", ", ignored));
        }

        private void stemImage(Rich stem) {
            boolean taken = false;
            for (Image img : stem.images) {
                String svg = img.svg();
                if (svg != null && !taken && svg.length() <= MAX_SVG) {
                    ObjectNode i = q.putObject("image");
                    i.put("svg", svg);
                    i.put("alt", img.alt.isBlank() ? "Image" : img.alt);
                    if (img.alt.isBlank()) notes.add("image " + img.label + " has no alt text: alt is 'Image' until a reviewer writes one");
                    taken = true;
                } else if (svg != null && !taken) {
                    notes.add("image " + img.label + " dropped: the SVG has " + svg.length() + " characters; the limit is " + MAX_SVG);
                } else if (svg != null) {
                    notes.add("image " + img.label + " dropped: a question shows one image");
                } else {
                    notes.add("image " + img.label + " dropped: " + img.whyNot());
                }
            }
        }

        private void imagesDropped(Rich rich, String place) {
            for (Image img : rich.images) {
                notes.add("image " + img.label + " in " + place + " dropped: VitalPrep shows an image only with the stem");
            }
        }
    }

    private record Answer(Rich text, Rich feedback, double fraction) {}

    /**
     * The steps of an ordering question in an order that is not the correct one (a shuffle seeded by the stem,
     * so the same file gives the same question): VitalPrep shows options in authored order unless an
     * assignment shuffles them.
     */
    static <T> List<T> scrambled(List<T> inOrder, String seed) {
        List<T> list = new ArrayList<>(inOrder);
        if (list.size() < 2) return list;
        java.util.Random random = new java.util.Random(seed.hashCode());
        do {
            java.util.Collections.shuffle(list, random);
        } while (list.equals(inOrder));
        return list;
    }

    private record Rich(String text, List<Image> images) {}

    /** An image an {@code <img>} referred to: its bytes when the file embeds them. */
    private record Image(String label, byte[] data, String alt, String src) {

        String kind() {
            if (data == null) return null;
            if (data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') return "PNG";
            if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8) return "JPEG";
            if (data.length > 4 && data[0] == 'G' && data[1] == 'I' && data[2] == 'F') return "GIF";
            if (data.length > 12 && data[0] == 'R' && data[1] == 'I' && data[8] == 'W' && data[9] == 'E') return "WebP";
            String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.UTF_8);
            if (head.contains("<svg")) return "SVG";
            String ext = label.contains(".") ? label.substring(label.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) : "";
            return ext.isEmpty() ? "this file type" : ext;
        }

        /**
         * The image as an SVG document: an SVG file's {@code <svg>} element (any XML prolog or DOCTYPE before it
         * dropped), or a PNG, JPEG, GIF or WebP picture wrapped in an SVG {@code <image>} at its own size; null
         * for anything else.
         */
        String svg() {
            String kind = kind();
            String mime = switch (kind == null ? "" : kind) {
                case "PNG" -> "image/png";
                case "JPEG" -> "image/jpeg";
                case "GIF" -> "image/gif";
                case "WebP" -> "image/webp";
                default -> null;
            };
            if (mime != null) {
                int[] size = RasterSize.of(data);
                int w = size == null ? 400 : size[0], h = size == null ? 300 : size[1];
                return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w
                        + "\" height=\"" + h + "\"><image x=\"0\" y=\"0\" width=\"" + w + "\" height=\"" + h
                        + "\" preserveAspectRatio=\"xMidYMid meet\" href=\"data:" + mime + ";base64,"
                        + java.util.Base64.getEncoder().encodeToString(data) + "\"/></svg>";
            }
            if (!"SVG".equals(kind)) return null;
            String s = new String(data, StandardCharsets.UTF_8);
            if (s.startsWith("\uFEFF")) s = s.substring(1);
            int start = s.indexOf("<svg");
            int end = s.lastIndexOf("</svg>");
            if (start < 0) return null;
            return (end > start ? s.substring(start, end + 6) : s.substring(start)).strip();
        }

        String whyNot() {
            if (data == null) return "it is not embedded in the file (" + shorten(src) + ")";
            return kind() + " cannot be shown (VitalPrep shows SVG, PNG, JPEG, GIF and WebP images)";
        }
    }

    /**
     * The Markdown of a text element ({@code <questiontext>}, {@code <feedback>}, an {@code <answer>}, ...) in its
     * format; {@code <img>} tags are taken out and resolved against the element's embedded {@code <file>}s.
     */
    private static Rich rich(Element holder, String defaultFormat) {
        if (holder == null) return new Rich("", List.of());
        String format = holder.getAttribute("format").isBlank() ? defaultFormat : holder.getAttribute("format").strip();
        String raw = text(holder);
        boolean html = switch (format) {
            case "plain_text", "markdown" -> false;
            case "moodle_auto_format" -> Markup.looksLikeHtml(raw);
            default -> true;
        };
        if (!html) return new Rich(Markup.plain(raw), List.of());
        Map<String, byte[]> files = new HashMap<>();
        for (Element f : children(holder, "file")) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(f.getTextContent().strip());
                files.put(f.getAttribute("name"), bytes);
                files.put(f.getAttribute("path") + f.getAttribute("name"), bytes);
            } catch (IllegalArgumentException e) {
                // an undecodable file counts as missing; the image is then reported as not embedded
            }
        }
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(raw).body();
        List<Image> images = new ArrayList<>();
        for (org.jsoup.nodes.Element img : body.select("img")) {
            images.add(resolve(img.attr("src").strip(), img.attr("alt").strip(), files));
            img.remove();
        }
        return new Rich(Markup.htmlToMarkdown(body), images);
    }

    private static Image resolve(String src, String alt, Map<String, byte[]> files) {
        String prefix = "@@PLUGINFILE@@";
        if (src.startsWith(prefix)) {
            String path = URLDecoder.decode(src.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
            int q = path.indexOf('?');
            if (q >= 0) path = path.substring(0, q);
            String name = path.substring(path.lastIndexOf('/') + 1);
            byte[] data = files.containsKey(path) ? files.get(path) : files.get(name);
            return new Image("'" + name + "'", data, alt, src);
        }
        if (src.startsWith("data:")) {
            int comma = src.indexOf(',');
            String meta = comma < 0 ? "" : src.substring(5, comma);
            String payload = comma < 0 ? "" : src.substring(comma + 1);
            byte[] data;
            try {
                data = meta.endsWith(";base64") ? Base64.getMimeDecoder().decode(payload)
                        : URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                data = null;
            }
            String type = meta.contains(";") ? meta.substring(0, meta.indexOf(';')) : meta;
            return new Image("(inline " + (type.isEmpty() ? "data" : type) + ")", data, alt, "data URI");
        }
        return new Image("'" + shorten(src) + "'", null, alt, src);
    }

    // ---- DOM helpers ----

    private static Element child(Element e, String name) {
        if (e == null) return null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) return c;
        }
        return null;
    }

    private static List<Element> children(Element e, String name) {
        List<Element> list = new ArrayList<>();
        if (e == null) return list;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) list.add(c);
        }
        return list;
    }

    /** The content of an element's {@code <text>} child (CDATA included), or "". */
    private static String text(Element holder) {
        Element t = child(holder, "text");
        return t == null ? "" : t.getTextContent();
    }

    private static String childText(Element e, String name) {
        Element c = child(e, name);
        return c == null ? "" : c.getTextContent().strip();
    }

    private static boolean isFalse(String single) {
        String s = single.strip();
        return s.equals("false") || s.equals("0") || s.isEmpty();
    }

    static Double parseNumber(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static double orOne(Double d) {
        return d == null ? 1 : d;
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf((long) d);
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) return b;
        if (b == null || b.isBlank()) return a;
        return a + "\n\n" + b;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
