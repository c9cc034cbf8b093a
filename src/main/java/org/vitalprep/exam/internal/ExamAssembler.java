package org.vitalprep.exam.internal;

import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.bank.Question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Assembles a timed exam form from the blueprint: for each domain, its number of scored items from the items
 * tagged with it (unseen first, random by seed), then the pretest items from what is left of the exam's items,
 * all shuffled together so that pretest items look like any other. No item appears twice. Pure logic, linear in
 * the pool size.
 */
public final class ExamAssembler {

    private ExamAssembler() {
    }

    public record Pick(Question question, String domain, boolean scored) {}

    /** @param shortfalls human-readable notes where the banks could not fill the blueprint */
    public record Form(List<Pick> picks, List<String> shortfalls) {}

    public static Form assemble(ExamDefinition exam, List<Question> pool, Set<String> seen, long seed) {
        Random random = new Random(seed);
        List<ExamDefinition.Domain> leaves = exam.leafDomains().toList();
        Map<String, List<Question>> byDomain = new HashMap<>();
        for (ExamDefinition.Domain d : leaves) byDomain.put(d.code(), new ArrayList<>());
        for (Question q : pool) {
            for (String tag : q.domains()) {
                List<Question> list = byDomain.get(tag);
                if (list != null) list.add(q);
            }
        }
        // scarcest domains choose first, so versatile items are left for the domains that need them
        List<ExamDefinition.Domain> order = new ArrayList<>(leaves);
        order.sort((a, b) -> Integer.compare(byDomain.get(a.code()).size() - a.items(),
                byDomain.get(b.code()).size() - b.items()));
        Set<String> used = new HashSet<>();
        List<Pick> picks = new ArrayList<>();
        List<String> shortfalls = new ArrayList<>();
        for (ExamDefinition.Domain d : order) {
            List<Question> candidates = preferUnseen(byDomain.get(d.code()), seen, random);
            int taken = 0;
            for (Question q : candidates) {
                if (taken == d.items()) break;
                if (used.add(q.id())) {
                    picks.add(new Pick(q, d.code(), true));
                    taken++;
                }
            }
            if (taken < d.items()) {
                shortfalls.add(d.name() + ": " + taken + " of " + d.items() + " items available");
            }
        }
        List<Question> rest = new ArrayList<>();
        for (ExamDefinition.Domain d : leaves) {
            for (Question q : byDomain.get(d.code())) {
                if (!used.contains(q.id())) rest.add(q);
            }
        }
        List<Question> pretest = preferUnseen(distinct(rest), seen, random);
        int pretestTaken = 0;
        for (Question q : pretest) {
            if (pretestTaken == exam.pretestItems()) break;
            if (used.add(q.id())) {
                String domain = q.domains().stream().filter(byDomain::containsKey).findFirst().orElseThrow();
                picks.add(new Pick(q, domain, false));
                pretestTaken++;
            }
        }
        if (pretestTaken < exam.pretestItems()) {
            shortfalls.add("Pretest: " + pretestTaken + " of " + exam.pretestItems() + " items available");
        }
        Collections.shuffle(picks, random);
        return new Form(picks, shortfalls);
    }

    private static List<Question> distinct(List<Question> qs) {
        Set<String> ids = new HashSet<>();
        List<Question> out = new ArrayList<>();
        for (Question q : qs) if (ids.add(q.id())) out.add(q);
        return out;
    }

    /** A random order with unseen items first. */
    private static List<Question> preferUnseen(List<Question> qs, Set<String> seen, Random random) {
        List<Question> unseen = new ArrayList<>();
        List<Question> seenList = new ArrayList<>();
        for (Question q : qs) (seen.contains(q.id()) ? seenList : unseen).add(q);
        Collections.shuffle(unseen, random);
        Collections.shuffle(seenList, random);
        unseen.addAll(seenList);
        return unseen;
    }
}
