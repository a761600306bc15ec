package io.ziar.commons.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The media types an endpoint takes, for the 415 that says so. Quarkus REST refuses a Content-Type
 * while it routes, before any resource method is chosen, and its exception names no endpoint: the
 * resource classes' own {@code @Path} and {@code @Consumes} are read once here instead.
 */
public final class ConsumedMediaTypes {

    private record Route(String method, Pattern path, List<String> types) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*([^{}]*(?:\\{[^{}]*}[^{}]*)*))?}");

    private static volatile List<Route> routes;

    private ConsumedMediaTypes() {
    }

    /** The types the endpoint at {@code method} {@code path} takes, in declaration order; empty when unknown. */
    public static Set<String> of(String method, String path) {
        Set<String> types = new LinkedHashSet<>();
        for (Route route : routes()) {
            if (route.method().equals(method) && route.path().matcher(path).matches()) {
                types.addAll(route.types());
            }
        }
        return types;
    }

    private static List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    private static List<Route> scan() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            // REST client interfaces carry @Path too, but say what a client sends, not what we take
            if (root == null || type.isInterface()) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                Consumes consumes = method.isAnnotationPresent(Consumes.class)
                        ? method.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
                if (verb == null || consumes == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                found.add(new Route(verb, template(join(root.value(), sub == null ? "" : sub.value())),
                        List.of(consumes.value())));
            }
        }
        return List.copyOf(found);
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = "/" + strip(root) + (sub.isEmpty() ? "" : "/" + strip(sub));
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String strip(String segment) {
        int start = 0;
        int end = segment.length();
        while (start < end && segment.charAt(start) == '/') {
            start++;
        }
        while (end > start && segment.charAt(end - 1) == '/') {
            end--;
        }
        return segment.substring(start, end);
    }

    /** A JAX-RS path template as a regular expression: {@code {id}} is one segment, {@code {id: regex}} its regex. */
    static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(path);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(last, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).strip()).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
