package org.distdmf.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Prepares the files and folders the commands write. Each check runs before the work starts, so a
 * typo in an output path fails at once instead of as "file not found" after a long run. The message
 * names the option and the folder that cannot be created or written.
 */
final class Outputs {

    private Outputs() {
    }

    /** Creates the parent folders of the output file {@code file} and checks that the folder is writable. */
    static Path file(String option, Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + " " + file + " is a folder; give a file name");
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            writableFolder(option, file, parent);
        }
        return file;
    }

    /** Creates the output folder {@code folder} with its parents and checks that it is writable. */
    static Path folder(String option, Path folder) {
        writableFolder(option, folder, folder.toAbsolutePath().normalize());
        return folder;
    }

    private static void writableFolder(String option, Path given, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(option + " " + given + ": cannot create the folder " + folder
                    + " because a file of that name exists");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + given + ": cannot create the folder " + folder
                    + reason(e) + "; choose a writable folder", e);
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException(option + " " + given + ": cannot write to the folder " + folder
                    + " (permission denied); choose a writable folder");
        }
    }

    private static String reason(IOException error) {
        if (error instanceof AccessDeniedException) {
            return " (permission denied)";
        }
        if (error instanceof NoSuchFileException) {
            // The file system gives no reason, for example under /proc.
            return "";
        }
        if (error instanceof FileSystemException && ((FileSystemException) error).getReason() != null) {
            return " (" + ((FileSystemException) error).getReason() + ")";
        }
        return error.getMessage() != null ? " (" + error.getMessage() + ")" : "";
    }
}
