/** Paging of list results ({@code page}/{@code size}). */
package org.mdmhub.mdm.platform.paging;
