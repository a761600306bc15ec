package io.ziar.commons.json;

import io.ziar.commons.input.Utf8;
import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body must be well-formed UTF-8 (RFC 8259), checked strictly before it is parsed or passed on
 * (see {@link Utf8}). JSON bodies are held to the body limit, so reading one whole here costs no more
 * than the parser would.
 */
@Provider
// Bodies clients send; a service's answer read by another service's REST client is not theirs to check.
@ConstrainedTo(RuntimeType.SERVER)
public class StrictUtf8Reader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type) && !type.isWildcardType() && isUtf8(type)) {
            byte[] body = context.getInputStream().readAllBytes();
            if (!Utf8.isValid(body, 0, body.length)) {
                throw new ProblemException(ProblemType.INVALID_JSON, "The request body is not valid UTF-8", null);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static boolean isUtf8(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset);
    }
}
