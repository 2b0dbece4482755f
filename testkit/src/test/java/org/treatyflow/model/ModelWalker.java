package org.treatyflow.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a model value and every model value reachable through its public accessors, so a test can
 * check a property of each (e.g. that its {@code toString} leaks no personal data) and know which
 * model types it has seen.
 */
final class ModelWalker {
  private static final String MODEL_PACKAGE = "org.treatyflow.model.";

  private final Set<Class<?>> typesSeen = new LinkedHashSet<>();
  private final Set<Object> visited = new java.util.HashSet<>();

  /** The public model types (interfaces or classes of the model) of every value walked so far. */
  Set<Class<?>> typesSeen() {
    return typesSeen;
  }

  /** Calls {@code visitor} on {@code root} and on every model value reachable from it. */
  void walk(Object root, java.util.function.Consumer<Object> visitor) {
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object value = todo.pop();
      if (value == null || !visited.add(value)) {
        continue;
      }
      if (value instanceof Optional<?> optional) {
        optional.ifPresent(todo::push);
        continue;
      }
      if (value instanceof Collection<?> collection) {
        collection.forEach(todo::push);
        continue;
      }
      if (value instanceof Map<?, ?> map) {
        map.keySet().forEach(todo::push);
        map.values().forEach(todo::push);
        continue;
      }
      if (!isModelValue(value)) {
        continue;
      }
      publicModelTypes(value.getClass()).forEach(typesSeen::add);
      visitor.accept(value);
      for (Method accessor : accessors(value.getClass())) {
        try {
          Object attribute = accessor.invoke(value);
          if (attribute != null) {
            todo.push(attribute);
          }
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new AssertionError("Cannot read " + accessor + " of " + value.getClass(), e);
        }
      }
    }
  }

  private static boolean isModelValue(Object value) {
    return value.getClass().getName().startsWith(MODEL_PACKAGE) && !value.getClass().isEnum();
  }

  /** The public types of the model a generated class implements or extends. */
  static Set<Class<?>> publicModelTypes(Class<?> type) {
    Set<Class<?>> types = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.push(type);
    while (!todo.isEmpty()) {
      Class<?> t = todo.pop();
      if (!t.getName().startsWith(MODEL_PACKAGE)) {
        continue;
      }
      if (Modifier.isPublic(t.getModifiers())) {
        types.add(t);
      }
      if (t.getSuperclass() != null) {
        todo.push(t.getSuperclass());
      }
      for (Class<?> i : t.getInterfaces()) {
        todo.push(i);
      }
    }
    return types;
  }

  private static Set<Method> accessors(Class<?> type) {
    Set<Method> accessors = new LinkedHashSet<>();
    for (Class<?> publicType : publicModelTypes(type)) {
      for (Method m : publicType.getMethods()) {
        if (m.getParameterCount() == 0
            && !Modifier.isStatic(m.getModifiers())
            && m.getReturnType() != void.class
            && m.getDeclaringClass().getName().startsWith(MODEL_PACKAGE)) {
          accessors.add(m);
        }
      }
    }
    return accessors;
  }
}
