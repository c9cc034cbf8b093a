package org.vitalprep.progress.internal;

import org.springframework.stereotype.Component;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.progress.ReadinessEstimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Readiness per certification for a learner's progress state. */
@Component
public class ReadinessService {

    private final QuestionBankService banks;
    private final ItemParameterStore parameters;

    ReadinessService(QuestionBankService banks, ItemParameterStore parameters) {
        this.banks = banks;
        this.parameters = parameters;
    }

    public List<ReadinessEstimate> estimates(ProgressState s) {
        List<Question> published = banks.publishedQuestions();
        Map<String, Question> byId = new HashMap<>();
        published.forEach(q -> byId.put(q.id(), q));
        List<ReadinessModel.Answer> answers = new ArrayList<>();
        s.items().forEach((qid, it) -> {
            Question q = byId.get(qid);
            if (q != null && it.firstCorrect() != null) {
                answers.add(new ReadinessModel.Answer(parameters.parameters(q), q.domains(), it.firstCorrect()));
            }
        });
        List<ReadinessModel.Answer> bank = published.stream()
                .map(q -> new ReadinessModel.Answer(parameters.parameters(q), q.domains(), false)).toList();
        List<ReadinessEstimate> out = new ArrayList<>();
        for (ExamDefinition e : banks.exams()) {
            out.add(ReadinessModel.estimate(e, answers, bank, 31L * s.items().size() + e.id().hashCode()));
        }
        return out;
    }
}
