package fr.stages.applications.entity;

import java.security.SecureRandom;

/**
 * References given to candidates (C-7K3M9Q2X): random, so that one reference tells nothing about the others,
 * in an alphabet without look-alike characters, so that it can be read over the phone.
 */
public final class References {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    public static String next(String prefix) {
        StringBuilder reference = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
