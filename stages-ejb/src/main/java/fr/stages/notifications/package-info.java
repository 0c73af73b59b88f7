/**
 * Every mail the platform sends, and the one road it takes: a boundary queues it (a log row and a JMS message
 * carrying its id, in the business transaction), a message-driven bean renders it from a template in the
 * recipient's language and sends it through the container's mail session, retrying with growing delays while
 * the SMTP server is down, and records each attempt. Not a mailing-list tool: one mail, one recipient.
 */
package fr.stages.notifications;
