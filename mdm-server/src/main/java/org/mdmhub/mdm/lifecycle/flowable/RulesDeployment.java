package org.mdmhub.mdm.lifecycle.flowable;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;

/**
 * Deploys the rule files at start: every BPMN process ({@code *.bpmn20.xml}) and DMN decision table
 * ({@code *.dmn}) found under {@code rules/} (copied into the WAR from the repository's top-level folder).
 * Each file is its own deployment with duplicate filtering, so an unchanged file deploys nothing, a changed
 * one becomes a new definition version, and running processes finish on the version they started with.
 */
@WebListener
public class RulesDeployment implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(RulesDeployment.class.getName());
    private static final String ROOT = "/WEB-INF/classes/rules/";

    @Inject
    FlowableEngine flowable;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        RepositoryService repository = flowable.engine().getRepositoryService();
        for (String path : ruleFiles(context, ROOT)) {
            String name = path.substring(ROOT.length());
            try (InputStream in = context.getResourceAsStream(path)) {
                Deployment deployment = repository.createDeployment().name(name).addInputStream(name, in)
                        .enableDuplicateFiltering().deploy();
                LOG.info(() -> "Rule file " + name + " is deployment " + deployment.getId());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> ruleFiles(ServletContext context, String folder) {
        List<String> files = new ArrayList<>();
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return files;
        }
        for (String path : paths.stream().sorted().toList()) {
            if (path.endsWith("/")) {
                files.addAll(ruleFiles(context, path));
            } else if (path.endsWith(".bpmn20.xml") || path.endsWith(".dmn")) {
                files.add(path);
            }
        }
        return files;
    }
}
