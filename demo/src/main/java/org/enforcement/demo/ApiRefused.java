package org.enforcement.demo;

/** A service answered something the story cannot go on with; the message holds the exact request and answer. */
public class ApiRefused extends RuntimeException {

    private final transient Reply reply;

    public ApiRefused(Reply reply, String why) {
        super(why + ":\n  " + reply.describe());
        this.reply = reply;
    }

    public Reply reply() {
        return reply;
    }
}
