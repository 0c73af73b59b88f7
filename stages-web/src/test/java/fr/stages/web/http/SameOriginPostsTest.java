package fr.stages.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SameOriginPostsTest {

    @Test
    void originsAreWrittenAsBrowsersSendThem() {
        assertEquals("https://stages.ville.example", SameOriginPosts.origin("HTTPS", "Stages.Ville.example", 443));
        assertEquals("https://stages.ville.example", SameOriginPosts.origin("https", "stages.ville.example", -1));
        assertEquals("http://localhost:18080", SameOriginPosts.origin("http", "localhost", 18080));
        assertEquals("http://localhost", SameOriginPosts.origin("http", "localhost", 80));
        assertEquals("https://localhost:80", SameOriginPosts.origin("https", "localhost", 80));
    }
}
