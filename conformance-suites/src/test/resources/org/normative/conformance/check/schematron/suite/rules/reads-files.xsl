<?xml version="1.0" encoding="UTF-8"?>
<!-- A stylesheet that tries to read what the artifact names: it must be refused. -->
<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl">
  <xsl:template match="/">
    <svrl:schematron-output>
      <xsl:for-each select="//href">
        <svrl:failed-assert id="LEAK" location="/">
          <svrl:text><xsl:value-of select="if (@kind = 'text') then unparsed-text(.) else string(doc(.))"/></svrl:text>
        </svrl:failed-assert>
      </xsl:for-each>
    </svrl:schematron-output>
  </xsl:template>
</xsl:stylesheet>
