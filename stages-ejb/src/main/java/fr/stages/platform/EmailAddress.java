package fr.stages.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * One mailbox, strictly valid, lower case, and nothing a mail header could be split on: what reaches a To or
 * Reply-To header can add neither a header nor a recipient. Every capability takes addresses through it (a
 * candidate's, an agent's login, a direction's notice address, an offer's contact, a mail's recipient), so that
 * they are all checked by the same rule and refused with the same message.
 */
public record EmailAddress(String value) {

    /** The longest address a mail system must accept (RFC 5321 path, less its brackets). */
    public static final int LENGTH = 254;

    /** Checks and normalises: a value that is not one valid mailbox is refused (mail.address.invalid). */
    public EmailAddress {
        value = checked(value);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** An address that may be left blank: null when it is. */
    public static EmailAddress optional(String value) {
        return value == null || value.isBlank() ? null : new EmailAddress(value);
    }

    private static String checked(String value) {
        if (value == null || value.isBlank() || value.strip().length() > LENGTH
                || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new BusinessException("mail.address.invalid", String.valueOf(value).strip());
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(value.strip(), true);
            // a group ("g: a@x, b@y;") parses as one address, but is a list of recipients
            if (parsed.length != 1 || parsed[0].isGroup() || parsed[0].getPersonal() != null
                    || !parsed[0].getAddress().contains("@")) {
                throw new BusinessException("mail.address.invalid", value.strip());
            }
            parsed[0].validate();
            return parsed[0].getAddress().toLowerCase();
        } catch (AddressException e) {
            throw new BusinessException("mail.address.invalid", value.strip());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
