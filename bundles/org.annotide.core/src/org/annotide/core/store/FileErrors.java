package org.annotide.core.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * File errors in words a user can act on. The JDK's file exceptions often carry nothing but the path as
 * their message ({@code AccessDeniedException: /x/y}), which reads as no reason at all.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /** What went wrong and with which file, e.g. "permission denied: /x/y". */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fse) {
            String file = fse.getFile() == null ? "" : fse.getFile()
                    + (fse.getOtherFile() == null ? "" : " -> " + fse.getOtherFile());
            String what = switch (fse) {
                case AccessDeniedException denied -> "permission denied";
                case NoSuchFileException missing -> "no such file or folder";
                case FileAlreadyExistsException exists -> "already exists";
                case NotDirectoryException notFolder -> "not a folder";
                case DirectoryNotEmptyException notEmpty -> "folder not empty";
                default -> fse.getReason();
            };
            if (what == null) {
                what = fse.getClass().getSimpleName();
            }
            return file.isEmpty() ? what : what + ": " + file;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
