package org.distdmf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the errors a user can cause (bad values, missing files, unreadable input) into one line on
 * standard error and exit code 1. A value that is not a number exits with 2, like picocli's own type
 * errors. Anything else is a defect and keeps its stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 1;
    static final int BAD_USAGE = 2;

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) throws Exception {
        String message = userMessage(error);
        if (message == null) {
            throw error;
        }
        // One line, even when a library's message spans several, so scripts can grep the log.
        String oneLine = message.replaceAll("\\s*\\R\\s*", " ");
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + oneLine);
        commandLine.getErr().flush();
        return error instanceof NotANumberException ? BAD_USAGE : BAD_INPUT;
    }

    /** Returns the one-line message for an error the user can fix, or null for a defect. */
    static String userMessage(Throwable error) {
        if (error instanceof UncheckedIOException && error.getCause() != null) {
            error = error.getCause();
        }
        if (error instanceof NoSuchFileException) {
            return "file not found: " + ((NoSuchFileException) error).getFile();
        }
        if (error instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) error).getFile();
        }
        if (error instanceof FileAlreadyExistsException) {
            return "cannot create " + ((FileAlreadyExistsException) error).getFile()
                    + ": a file of that name exists where a folder is needed";
        }
        if (error instanceof FileSystemException) {
            FileSystemException failure = (FileSystemException) error;
            return "cannot access " + failure.getFile() + (failure.getReason() != null ? ": " + failure.getReason() : "");
        }
        if (error instanceof IllegalArgumentException || error instanceof IOException) {
            return error.getMessage() != null ? error.getMessage() : error.toString();
        }
        if (error instanceof OutOfMemoryError) {
            return "out of memory; reduce the problem size or raise the Java heap with -Xmx (set JAVA_OPTS)";
        }
        return null;
    }
}
