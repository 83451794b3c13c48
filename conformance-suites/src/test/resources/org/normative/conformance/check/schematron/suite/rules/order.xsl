<?xml version="1.0" encoding="UTF-8"?>
<!-- A precompiled validation stylesheet, as EN 16931 ships one: used as it is. -->
<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl" xmlns:o="urn:test:order">
  <xsl:template match="/">
    <svrl:schematron-output>
      <xsl:for-each select="//o:line[not(o:qty)]">
        <svrl:failed-assert id="XSL-1" flag="warning" test="o:qty" location="/o:order/o:line[{count(preceding-sibling::o:line) + 1}]">
          <svrl:text>Precompiled: a line has a quantity.</svrl:text>
        </svrl:failed-assert>
      </xsl:for-each>
    </svrl:schematron-output>
  </xsl:template>
</xsl:stylesheet>
