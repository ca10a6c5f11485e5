package org.ccmdesk.reliability;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * What the fuzz test calls, read from the running application rather than listed by hand:
 * every handler method of the application's own controllers, its route, and the inputs
 * its parameters declare (path variables, request parameters, the components of a form
 * record bound with {@code @ModelAttribute}, the components of a JSON
 * {@code @RequestBody}, the {@code asOf} date, uploaded files). A new form or field is
 * fuzzed without touching the test.
 */
final class FuzzTargets {

    /** Where a field travels in the request. */
    enum Source {

        PATH, PARAM, JSON, FILE

    }

    /**
     * One input: its name, its Java type and, for a list, the element type.
     */
    record Field(String name, Class<?> type, Class<?> element, Source source, Limits limits) {

        Field(String name, Class<?> type, Class<?> element, Source source) {
            this(name, type, element, source, Limits.NONE);
        }

        boolean isList() {
            return List.class.isAssignableFrom(type);
        }

    }

    /**
     * What a form record's component declares: its {@code @Size} maximum (0 when none),
     * whether it is required, and whether a pattern or e-mail format constrains it.
     */
    record Limits(int max, boolean required, boolean formatted) {

        static final Limits NONE = new Limits(0, false, false);

        static Limits of(RecordComponent component) {
            var accessor = component.getAccessor();
            Size size = accessor.getAnnotation(Size.class);
            return new Limits(size == null ? 0 : size.max(), accessor.isAnnotationPresent(NotBlank.class),
                    accessor.isAnnotationPresent(jakarta.validation.constraints.Pattern.class)
                            || accessor.isAnnotationPresent(Email.class));
        }

    }

    /** A route (method and pattern) and its inputs. */
    record Target(String method, String pattern, List<Field> fields) {

        boolean json() {
            return fields.stream().anyMatch(f -> f.source() == Source.JSON);
        }

        boolean multipart() {
            return fields.stream().anyMatch(f -> f.source() == Source.FILE);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }

    }

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private FuzzTargets() {
    }

    /**
     * Every route of the application's controllers ({@code org.ccmdesk}) that takes at
     * least one input, sorted so that the run is the same every time.
     */
    static List<Target> of(ApplicationContext context) {
        List<Target> targets = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
            .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (!handler.getBeanType().getPackageName().startsWith("org.ccmdesk")) {
                    continue;
                }
                List<Field> fields = fields(handler);
                if (fields.isEmpty()) {
                    continue;
                }
                var methods = entry.getKey().getMethodsCondition().getMethods();
                for (String pattern : entry.getKey().getPatternValues()) {
                    if (methods.isEmpty()) {
                        targets.add(new Target("GET", pattern, fields));
                    }
                    methods.forEach(m -> targets.add(new Target(m.name(), pattern, fields)));
                }
            }
        }
        targets.sort(Comparator.comparing(Target::toString));
        return targets;
    }

    private static List<Field> fields(HandlerMethod handler) {
        List<Field> fields = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            Class<?> type = parameter.getParameterType();
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (path != null) {
                fields.add(new Field(name(path.name(), parameter), type, null, Source.PATH));
            }
            else if (param != null) {
                Source source = MultipartFile.class.isAssignableFrom(type) ? Source.FILE : Source.PARAM;
                fields.add(new Field(name(param.name(), parameter), type,
                        ResolvableType.forMethodParameter(parameter).resolveGeneric(0), source));
            }
            else if (parameter.hasParameterAnnotation(RequestBody.class) && type.isRecord()) {
                fields.addAll(components(type, Source.JSON));
            }
            else if (parameter.hasParameterAnnotation(ModelAttribute.class) && type.isRecord()) {
                fields.addAll(components(type, Source.PARAM));
            }
            else if (type.getSimpleName().equals("AsOf")
                    || (type == LocalDate.class && "asOf".equals(parameter.getParameterName()))) {
                fields.add(new Field("asOf", LocalDate.class, null, Source.PARAM));
            }
        }
        return fields;
    }

    private static List<Field> components(Class<?> record, Source source) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            fields.add(new Field(component.getName(), component.getType(),
                    ResolvableType.forType(component.getGenericType()).resolveGeneric(0), source,
                    Limits.of(component)));
        }
        return fields;
    }

    private static String name(String declared, MethodParameter parameter) {
        return StringUtils.hasText(declared) ? declared : parameter.getParameterName();
    }

}
