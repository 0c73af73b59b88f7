package fr.stages.web.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The OpenAPI document the platform serves, read back to check its answers against it: the parts of OpenAPI 3.0
 * schemas the document uses ($ref, allOf, type, nullable, required, properties, items, enum, pattern, minimum,
 * maximum, maxLength, format date), each difference reported with its place in the answer.
 */
final class OpenApiSchemas {

    private final JsonObject document;

    OpenApiSchemas(String json) {
        document = Json.createReader(new StringReader(json)).readObject();
    }

    JsonObject document() {
        return document;
    }

    /** The query and header parameters of an operation, as declared. */
    List<JsonObject> parameters(String path) {
        List<JsonObject> list = new ArrayList<>();
        for (JsonValue p : document.getJsonObject("paths").getJsonObject(path).getJsonObject("get")
                .getJsonArray("parameters")) {
            list.add(p.asJsonObject());
        }
        return list;
    }

    /** The response statuses an operation declares. */
    List<String> statuses(String path) {
        return new ArrayList<>(document.getJsonObject("paths").getJsonObject(path).getJsonObject("get")
                .getJsonObject("responses").keySet());
    }

    /** The schema of an operation's answer with that status (null when it declares no body). */
    JsonObject responseSchema(String path, String status) {
        JsonObject response = document.getJsonObject("paths").getJsonObject(path).getJsonObject("get")
                .getJsonObject("responses").getJsonObject(status);
        return response.containsKey("content")
                ? response.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema") : null;
    }

    /** What in the value does not match the schema; empty when it all does. */
    List<String> problems(JsonValue value, JsonObject schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    private JsonObject resolve(JsonObject schema) {
        if (!schema.containsKey("$ref")) {
            return schema;
        }
        JsonObject target = document;
        for (String part : schema.getString("$ref").substring(2).split("/")) {
            target = target.getJsonObject(part);
        }
        return resolve(target);
    }

    private void check(JsonValue value, JsonObject raw, String at, List<String> problems) {
        JsonObject schema = resolve(raw);
        if (schema.containsKey("allOf")) { // objects only here: one object with every part's properties
            jakarta.json.JsonArrayBuilder required = Json.createArrayBuilder();
            jakarta.json.JsonObjectBuilder properties = Json.createObjectBuilder();
            for (JsonValue part : schema.getJsonArray("allOf")) {
                JsonObject object = resolve(part.asJsonObject());
                object.getJsonArray("required").forEach(required::add);
                object.getJsonObject("properties").forEach(properties::add);
            }
            schema = Json.createObjectBuilder().add("type", "object").add("required", required)
                    .add("properties", properties).build();
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (!schema.getBoolean("nullable", false)) {
                problems.add(at + ": null where the schema does not allow it");
            }
            return;
        }
        String type = schema.getString("type", null);
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(at + ": not an object");
                    return;
                }
                JsonObject object = value.asJsonObject();
                for (JsonValue name : schema.getJsonArray("required") == null ? JsonValue.EMPTY_JSON_ARRAY
                        : schema.getJsonArray("required")) {
                    if (!object.containsKey(((JsonString) name).getString())) {
                        problems.add(at + ": required " + name + " missing");
                    }
                }
                JsonObject properties = schema.getJsonObject("properties");
                for (String name : object.keySet()) {
                    if (properties == null || !properties.containsKey(name)) {
                        problems.add(at + "." + name + ": not in the schema");
                    } else {
                        check(object.get(name), properties.getJsonObject(name), at + "." + name, problems);
                    }
                }
            }
            case "array" -> {
                if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                    problems.add(at + ": not an array");
                    return;
                }
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), schema.getJsonObject("items"), at + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (value.getValueType() != JsonValue.ValueType.STRING) {
                    problems.add(at + ": not a string");
                    return;
                }
                String text = ((JsonString) value).getString();
                if (schema.containsKey("enum") && schema.getJsonArray("enum").stream()
                        .noneMatch(e -> ((JsonString) e).getString().equals(text))) {
                    problems.add(at + ": « " + text + " » not among " + schema.getJsonArray("enum"));
                }
                if (schema.containsKey("pattern") && !Pattern.compile(schema.getString("pattern")).matcher(text).find()) {
                    problems.add(at + ": « " + text + " » does not match " + schema.getString("pattern"));
                }
                if (schema.containsKey("maxLength") && text.length() > schema.getInt("maxLength")) {
                    problems.add(at + ": longer than " + schema.getInt("maxLength"));
                }
                String format = schema.getString("format", "");
                if (format.equals("date") && !text.matches("\\d{4}-\\d\\d-\\d\\d")) {
                    problems.add(at + ": « " + text + " » is not a date");
                }
                if (format.equals("date-time") && !text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)")) {
                    problems.add(at + ": « " + text + " » is not a date-time");
                }
                if (format.equals("uri") && !text.matches("https?://\\S+")) {
                    problems.add(at + ": « " + text + " » is not an absolute address");
                }
            }
            case "integer", "number" -> {
                if (value.getValueType() != JsonValue.ValueType.NUMBER
                        || type.equals("integer") && !((JsonNumber) value).isIntegral()) {
                    problems.add(at + ": not an " + type);
                    return;
                }
                long number = ((JsonNumber) value).longValue();
                if (schema.containsKey("minimum") && number < schema.getInt("minimum")
                        || schema.containsKey("maximum") && number > schema.getInt("maximum")) {
                    problems.add(at + ": " + number + " out of bounds");
                }
            }
            case "boolean" -> {
                if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                    problems.add(at + ": not a boolean");
                }
            }
            default -> problems.add(at + ": unknown schema type " + type);
        }
    }
}
