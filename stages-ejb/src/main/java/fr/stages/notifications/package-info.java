/**
 * Every mail the platform sends, and the one road it takes: a boundary queues it (a log row and a JMS message
 * carrying its id, in the business transaction), a message-driven bean has it written by the writer of its kind
 * ({@link fr.stages.notifications.boundary.MailWriter}: each capability writes its own mails, in the recipient's
 * language), makes the message (headers, HTML, footer, calendar) and sends it through the container's mail
 * session, retrying with growing delays while the SMTP server is down, and records each attempt. The road knows
 * nothing of applications or accounts: the ids on a log row are for the writers and the retention rules. Not a
 * mailing-list tool: one mail, one recipient.
 */
package fr.stages.notifications;
