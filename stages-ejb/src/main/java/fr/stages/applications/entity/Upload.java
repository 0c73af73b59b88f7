package fr.stages.applications.entity;

/** A file as the browser sent it: the name it gave (a label only) and the bytes (the only thing checked). */
public record Upload(String fileName, byte[] content) {

    public boolean isEmpty() {
        return content == null || content.length == 0;
    }
}
