package org.mdmhub.mdm.platform.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.mdmhub.mdm.platform.json.Json;

/** Hands JAX-RS the hub's one Jackson configuration ({@link Json}), so request and response bodies follow it. */
@Provider
public class JsonMapperProvider implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return Json.mapper();
    }
}
