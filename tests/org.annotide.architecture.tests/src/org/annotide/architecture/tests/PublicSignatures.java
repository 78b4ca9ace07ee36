package org.annotide.architecture.tests;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the {@code .internal} types that a class of an API package shows to its users: in its supertypes and
 * type parameters, and in the types of its public and protected fields, methods and constructors (return,
 * parameters, exceptions, generic arguments at any depth).
 */
final class PublicSignatures {

    private PublicSignatures() {
    }

    /** True when code outside the package can see the class: public, and every enclosing class too. */
    static boolean isVisible(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            int modifiers = c.getModifiers();
            boolean reachable = Modifier.isPublic(modifiers)
                    || (Modifier.isProtected(modifiers) && c.getDeclaringClass() != null
                            && !Modifier.isFinal(c.getDeclaringClass().getModifiers()));
            if (!reachable) {
                return false;
            }
        }
        return true;
    }

    /** Reports each exposure of an internal type by the class as "where: internal type". */
    static void check(Class<?> type, Consumer<String> violations) {
        String owner = type.getName();
        Consumer<String> report = violations;
        if (type.getGenericSuperclass() != null) {
            scan(type.getGenericSuperclass(), owner + " extends", report);
        }
        for (Type implemented : type.getGenericInterfaces()) {
            scan(implemented, owner + " implements", report);
        }
        for (TypeVariable<?> variable : type.getTypeParameters()) {
            scan(variable, owner + "<" + variable.getName() + ">", report);
        }
        boolean subclassable = !Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord();
        for (Field field : type.getDeclaredFields()) {
            if (!field.isSynthetic() && exposed(field.getModifiers(), subclassable)) {
                scan(field.getGenericType(), owner + "." + field.getName(), report);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isSynthetic() && !method.isBridge() && exposed(method.getModifiers(), subclassable)) {
                scan(method.getGenericReturnType(), owner + "." + method.getName() + "() returns", report);
                scanExecutable(method, owner + "." + method.getName() + "()", report);
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (!constructor.isSynthetic() && exposed(constructor.getModifiers(), subclassable)) {
                scanExecutable(constructor, owner + ".<init>()", report);
            }
        }
    }

    private static boolean exposed(int modifiers, boolean subclassable) {
        return Modifier.isPublic(modifiers) || (Modifier.isProtected(modifiers) && subclassable);
    }

    private static void scanExecutable(Executable executable, String where, Consumer<String> report) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            scan(parameter, where + " takes", report);
        }
        for (Type exception : executable.getGenericExceptionTypes()) {
            scan(exception, where + " throws", report);
        }
        for (TypeVariable<?> variable : executable.getTypeParameters()) {
            scan(variable, where + " <" + variable.getName() + ">", report);
        }
    }

    private static void scan(Type type, String where, Consumer<String> report) {
        scan(type, where, report, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void scan(Type type, String where, Consumer<String> report, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (!c.isPrimitive() && BundleOrder.isInternal(c.getPackageName())) {
                report.accept(where + " " + c.getName());
            }
        } else if (type instanceof ParameterizedType parameterized) {
            scan(parameterized.getRawType(), where, report, seen);
            scan(parameterized.getOwnerType(), where, report, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                scan(argument, where, report, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            scan(array.getGenericComponentType(), where, report, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : List.of(wildcard.getUpperBounds())) {
                scan(bound, where, report, seen);
            }
            for (Type bound : List.of(wildcard.getLowerBounds())) {
                scan(bound, where, report, seen);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                scan(bound, where, report, seen);
            }
        }
    }
}
