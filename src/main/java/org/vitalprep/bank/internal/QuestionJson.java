package org.vitalprep.bank.internal;

import org.vitalprep.bank.BankError;
import org.vitalprep.bank.BankFormat;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes questions as bank JSON (the inverse of {@link BankParser}) and checks a single question. Pure logic. */
public final class QuestionJson {

    private QuestionJson() {
    }

    public static String writeQuestion(Question q) {
        return BankParser.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toNode(q));
    }

    public static byte[] writeBank(String bankId, String title, String module, int version, String description,
                                   List<Question> questions) {
        ObjectNode bank = BankParser.mapper().createObjectNode();
        bank.put("id", bankId);
        bank.put("title", title);
        bank.put("module", module);
        bank.put("version", Math.max(1, version));
        if (description != null && !description.isBlank()) bank.put("description", description);
        ArrayNode arr = bank.putArray("questions");
        questions.forEach(q -> arr.add(toNode(q)));
        return BankParser.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(bank)
                .concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode toNode(Question q) {
        ObjectNode n = BankParser.mapper().createObjectNode();
        n.put("id", q.id());
        n.put("type", q.type().code());
        n.put("stem", q.stem());
        if (!q.options().isEmpty()) {
            ArrayNode arr = n.putArray("options");
            for (Question.Option o : q.options()) {
                ObjectNode on = arr.addObject();
                on.put("id", o.id());
                on.put("text", o.text());
                putIf(on, "rationale", o.rationale());
                if (o.region() != null) {
                    ObjectNode r = on.putObject("region");
                    r.put("shape", o.region().shape());
                    ArrayNode c = r.putArray("coords");
                    o.region().coords().forEach(d -> {
                        if (d == Math.rint(d) && Math.abs(d) < 1e15) c.add(d.longValue());
                        else c.add(d);
                    });
                }
            }
        }
        if (!q.prompts().isEmpty()) {
            ArrayNode arr = n.putArray("prompts");
            for (Question.Prompt p : q.prompts()) {
                ObjectNode pn = arr.addObject();
                pn.put("id", p.id());
                pn.put("text", p.text());
                putIf(pn, "rationale", p.rationale());
            }
        }
        if (!q.choices().isEmpty()) {
            ArrayNode arr = n.putArray("choices");
            for (Question.Choice c : q.choices()) {
                ObjectNode cn = arr.addObject();
                cn.put("id", c.id());
                cn.put("text", c.text());
                putIf(cn, "rationale", c.rationale());
            }
        }
        switch (q.type()) {
            case MULTIPLE_RESPONSE, ORDERING -> {
                ArrayNode k = n.putArray("key");
                q.keyIds().forEach(k::add);
            }
            case MATCHING -> {
                ObjectNode k = n.putObject("key");
                q.matchKey().forEach(k::put);
            }
            case NUMERIC -> {
                ObjectNode k = n.putObject("key");
                number(k, "value", q.numericKey().value());
                number(k, "tolerance", q.numericKey().tolerance());
                k.put("unit", q.numericKey().unit());
            }
            default -> n.put("key", q.keyIds().isEmpty() ? "" : q.keyIds().getFirst());
        }
        putIf(n, "scoring", q.scoring());
        putIf(n, "rationale", q.rationale());
        if (!q.commonErrors().isEmpty()) {
            ArrayNode arr = n.putArray("commonErrors");
            for (Question.CommonError e : q.commonErrors()) {
                ObjectNode en = arr.addObject();
                number(en, "value", e.value());
                en.put("rationale", e.rationale());
            }
        }
        if (q.image() != null) {
            ObjectNode i = n.putObject("image");
            i.put("svg", q.image().svg());
            i.put("alt", q.image().alt());
        }
        if (q.strip() != null) {
            Question.EkgStripSpec s = q.strip();
            ObjectNode sn = n.putObject("strip");
            sn.put("rhythm", s.rhythm());
            if (s.rate() != null) sn.put("rate", s.rate());
            if (s.atrialRate() != null) sn.put("atrialRate", s.atrialRate());
            if (s.prMs() != null) sn.put("prMs", s.prMs());
            if (s.qrsMs() != null) sn.put("qrsMs", s.qrsMs());
            if (s.qtMs() != null) sn.put("qtMs", s.qtMs());
            if (s.regular() != null) sn.put("regular", s.regular());
            if (s.ectopy() != null) {
                ObjectNode e = sn.putObject("ectopy");
                putIf(e, "type", s.ectopy().type());
                if (s.ectopy().every() != null) e.put("every", s.ectopy().every());
            }
            putIf(sn, "conduction", s.conduction());
            sn.put("seed", s.seed());
        }
        if (!q.domains().isEmpty()) {
            ArrayNode d = n.putArray("domains");
            q.domains().forEach(d::add);
        }
        putIf(n, "topic", q.topic());
        putIf(n, "difficulty", q.difficulty());
        putIf(n, "source", q.source());
        n.put("status", q.status());
        return n;
    }

    /** Checks one question as if alone in a bank of {@code module}; error paths are relative to the question. */
    public static BankFormat.Parsed parseOne(BankParser parser, String module, String questionJson) {
        String file = "question";
        JsonNode node;
        try {
            node = BankParser.mapper().readTree(questionJson == null ? "" : questionJson);
        } catch (JacksonException e) {
            return failed(List.of(new BankError(file, null, BankParser.location(e), "invalid JSON: "
                    + e.getOriginalMessage())));
        }
        if (node == null || !node.isObject()) {
            return failed(List.of(new BankError(file, null, "", "a question must be a JSON object")));
        }
        ObjectNode bank = BankParser.mapper().createObjectNode();
        bank.put("id", "question");
        bank.put("title", "question");
        bank.put("module", module);
        bank.put("version", 1);
        bank.putArray("questions").add(node);
        BankParser.Result r = parser.parse(file, BankParser.mapper().writeValueAsBytes(bank));
        if (!r.ok()) {
            List<BankError> errors = new ArrayList<>();
            for (BankError e : r.errors()) {
                String path = e.path() == null ? "" : e.path();
                path = path.startsWith("/questions/0") ? path.substring("/questions/0".length()) : path;
                errors.add(new BankError(file, e.questionId(), path, e.message()));
            }
            return failed(errors);
        }
        return new BankFormat.Parsed(List.of(), null, null, module, 1, null,
                r.bank().questions().stream().map(BankParser.ParsedQuestion::question).toList());
    }

    private static BankFormat.Parsed failed(List<BankError> errors) {
        return new BankFormat.Parsed(errors, null, null, null, 0, null, List.of());
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) n.put(field, value);
    }

    private static void number(ObjectNode n, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) n.put(field, (long) v);
        else n.put(field, v);
    }

}
