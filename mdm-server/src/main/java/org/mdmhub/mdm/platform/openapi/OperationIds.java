package org.mdmhub.mdm.platform.openapi;

/**
 * Operation ids from the resource class and method SmallRye reports ({@code operationIdStrategy=CLASS_METHOD}:
 * {@code ItemResource_create}) as client generators like them: {@code itemCreate}, and {@code recordSubmit} rather
 * than {@code recordSubmitSubmit}. They stay put as long as the Java names do; the snapshot test notices a rename.
 */
final class OperationIds {

    private OperationIds() {
    }

    static String of(String classAndMethod) {
        if (classAndMethod == null || !classAndMethod.contains("_")) {
            return classAndMethod;
        }
        String resource = classAndMethod.substring(0, classAndMethod.indexOf('_')).replaceFirst("Resource$", "");
        String method = classAndMethod.substring(classAndMethod.indexOf('_') + 1);
        String noun = Character.toLowerCase(resource.charAt(0)) + resource.substring(1);
        String verb = Character.toUpperCase(method.charAt(0)) + method.substring(1);
        return noun.endsWith(verb) || noun.equals(method) ? noun : noun + verb;
    }
}
