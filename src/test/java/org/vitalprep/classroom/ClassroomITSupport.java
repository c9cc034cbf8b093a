package org.vitalprep.classroom;

/** Test data shared by the classroom tests and the instructor UI tests. */
public final class ClassroomITSupport {

    private ClassroomITSupport() {
    }


    /** A complete single-best-answer question written in the editor's format. */
    public static String completeQuestion(String id, String stem) {
        return """
                {"id": "%s", "type": "single-best-answer", "stem": "%s",
                 "options": [
                   {"id": "a", "text": "Lavender (EDTA)", "rationale": "Correct: EDTA preserves cell morphology for a CBC."},
                   {"id": "b", "text": "Light blue (sodium citrate)", "rationale": "Citrate tubes are for coagulation tests."},
                   {"id": "c", "text": "Gray (sodium fluoride)", "rationale": "Fluoride tubes are for glucose and lactate."}],
                 "key": "a", "domains": ["CPT/routine-collections"], "difficulty": "easy",
                 "source": "medical-facts P-order-of-draw", "status": "draft"}""".formatted(id, stem);
    }

}
