package org.vitalprep.ui;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;
import org.vitalprep.exam.internal.AttemptEngine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Captures every byte the server sends to the browser during a timed exam in real Chromium and searches it for
 * the keys and rationales: none may arrive before submission. After submission they must (so the capture works).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerLeakageBrowserTest extends BrowserTestBase {

    static final StringBuffer SENT = new StringBuffer();

    @TestConfiguration
    static class Capture {
        @Bean
        FilterRegistrationBean<Filter> captureEverythingSent() {
            Filter f = (req, res, chain) -> {
                String path = ((HttpServletRequest) req).getRequestURI();
                if (path.startsWith("/VAADIN/build") || path.endsWith(".js") || path.endsWith(".css")) {
                    chain.doFilter(req, res);
                    return;
                }
                TeeResponse tee = new TeeResponse((HttpServletResponse) res);
                try {
                    chain.doFilter(req, tee);
                } finally {
                    tee.flushBuffer();
                    SENT.append(tee.copy.toString(StandardCharsets.UTF_8)).append('\n');
                }
            };
            FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(f);
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
            bean.addUrlPatterns("/*");
            return bean;
        }
    }

    /** Passes everything through unchanged and keeps a copy of the body. */
    static final class TeeResponse extends jakarta.servlet.http.HttpServletResponseWrapper {
        final java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
        private jakarta.servlet.ServletOutputStream out;
        private java.io.PrintWriter writer;

        TeeResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws java.io.IOException {
            if (out == null) {
                jakarta.servlet.ServletOutputStream original = super.getOutputStream();
                out = new jakarta.servlet.ServletOutputStream() {
                    @Override
                    public void write(int b) throws java.io.IOException {
                        original.write(b);
                        copy.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws java.io.IOException {
                        original.write(b, off, len);
                        copy.write(b, off, len);
                    }

                    @Override
                    public void flush() throws java.io.IOException {
                        original.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return original.isReady();
                    }

                    @Override
                    public void setWriteListener(jakarta.servlet.WriteListener listener) {
                        original.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        @Override
        public java.io.PrintWriter getWriter() throws java.io.IOException {
            if (writer == null) {
                writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(getOutputStream(),
                        getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()), true);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws java.io.IOException {
            if (writer != null) writer.flush();
            super.flushBuffer();
        }
    }

    @Autowired AttemptEngine engine;
    @Autowired QuestionBankService banks;

    @BeforeEach
    void clear() {
        SENT.setLength(0);
    }

    /** What was sent, with JSON string escapes undone. */
    static String sent() {
        String s = SENT.toString().replace("\\\"", "\"").replace("\\/", "/").replace("\\n", "\n");
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(out);
        return out.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'");
    }

    /** Texts that would give the answers away: every rationale, and the key where it is more than an option text. */
    static List<String> secrets(Question q) {
        List<String> s = new ArrayList<>();
        q.options().forEach(o -> s.add(o.rationale()));
        q.prompts().forEach(p -> s.add(p.rationale()));
        q.choices().stream().filter(c -> c.rationale() != null).forEach(c -> s.add(c.rationale()));
        if (q.rationale() != null) s.add(q.rationale().split("\n")[0]);
        q.commonErrors().forEach(c -> s.add(c.rationale()));
        return s.stream().filter(t -> t.length() >= 12).toList();
    }

    @Test
    void nothingAboutTheKeysReachesTheBrowserBeforeSubmission() throws Exception {
        driver.get(url("practice"));
        choose(By.id("exam"), "CPT");
        click(By.id("start-exam"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timer")));

        Cookie cookie = driver.manage().getCookieNamed("vp_learner");
        String learner = "anon:" + cookie.getValue();
        String attemptId = engine.recent(learner, 1).getFirst().id();

        // answer, flag and move through several questions, then open the review screen
        for (int i = 1; i <= 6; i++) {
            final int n = i;
            wait.until(d -> d.findElement(By.id("progress")).getText().startsWith("Question " + n + " of"));
            new PracticeQuizBrowserTest.Answerer(driver, wait).answerWhateverIsShown();
            wait.until(d -> d.findElement(By.id("save-status")).getText().equals("Answer saved"));
            if (i == 2) click(By.cssSelector("#flag label"));
            click(By.id("next"));
        }
        click(By.id("review"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-screen")));

        AttemptSnapshot before = engine.view(attemptId, learner);
        assertThat(before.answered()).isEqualTo(6);
        String sentBefore = sent();
        assertThat(sentBefore).as("the capture saw the questions").contains(plain(before.items().getFirst()));
        for (ItemView item : before.items()) {
            Question q = banks.question(item.questionId(), item.questionVersion());
            for (String secret : secrets(q)) {
                assertThat(sentBefore).as("leaked before submission (" + q.id() + ")").doesNotContain(secret);
            }
        }
        assertThat(sentBefore).doesNotContain("(correct)").doesNotContain("Incorrect").doesNotContain("\"correct\"");

        // after submission the answers are final, and the review shows them: the same search now finds them
        click(By.id("submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")));
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Submit' and @slot='confirm-button']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
        Question firstQ = banks.question(before.items().getFirst().questionId(), before.items().getFirst().questionVersion());
        assertThat(sent()).contains(secrets(firstQ).getFirst());
    }

    /** A stretch of the first item's stem as plain text (Markdown rendered to HTML). */
    private static String plain(ItemView item) {
        String text = org.jsoup.Jsoup.parse(item.stemHtml()).text();
        return text.substring(0, Math.min(25, text.length()));
    }
}
