package org.mdmhub.mdm.archfixture.domain;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "the domain is free of wire formats": an aggregate that knows Jackson. */
public class AggregateWritingJson {
    ObjectMapper mapper;
}
